// The funder report for a period: posted from /admin/impact, answered as a PDF (figures, a funnel chart, the admin's
// narrative) or as a CSV of the same rows. A period that does not read comes back to the dashboard with what was typed.
import { redirect } from "react-router";
import { stringify } from "csv-stringify/sync";
import type { Route } from "./+types/impact-report";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { formFields, readForm } from "#web/form-state.server.ts";
import { isAppError } from "#platform/app-error.ts";
import { translator } from "#i18n/translate.ts";
import { spreadsheetSafe } from "#core/spreadsheet-cells.ts";
import { funderReportRows, readFunderReport } from "#features/impact/funder-report.ts";
import { funderReportPdf } from "#features/impact/funder-report-pdf.ts";
import { attachment } from "../my/lib/download.server.ts";
import { csvResponse } from "../public/lib/impact-csv.ts";

export const handle: RouteHandle = { access: "admin" };

export async function action({ request, context }: Route.ActionArgs) {
  const { services, viewer, locale } = appContext(context);
  const fields = formFields(await readForm(request));
  const input = { from: fields.from ?? "", to: fields.to ?? "", narrative: fields.narrative ?? "" };
  const t = translator(locale);
  try {
    if (fields.format === "csv") {
      const report = await readFunderReport(services.db, { viewer, input, now: services.now() });
      const rows = [
        [t("impact.report.section"), t("impact.admin.figure"), t("impact.admin.value")],
        [t("impact.report.period"), report.from, report.to],
        ...funderReportRows(report, t, locale).map((row) => [row.section, row.label, row.value]),
      ];
      const body = stringify(rows, { bom: true, record_delimiter: "windows", cast: { string: spreadsheetSafe } });
      return csvResponse(body, `impact-report-${report.from}-${report.to}.csv`, "private, no-store");
    }
    const { pdf, fileName } = await funderReportPdf(services.db, { viewer, input, locale, now: services.now() });
    return attachment(pdf, "application/pdf", fileName);
  } catch (error) {
    if (!isAppError(error) || error.code !== "invalid") throw error;
    const back = new URLSearchParams({ reportFrom: input.from, reportTo: input.to, report: "invalid" });
    throw redirect(`/admin/impact?${back.toString()}#report-title`);
  }
}
