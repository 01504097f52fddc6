// The dashboard's spreadsheets (figures, funnel, completions by month) as CSV text, UTF-8 with a byte-order mark: one
// definition that the download on /admin/impact and the scheduled exports by mail both print, so they always agree.
import { stringify } from "csv-stringify/sync";
import type { DashboardFigures } from "#core/impact-figures.ts";
import type { DashboardCsvKind } from "#core/impact-exports.ts";
import { spreadsheetSafe } from "#core/spreadsheet-cells.ts";
import type { Translate } from "#i18n/translate.ts";

/** A count, or the words "fewer than 5" when the small-number rule withholds it (never an empty cell that reads as 0). */
export function withheldCell(value: number | null, t: Translate): string {
  return value === null ? t("impact.withheld") : String(value);
}

/** The rows of one spreadsheet, headings first, in the reader's language. */
export function dashboardCsvRows(figures: DashboardFigures, kind: DashboardCsvKind, t: Translate): string[][] {
  const same = (value: number | null) => (value === null ? t("impact.notAvailable") : String(value));
  if (kind === "months")
    return [
      [t("impact.admin.month"), t("impact.admin.completed")],
      ...figures.completionsByMonth.map((row) => [row.month, withheldCell(row.completed, t)]),
    ];
  if (kind === "funnel")
    return [
      [t("impact.admin.stage"), t("impact.admin.people")],
      ...figures.funnel.map((row) => [t(`impact.admin.stage.${row.stage}`), withheldCell(row.count, t)]),
    ];
  return [
    [t("impact.admin.figure"), t("impact.admin.value")],
    [t("impact.admin.completionRate"), same(figures.completionRate)],
    [t("impact.admin.fillRate"), same(figures.fillRate)],
    [t("impact.admin.capacity"), String(figures.capacity)],
    [t("impact.admin.waitlisted"), withheldCell(figures.waitlisted, t)],
    [t("impact.admin.seatedFromWaitlist"), withheldCell(figures.seatedFromWaitlist, t)],
    [t("impact.admin.medianHoursToSeat"), same(figures.medianHoursToSeat)],
    [t("impact.admin.noShows"), withheldCell(figures.noShows, t)],
    [t("impact.admin.noShowRate"), same(figures.noShowRate)],
    [t("impact.admin.scholarships"), withheldCell(figures.scholarshipsAwarded, t)],
    [
      t("impact.admin.scholarshipTotal"),
      figures.scholarshipCents === null ? t("impact.notAvailable") : (figures.scholarshipCents / 100).toFixed(2),
    ],
    [t("impact.admin.ceHours"), (figures.ceMinutes / 60).toFixed(1)],
  ];
}

/** Rows as a CSV file's text: Windows line ends and a byte-order mark so spreadsheet programs read the accents. */
export function csvText(rows: string[][]): string {
  return stringify(rows, { bom: true, record_delimiter: "windows", cast: { string: spreadsheetSafe } });
}

/** One spreadsheet's text. */
export function dashboardCsv(figures: DashboardFigures, kind: DashboardCsvKind, t: Translate): string {
  return csvText(dashboardCsvRows(figures, kind, t));
}
