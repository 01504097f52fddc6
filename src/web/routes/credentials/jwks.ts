// GET /.well-known/jwks.json: the hub's public signing keys, retired ones included, for anyone verifying a credential.
import type { Route } from "./+types/jwks";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { publishedKeys } from "#features/credentials/signing-keys.ts";

export const handle: RouteHandle = { access: "public" };

export async function loader({ context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const keys = await publishedKeys(services.db, services.config.publicUrl);
  return new Response(JSON.stringify({ keys }), {
    headers: {
      "Content-Type": "application/jwk-set+json; charset=utf-8",
      // Keys are only ever added: a verifier may keep this for an hour and fetch again when it meets a new kid.
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
