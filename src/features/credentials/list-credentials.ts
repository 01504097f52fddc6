// Credentials for hub admins: search by code, course or person (name, legal name or email), newest first, one page at a time.
import { desc, eq, ilike, or, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { normalizeCredentialCode } from "#core/credential-code.ts";
import { publicStatus } from "./read-credential.ts";

export const CREDENTIALS_PAGE_SIZE = 25;

export async function listCredentials(db: Executor, input: { search: string; page: number; now: Date }) {
  const term = input.search.trim();
  const code = normalizeCredentialCode(term);
  const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where = term
    ? or(
        ...(code ? [eq(schema.credential.code, code)] : []),
        ilike(schema.user.name, like),
        ilike(schema.user.legalName, like),
        ilike(schema.user.email, like),
        ilike(schema.credential.recipientName, like),
        ilike(schema.course.titleEn, like),
        ilike(schema.course.titleEs, like),
      )
    : undefined;
  const page = Math.max(1, Math.floor(input.page) || 1);
  const rows = await db
    .select({
      id: schema.credential.id,
      code: schema.credential.code,
      status: schema.credential.status,
      statusReason: schema.credential.statusReason,
      statusChangedAt: schema.credential.statusChangedAt,
      issuedAt: schema.credential.issuedAt,
      validUntil: schema.credential.validUntil,
      recipientName: schema.credential.recipientName,
      attendedMinutes: schema.credential.attendedMinutes,
      email: schema.user.email,
      courseTitleEn: schema.course.titleEn,
      courseTitleEs: schema.course.titleEs,
      total: sql<number>`count(*) over ()`,
    })
    .from(schema.credential)
    .innerJoin(schema.user, eq(schema.user.id, schema.credential.userId))
    .innerJoin(schema.course, eq(schema.course.id, schema.credential.courseId))
    .where(where)
    .orderBy(desc(schema.credential.issuedAt), desc(schema.credential.id))
    .limit(CREDENTIALS_PAGE_SIZE)
    .offset((page - 1) * CREDENTIALS_PAGE_SIZE);
  return {
    page,
    total: Number(rows[0]?.total ?? 0),
    credentials: rows.map(({ total: _total, ...row }) => ({ ...row, publicStatus: publicStatus(row, input.now) })),
  };
}
