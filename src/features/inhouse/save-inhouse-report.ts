// An organizational trainer writes a report of an in-house training, keeps it as a draft, and submits it to the hub;
// after the hub asks for changes, the same trainer corrects it and submits it again. Every step is audited.
import { eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import {
  mayActOnInhouseReport,
  nextInhouseStatus,
  type InhouseProblem,
  type InhouseReportFields,
  type InhouseStatus,
} from "#core/inhouse-trainings.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { InhouseReportInput } from "./inhouse-input.ts";
import { reportingOrganizations } from "./reporting-organizations.ts";
import { checkReportFields, fieldErrorsOf } from "./check-report.ts";

export type SavedInhouseReport = { id: string; status: InhouseStatus; problems: InhouseProblem[] };

export async function saveInhouseReport(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; reportId?: string | null; input: InhouseReportInput; submit: boolean },
  actor: AuditActor,
): Promise<SavedInhouseReport> {
  const { viewer } = request;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const input = InhouseReportInput.parse(request.input);
  const { organizationId, ...fields } = input satisfies InhouseReportFields & { organizationId: string };
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const organizations = await reportingOrganizations(tx, viewer);
    if (!organizations.some((organization) => organization.id === organizationId))
      throw new AppError("forbidden", { key: "inhouse.errors.notOrganizationalTrainer" });

    let status: InhouseStatus = "draft";
    if (request.reportId) {
      const [report] = await tx
        .select({
          status: schema.inhouseTrainingReport.status,
          reporterId: schema.inhouseTrainingReport.reporterId,
        })
        .from(schema.inhouseTrainingReport)
        .where(eq(schema.inhouseTrainingReport.id, request.reportId))
        .for("update");
      // Someone else's report is not there for this trainer at all.
      if (
        !report ||
        !mayActOnInhouseReport({ isHubAdmin: false, isReporter: report.reporterId === viewer.userId }, "edit")
      )
        throw new AppError("not_found", { key: "inhouse.errors.notFound" });
      const edited = nextInhouseStatus(report.status, "edit");
      if (!edited) throw new AppError("conflict", { key: "inhouse.errors.notEditable" });
      status = edited;
    }

    const check = await checkReportFields(tx, fields, now);
    if (request.submit) {
      if (!check.ok)
        throw new AppError("invalid", { key: "inhouse.errors.hasProblems" }, { fields: fieldErrorsOf(check) });
      status = nextInhouseStatus(status, "submit")!;
    }

    let id = request.reportId ?? null;
    if (id) {
      await tx
        .update(schema.inhouseTrainingReport)
        .set({
          organizationId,
          fields,
          status,
          updatedAt: now,
          ...(request.submit ? { submittedAt: now } : {}),
        })
        .where(eq(schema.inhouseTrainingReport.id, id));
    } else {
      const [created] = await tx
        .insert(schema.inhouseTrainingReport)
        .values({
          organizationId,
          reporterId: viewer.userId,
          status,
          fields,
          createdAt: now,
          updatedAt: now,
          submittedAt: request.submit ? now : null,
        })
        .returning({ id: schema.inhouseTrainingReport.id });
      id = created!.id;
    }
    if (request.submit)
      await tx.insert(schema.inhouseTrainingMessage).values({
        reportId: id,
        authorId: viewer.userId,
        action: "submit",
        createdAt: now,
      });
    await recordAudit(tx, actor, {
      action: request.submit ? "inhouse.submit" : "inhouse.save",
      targetType: "inhouse_training_report",
      targetId: id,
      summary: { organizationId, attendees: fields.attendees.length, meetings: fields.meetings.length },
    });
    return { id, status, problems: check.problems };
  });
}
