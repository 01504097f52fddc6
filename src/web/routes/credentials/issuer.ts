// GET /credentials/issuer (and the issuer id, the hub's address, to a client asking for JSON): the hub's public
// Profile, which wallets and verifiers show, and the controller document naming the keys that sign for it.
import type { Route } from "./+types/issuer";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { ISSUER_PROFILE_HEADERS, readIssuerProfile } from "#features/credentials/issuer-profile.ts";

export const handle: RouteHandle = { access: "public" };

export async function loader({ context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  return new Response(JSON.stringify(await readIssuerProfile(services), null, 2), {
    headers: ISSUER_PROFILE_HEADERS,
  });
}
