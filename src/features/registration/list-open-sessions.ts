// Sessions that take registrations right now (published, inside their window, not begun), soonest first, with what a
// registration form needs: the course's questions and the prices. Partner admins pick one to register staff for.
import { and, asc, eq, gt, isNull, lte, or } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { CourseQuestion, PriceTier, SessionFormat } from "#core/catalog.ts";
import type { Locale } from "#core/locale.ts";

export const OPEN_SESSIONS_SHOWN = 100;

export type OpenSession = {
  id: string;
  courseTitleEn: string;
  courseTitleEs: string;
  requiresApproval: boolean;
  questions: CourseQuestion[];
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  format: SessionFormat;
  language: Locale;
  priceTiers: PriceTier[];
  currency: string;
  reservedOrganizationId: string | null;
};

export async function listOpenSessions(db: Executor, now: Date): Promise<OpenSession[]> {
  const s = schema.trainingSession;
  const c = schema.course;
  return db
    .select({
      id: s.id,
      courseTitleEn: c.titleEn,
      courseTitleEs: c.titleEs,
      requiresApproval: c.requiresApproval,
      questions: c.questions,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      timeZone: s.timeZone,
      format: s.format,
      language: s.language,
      priceTiers: s.priceTiers,
      currency: s.currency,
      reservedOrganizationId: s.reservedOrganizationId,
    })
    .from(s)
    .innerJoin(c, eq(c.id, s.courseId))
    .where(
      and(
        eq(s.status, "published"),
        isNull(c.archivedAt),
        gt(s.startsAt, now),
        or(isNull(s.registrationOpensAt), lte(s.registrationOpensAt, now)),
        or(isNull(s.registrationClosesAt), gt(s.registrationClosesAt, now)),
      ),
    )
    .orderBy(asc(s.startsAt), asc(s.id))
    .limit(OPEN_SESSIONS_SHOWN);
}
