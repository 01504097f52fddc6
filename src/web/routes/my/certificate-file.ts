// One credential as a file: /my/certificates/:id.pdf (Letter or A4), .json (the credential) or .jwt (the signed VC-JWT).
// Only the person it was issued to, or an admin, may download it; anyone else is told it does not exist. GET
// /api/v1/me/credentials points here, so an API client's token opens it as a session does.
import type { Route } from "./+types/certificate-file";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { isAppError } from "#platform/app-error.ts";
import { readCredentialForOwner } from "#features/credentials/read-credential.ts";
import { readCertificateContent, renderCertificatePdf } from "#features/credentials/certificate-pdf.ts";
import { attachment } from "./lib/download.server.ts";

export const handle: RouteHandle = { access: "signed-in", acceptsApiToken: true };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { services, viewer, locale } = appContext(context);
  const url = new URL(request.url);
  const extension = /\.(pdf|json|jwt)$/.exec(url.pathname)?.[1];
  const credential = await readCredentialForOwner(services.db, { viewer, credentialId: params.id }).catch(
    (error: unknown) => {
      if (isAppError(error) && error.code === "not_found") throw new Response(null, { status: 404 });
      throw error;
    },
  );
  const name = `certificate-${credential.code}`;
  if (extension === "json")
    return attachment(
      new TextEncoder().encode(JSON.stringify(credential.document, null, 2)),
      "application/json",
      `${name}.json`,
    );
  if (extension === "jwt")
    return attachment(new TextEncoder().encode(credential.jwt), "application/vc+jwt", `${name}.jwt`);
  const size = url.searchParams.get("size") === "a4" ? "a4" : "letter";
  const content = await readCertificateContent(services.db, credential, services.config.publicUrl);
  return attachment(await renderCertificatePdf(content, { size, locale }), "application/pdf", `${name}-${size}.pdf`);
}
