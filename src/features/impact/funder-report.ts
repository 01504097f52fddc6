// The funder report for a period: the dashboard's figures, the evaluation ratings and the pre/post change, as rows the
// PDF and the CSV both print (one definition of what the report says). Admins only; small numbers withheld as everywhere.
import { z } from "zod";
import type { Database } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import type { Locale } from "#core/locale.ts";
import { MAX_NARRATIVE_LENGTH, type DashboardFigures } from "#core/impact-figures.ts";
import { calendarDate, money } from "#i18n/format.ts";
import { localized } from "#i18n/localized.ts";
import type { MessageKey, Translate } from "#i18n/translate.ts";
import { AppError } from "#platform/app-error.ts";
import { parseInput, problem } from "#features/validation/parse-input.ts";
import { readImpactDashboard } from "./read-impact-dashboard.ts";
import { readImpactEvaluationsView, type ImpactEvaluations } from "./read-impact-evaluations.ts";

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, problem("impact.report.errors.date"));

export const funderReportInput = z
  .object({
    from: day,
    to: day,
    narrative: z
      .string()
      .trim()
      .max(MAX_NARRATIVE_LENGTH, problem("impact.report.errors.narrativeTooLong"))
      .default(""),
  })
  .refine((input) => input.from <= input.to, { path: ["to"], message: problem("impact.report.errors.order") });
export type FunderReportInput = z.input<typeof funderReportInput>;

export type FunderReport = {
  from: string;
  to: string;
  narrative: string;
  figures: DashboardFigures;
  evaluations: ImpactEvaluations;
  refreshedAt: Date;
};

/** The report's figures for a period of session start dates (both days included). */
export async function readFunderReport(
  db: Database,
  request: { viewer: Viewer | null; input: unknown; now: Date },
): Promise<FunderReport> {
  if (!isHubAdmin(request.viewer)) throw new AppError("forbidden", { key: "impact.report.errors.forbidden" });
  const input = parseInput(funderReportInput, request.input);
  const filter = { from: input.from, to: input.to };
  const [dashboard, evaluations] = await Promise.all([
    readImpactDashboard(db, { filter, now: request.now }),
    // A funder reads figures, never people's written words.
    readImpactEvaluationsView(db, { filter, openText: "none", now: request.now }),
  ]);
  return {
    from: input.from,
    to: input.to,
    narrative: input.narrative,
    figures: dashboard.figures,
    evaluations: evaluations.figures,
    refreshedAt: dashboard.stamp.refreshedAt,
  };
}

export type ReportRow = { section: string; label: string; value: string };

/** What the report says, row by row, in a language: the PDF draws these and the CSV lists them. */
export function funderReportRows(report: FunderReport, t: Translate, locale: Locale): ReportRow[] {
  const { figures, evaluations } = report;
  const count = (value: number | null) => (value === null ? t("impact.withheld") : String(value));
  const percent = (value: number | null) =>
    value === null ? t("impact.notAvailable") : t("impact.percent", { value: String(value) });
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  const rows: ReportRow[] = [];
  const section = (name: string, entries: [string, string][]) => {
    for (const [label, value] of entries) rows.push({ section: name, label, value });
  };
  section(
    t("impact.admin.funnel.title"),
    figures.funnel.map((row) => [t(`impact.admin.stage.${row.stage}` as MessageKey), count(row.count)]),
  );
  section(t("impact.admin.figures.title"), [
    [t("impact.admin.completionRate"), percent(figures.completionRate)],
    [t("impact.admin.fillRate"), percent(figures.fillRate)],
    [t("impact.admin.capacity"), String(figures.capacity)],
    [t("impact.admin.noShows"), count(figures.noShows)],
    [t("impact.admin.scholarships"), count(figures.scholarshipsAwarded)],
    [
      t("impact.admin.scholarshipTotal"),
      figures.scholarshipCents === null ? t("impact.notAvailable") : money(locale, "USD", figures.scholarshipCents),
    ],
    [t("impact.admin.ceHours"), (figures.ceMinutes / 60).toFixed(1)],
  ]);
  section(
    t("impact.admin.months.title"),
    figures.completionsByMonth.map((row) => [row.month, count(row.completed)]),
  );
  const evaluation = evaluations.evaluation;
  if (!evaluation.shown)
    section(t("impact.evaluations.title"), [[t("impact.evaluations.answers"), t("impact.withheld")]]);
  else
    section(t("impact.evaluations.title"), [
      [t("impact.evaluations.answers"), String(evaluation.count)],
      ...evaluation.value.questions.flatMap((question): [string, string][] => {
        const label = localized(question.label, locale);
        if (question.kind === "text" || question.result === null) return [];
        if (!question.result.shown) return [[label, t("impact.withheld")]];
        if (question.kind === "rating")
          return [[label, t("evaluations.results.mean", { mean: one.format(question.result.value.mean) })]];
        const counts = question.result.value.counts;
        return question.options.map((option): [string, string] => [
          `${label}: ${localized(option.label, locale)}`,
          String(counts[option.id] ?? 0),
        ]);
      }),
    ]);
  const learning = evaluations.selfAssessment;
  section(
    t("impact.learning.title"),
    learning.items.map((item) => [
      t(`evaluations.itemName.${item.item}` as MessageKey),
      item.change.shown
        ? t("evaluations.results.change", {
            before: one.format(item.change.value.meanBefore),
            after: one.format(item.change.value.meanAfter),
            change: signed.format(item.change.value.meanChange),
          })
        : t("impact.withheld"),
    ]),
  );
  return rows;
}

/** The period as words, for the report's heading and file name. */
export function reportPeriod(report: Pick<FunderReport, "from" | "to">, locale: Locale): string {
  return `${calendarDate(locale, report.from, "medium")} – ${calendarDate(locale, report.to, "medium")}`;
}
