// A person's own credentials, newest first, with where to verify and download each (My certificates, GET /me/credentials).
import { desc, eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { publicStatus } from "./read-credential.ts";

export function credentialLinks(publicUrl: string, credential: { id: string; code: string }) {
  const base = `${publicUrl}/my/certificates/${credential.id}`;
  return {
    verifyUrl: `${publicUrl}/verify/${credential.code}`,
    pdfUrl: `${base}.pdf`,
    jsonUrl: `${base}.json`,
    jwtUrl: `${base}.jwt`,
  };
}

export async function listMyCredentials(db: Executor, input: { userId: string; publicUrl: string; now: Date }) {
  const rows = await db
    .select({
      id: schema.credential.id,
      code: schema.credential.code,
      status: schema.credential.status,
      statusChangedAt: schema.credential.statusChangedAt,
      issuedAt: schema.credential.issuedAt,
      validUntil: schema.credential.validUntil,
      attendedMinutes: schema.credential.attendedMinutes,
      categories: schema.credential.categories,
      activityStartDate: schema.credential.activityStartDate,
      activityEndDate: schema.credential.activityEndDate,
      courseId: schema.course.id,
      courseTitleEn: schema.course.titleEn,
      courseTitleEs: schema.course.titleEs,
    })
    .from(schema.credential)
    .innerJoin(schema.course, eq(schema.course.id, schema.credential.courseId))
    .where(eq(schema.credential.userId, input.userId))
    .orderBy(desc(schema.credential.issuedAt));
  return rows.map((row) => ({
    ...row,
    publicStatus: publicStatus(row, input.now),
    ...credentialLinks(input.publicUrl, row),
  }));
}
