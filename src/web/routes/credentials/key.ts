// GET /credentials/keys/:id: one signing key as a Multikey verification method, the `verificationMethod` of every
// embedded proof it made. Keys are never removed, so what they signed keeps verifying.
import type { Route } from "./+types/key";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { readVerificationMethod } from "#features/credentials/issuer-profile.ts";

export const handle: RouteHandle = { access: "public" };

export async function loader({ params, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const document = await readVerificationMethod(services, params.id);
  if (!document) throw new Response(null, { status: 404 });
  return new Response(JSON.stringify(document, null, 2), {
    headers: {
      "Content-Type": "application/ld+json; charset=utf-8",
      // A key's public half never changes once made.
      "Cache-Control": "public, max-age=86400",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
