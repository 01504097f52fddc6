// GET /credentials/status/:list: the revocation list as a signed BitstringStatusListCredential (VC-JWT).
import type { Route } from "./+types/status-list";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { STATUS_LIST_TTL_SECONDS, statusListCredential } from "#features/credentials/status-list-credential.ts";

export const handle: RouteHandle = { access: "public" };

export async function loader({ params, context, request }: Route.LoaderArgs) {
  const { services } = appContext(context);
  if (!/^[1-9]\d{0,5}$/.test(params.list)) throw new Response(null, { status: 404 });
  const { document, jwt } = await statusListCredential(services, Number(params.list));
  const headers = {
    "Cache-Control": `public, max-age=${STATUS_LIST_TTL_SECONDS}`,
    "Access-Control-Allow-Origin": "*",
    Vary: "Accept",
  };
  // The signed form is the list; people and tools asking for JSON get the same credential unsigned, to read.
  if (
    (request.headers.get("accept") ?? "").includes("application/json") &&
    !(request.headers.get("accept") ?? "").includes("jwt")
  ) {
    return new Response(JSON.stringify(document, null, 2), {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
    });
  }
  return new Response(jwt, { headers: { ...headers, "Content-Type": "application/vc+jwt" } });
}
