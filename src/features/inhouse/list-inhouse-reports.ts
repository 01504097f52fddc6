// In-house training reports as their readers see them: an organizational trainer sees the reports they wrote; the hub's
// admins see every report (the review queue, and the decided ones after it). Another trainer, of this partner or another,
// sees none of them.
import { and, asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { schema, type Executor } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import { mayActOnInhouseReport, type InhouseReportFields, type InhouseStatus } from "#core/inhouse-trainings.ts";
import { AppError } from "#platform/app-error.ts";
import { pageWindow } from "#core/pagination.ts";

export type InhouseReportSummary = {
  id: string;
  status: InhouseStatus;
  organization: { id: string; name: string };
  reporter: { id: string; name: string };
  course: { id: string; titleEn: string; titleEs: string } | null;
  attendees: number;
  firstMeeting: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  /** The admin who approved or declined it; null before a decision, or once their account is gone. */
  decidedBy: { id: string; name: string } | null;
  sessionId: string | null;
};

export type InhouseReportDetail = InhouseReportSummary & {
  fields: InhouseReportFields;
  messages: { action: string; body: string; author: string | null; createdAt: Date }[];
};

const decider = alias(schema.user, "decider");

function selectReports(db: Executor, where: SQL | undefined) {
  const r = schema.inhouseTrainingReport;
  return db
    .select({
      id: r.id,
      status: r.status,
      organization: { id: schema.organization.id, name: schema.organization.name },
      reporter: { id: schema.user.id, name: schema.user.name },
      fields: r.fields,
      submittedAt: r.submittedAt,
      decidedAt: r.decidedAt,
      decidedBy: { id: decider.id, name: decider.name },
      sessionId: r.sessionId,
      updatedAt: r.updatedAt,
    })
    .from(r)
    .innerJoin(schema.organization, eq(schema.organization.id, r.organizationId))
    .innerJoin(schema.user, eq(schema.user.id, r.reporterId))
    .leftJoin(decider, eq(decider.id, r.decidedBy))
    .where(where);
}

async function summarize(db: Executor, rows: Awaited<ReturnType<typeof selectReports>>) {
  const courseIds = [...new Set(rows.map((row) => row.fields.courseId))];
  const courses = courseIds.length
    ? await db
        .select({ id: schema.course.id, titleEn: schema.course.titleEn, titleEs: schema.course.titleEs })
        .from(schema.course)
        .where(inArray(schema.course.id, courseIds))
    : [];
  const byId = new Map(courses.map((course) => [course.id, course]));
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    organization: row.organization,
    reporter: row.reporter,
    course: byId.get(row.fields.courseId) ?? null,
    attendees: row.fields.attendees.length,
    firstMeeting: row.fields.meetings[0]?.date ?? null,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy,
    sessionId: row.sessionId,
  }));
}

/** "mine": the reports the viewer wrote. "all": every report, for the hub's admins, optionally of some statuses. */
export async function listInhouseReports(
  db: Executor,
  viewer: Viewer | null,
  options: { scope: "mine" | "all"; statuses?: readonly InhouseStatus[] },
): Promise<InhouseReportSummary[]> {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  if (options.scope === "all" && !isHubAdmin(viewer))
    throw new AppError("forbidden", { key: "inhouse.errors.hubOnly" });
  const r = schema.inhouseTrainingReport;
  const rows = await selectReports(
    db,
    and(
      options.scope === "mine" ? eq(r.reporterId, viewer.userId) : undefined,
      options.statuses?.length ? inArray(r.status, [...options.statuses]) : undefined,
    ),
  ).orderBy(asc(r.submittedAt), desc(r.updatedAt), asc(r.id));
  return summarize(db, rows);
}

export const DECIDED_REPORTS_PER_PAGE = 20;

/** The reports the hub has approved or declined, newest decision first, a page at a time: for the hub's admins. */
export async function listDecidedInhouseReports(
  db: Executor,
  viewer: Viewer | null,
  options: { page?: number },
): Promise<{ reports: InhouseReportSummary[]; total: number; page: number; pageCount: number }> {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  if (!isHubAdmin(viewer)) throw new AppError("forbidden", { key: "inhouse.errors.hubOnly" });
  const r = schema.inhouseTrainingReport;
  const decided = inArray(r.status, ["approved", "declined"]);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(r).where(decided);
  const { page, pageCount, offset } = pageWindow({
    total,
    requested: options.page,
    perPage: DECIDED_REPORTS_PER_PAGE,
  });
  const rows = await selectReports(db, decided)
    .orderBy(desc(r.decidedAt), desc(r.id))
    .limit(DECIDED_REPORTS_PER_PAGE)
    .offset(offset);
  return { reports: await summarize(db, rows), total, page, pageCount };
}

export async function readInhouseReport(
  db: Executor,
  viewer: Viewer | null,
  reportId: string,
): Promise<InhouseReportDetail> {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const [row] = await selectReports(db, eq(schema.inhouseTrainingReport.id, reportId));
  // Not there for anyone who may not see it, so another partner's trainer learns nothing of it.
  if (
    !row ||
    !mayActOnInhouseReport({ isHubAdmin: isHubAdmin(viewer), isReporter: row.reporter.id === viewer.userId }, "view")
  )
    throw new AppError("not_found", { key: "inhouse.errors.notFound" });
  const [summary] = await summarize(db, [row]);
  const messages = await db
    .select({
      action: schema.inhouseTrainingMessage.action,
      body: schema.inhouseTrainingMessage.body,
      author: schema.user.name,
      createdAt: schema.inhouseTrainingMessage.createdAt,
    })
    .from(schema.inhouseTrainingMessage)
    .leftJoin(schema.user, eq(schema.user.id, schema.inhouseTrainingMessage.authorId))
    .where(eq(schema.inhouseTrainingMessage.reportId, reportId))
    .orderBy(asc(schema.inhouseTrainingMessage.createdAt), asc(schema.inhouseTrainingMessage.id));
  return { ...summary!, fields: row.fields, messages };
}
