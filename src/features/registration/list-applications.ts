// The applications queue for hub admins: every request still waiting for a decision, across sessions, oldest first.
import { asc, eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { CourseQuestion } from "#core/catalog.ts";
import { requireAdmin } from "#features/access/require-admin.ts";

export type ApplicationRow = {
  id: string;
  sessionId: string;
  requestedAt: Date;
  name: string;
  email: string;
  pronouns: string | null;
  organizationName: string | null;
  groupId: string | null;
  answers: Record<string, string | string[]>;
  accommodations: string | null;
  scholarshipRequested: boolean;
  courseTitleEn: string;
  courseTitleEs: string;
  questions: CourseQuestion[];
  sessionStartsAt: Date;
  sessionTimeZone: string;
};

/** Admins decide applications, so they see every answer; one query with the person, the session and its course. */
export async function listApplications(db: Executor, viewer: Viewer | null): Promise<ApplicationRow[]> {
  requireAdmin(viewer);
  const r = schema.registration;
  const rows = await db
    .select({
      id: r.id,
      sessionId: r.sessionId,
      requestedAt: r.requestedAt,
      name: schema.user.name,
      email: schema.user.email,
      pronouns: r.pronouns,
      userPronouns: schema.user.pronouns,
      organizationName: schema.organization.name,
      groupId: r.groupId,
      answers: r.answers,
      accommodations: r.accommodations,
      scholarshipId: schema.scholarshipRequest.id,
      courseTitleEn: schema.course.titleEn,
      courseTitleEs: schema.course.titleEs,
      questions: schema.course.questions,
      sessionStartsAt: schema.trainingSession.startsAt,
      sessionTimeZone: schema.trainingSession.timeZone,
    })
    .from(r)
    .innerJoin(schema.user, eq(schema.user.id, r.userId))
    .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, r.sessionId))
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .leftJoin(schema.organization, eq(schema.organization.id, r.organizationId))
    .leftJoin(schema.scholarshipRequest, eq(schema.scholarshipRequest.registrationId, r.id))
    .where(eq(r.status, "pending_approval"))
    .orderBy(asc(r.requestedAt), asc(r.id));
  return rows.map(({ userPronouns, scholarshipId, ...row }) => ({
    ...row,
    pronouns: row.pronouns ?? userPronouns,
    scholarshipRequested: scholarshipId !== null,
  }));
}
