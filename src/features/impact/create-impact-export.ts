// A hub admin sets up a scheduled export: some of the dashboard's spreadsheets, for an optional filter, mailed weekly or
// monthly to named addresses in one language. Every field is checked at once, so one answer names all that need care.
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Viewer } from "#core/access.ts";
import {
  dashboardCsvKinds,
  exportCadences,
  isoWeekdays,
  MAX_EXPORT_RECIPIENTS,
  MAX_MONTH_DAY,
} from "#core/impact-exports.ts";
import { isOregonCounty } from "#core/oregon-counties.ts";
import { schema, type Executor } from "#db/client.ts";
import type { FieldError } from "#platform/app-error.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { fieldErrorsOf, invalid, isEmailAddress, problem } from "#features/validation/parse-input.ts";
import { listDashboardChoices } from "./list-dashboard-choices.ts";

/** What the form sends: text fields as typed, the spreadsheets as a list of checked boxes. */
export type ImpactExportInput = {
  kinds: string[];
  cadence: string;
  weekday: string;
  monthDay: string;
  recipients: string;
  language: string;
  courseId?: string;
  organizationId?: string;
  countyFips?: string;
  trainerId?: string;
};

const wholeNumber = (from: number, to: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,2}$/u)
    .transform(Number)
    .refine((value) => value >= from && value <= to);

const exportShape = z.object({
  kinds: z
    .array(z.enum(dashboardCsvKinds, problem("impact.exports.errors.kinds")))
    .min(1, problem("impact.exports.errors.kinds"))
    .transform((kinds) => dashboardCsvKinds.filter((kind) => kinds.includes(kind))),
  cadence: z.enum(exportCadences, problem("impact.exports.errors.cadence")),
  language: z.enum(["en", "es"], problem("impact.exports.errors.language")),
});

/** Addresses typed one a line (or separated by commas or semicolons), trimmed, lower-cased, each once. */
export function splitRecipients(typed: string): string[] {
  const addresses = typed
    .split(/[\n\r,;]+/u)
    .map((line) => line.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(addresses)];
}

export async function createImpactExport(
  db: Executor,
  request: { viewer: Viewer | null; input: ImpactExportInput; now: Date; actor: AuditActor },
): Promise<{ id: string }> {
  const { viewer, input } = request;
  requireAdmin(viewer);
  const errors: FieldError[] = [];
  const parsed = exportShape.safeParse({ kinds: input.kinds, cadence: input.cadence, language: input.language });
  if (!parsed.success) errors.push(...fieldErrorsOf(parsed.error));

  let weekday: number | null = null;
  let monthDay: number | null = null;
  if (input.cadence === "weekly") {
    const day = wholeNumber(1, 7).safeParse(input.weekday ?? "");
    if (day.success && (isoWeekdays as readonly number[]).includes(day.data)) weekday = day.data;
    else errors.push({ path: "weekday", message: "impact.exports.errors.weekday" });
  } else if (input.cadence === "monthly") {
    const day = wholeNumber(1, MAX_MONTH_DAY).safeParse(input.monthDay ?? "");
    if (day.success) monthDay = day.data;
    else errors.push({ path: "monthDay", message: "impact.exports.errors.monthDay", values: { max: MAX_MONTH_DAY } });
  }

  const recipients = splitRecipients(typeof input.recipients === "string" ? input.recipients : "");
  const wrong = recipients.find((address) => !isEmailAddress(address));
  if (recipients.length === 0) errors.push({ path: "recipients", message: "impact.exports.errors.recipientsMissing" });
  else if (wrong)
    errors.push({ path: "recipients", message: "impact.exports.errors.recipientWrong", values: { address: wrong } });
  else if (recipients.length > MAX_EXPORT_RECIPIENTS)
    errors.push({
      path: "recipients",
      message: "impact.exports.errors.tooManyRecipients",
      values: { max: MAX_EXPORT_RECIPIENTS },
    });

  // The filter may name only what the dashboard's own filters offer, so an export never reports on nothing by mistake.
  const choices = await listDashboardChoices(db);
  const filter: Record<string, string> = {};
  const offered = {
    courseId: new Set(choices.courses.map((course) => course.id)),
    organizationId: new Set(choices.organizations.map((org) => org.id)),
    trainerId: new Set(choices.trainers.map((trainer) => trainer.id)),
  };
  for (const key of ["courseId", "organizationId", "trainerId"] as const) {
    const value = input[key]?.trim();
    if (!value) continue;
    if (offered[key].has(value)) filter[key] = value;
    else errors.push({ path: key, message: "impact.exports.errors.filter" });
  }
  const county = input.countyFips?.trim();
  if (county) {
    if (isOregonCounty(county)) filter.countyFips = county;
    else errors.push({ path: "countyFips", message: "impact.exports.errors.filter" });
  }

  if (errors.length || !parsed.success) throw invalid(errors);
  const [owner] = await db
    .select({ timeZone: schema.user.timeZone })
    .from(schema.user)
    .where(eq(schema.user.id, viewer.userId));
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(schema.impactExport)
      .values({
        kinds: parsed.data.kinds,
        filter,
        cadence: parsed.data.cadence,
        weekday,
        monthDay,
        timeZone: owner?.timeZone ?? "America/Los_Angeles",
        recipients,
        language: parsed.data.language,
        createdBy: viewer.userId,
        createdAt: request.now,
      })
      .returning({ id: schema.impactExport.id });
    await recordAudit(tx, request.actor, {
      action: "impact.export.create",
      targetType: "impact_export",
      targetId: created!.id,
      // The addresses themselves: the log is where an admin later finds out who was sent the hub's figures.
      summary: { kinds: parsed.data.kinds, cadence: parsed.data.cadence, weekday, monthDay, recipients, filter },
    });
    return { id: created!.id };
  });
}
