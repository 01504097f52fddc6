// GET /me/credentials: the caller's certificates with their status and where to verify and download each.
import { minutesToHours } from "#core/open-badges.ts";
import { listMyCredentials as readMyCredentials } from "#features/credentials/list-my-credentials.ts";
import { defineEndpoint } from "../endpoint.ts";
import { MyCredentialList } from "../credential-schemas.ts";

export const listMyCredentials = defineEndpoint({
  operationId: "listMyCredentials",
  tag: "Credentials",
  summary: "List your credentials",
  description:
    "Every credential issued to you, newest first, including revoked and replaced ones. Each has its public verification page, " +
    "the printable PDF, and the Open Badges 3.0 credential as JSON and as a signed VC-JWT.",
  response: { status: 200, description: "The caller's credentials.", schema: MyCredentialList },
  async handle({ services, viewer }) {
    const rows = await readMyCredentials(services.db, {
      userId: viewer.userId,
      publicUrl: services.config.publicUrl,
      now: services.now(),
    });
    return {
      body: {
        credentials: rows.map((row) => ({
          id: row.id,
          code: row.code,
          course: { id: row.courseId, title: { en: row.courseTitleEn, es: row.courseTitleEs } },
          hours: minutesToHours(row.attendedMinutes),
          issuedAt: row.issuedAt.toISOString(),
          validUntil: row.validUntil ? row.validUntil.toISOString() : null,
          status: row.publicStatus,
          verifyUrl: row.verifyUrl,
          pdfUrl: row.pdfUrl,
          jsonUrl: row.jsonUrl,
          jwtUrl: row.jwtUrl,
        })),
      },
    };
  },
});
