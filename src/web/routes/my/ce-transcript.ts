// The person's CE transcript as a PDF download.
import type { Route } from "./+types/ce-transcript";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { ceTranscriptPdf } from "#features/certifications/ce-transcript-pdf.ts";
import { attachment } from "./lib/download.server.ts";

export const handle: RouteHandle = { access: "signed-in" };

export async function loader({ context }: Route.LoaderArgs) {
  const { services, viewer, locale } = appContext(context);
  const pdf = await ceTranscriptPdf(services.db, { userId: viewer!.userId, locale, now: services.now() });
  return attachment(pdf, "application/pdf", "ce-transcript.pdf");
}
