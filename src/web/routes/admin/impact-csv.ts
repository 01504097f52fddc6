// The dashboard's figures as a spreadsheet (CSV, UTF-8 with a byte-order mark), for the same filter as the page.
import { stringify } from "csv-stringify/sync";
import type { Route } from "./+types/impact-csv";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { spreadsheetSafe } from "#core/spreadsheet-cells.ts";
import { filterFromParams } from "#features/impact/dashboard-filter.ts";
import { readImpactDashboard } from "#features/impact/read-impact-dashboard.ts";
import { csvResponse, withheldCell } from "../public/lib/impact-csv.ts";

export const handle: RouteHandle = { access: "admin" };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, locale } = appContext(context);
  const t = translator(locale);
  const params = new URL(request.url).searchParams;
  const { figures } = await readImpactDashboard(services.db, { filter: filterFromParams(params), now: services.now() });
  const which = params.get("figures");
  const same = (value: number | null) => (value === null ? t("impact.notAvailable") : String(value));
  const rows =
    which === "months"
      ? [
          [t("impact.admin.month"), t("impact.admin.completed")],
          ...figures.completionsByMonth.map((row) => [row.month, withheldCell(row.completed, t)]),
        ]
      : which === "funnel"
        ? [
            [t("impact.admin.stage"), t("impact.admin.people")],
            ...figures.funnel.map((row) => [t(`impact.admin.stage.${row.stage}`), withheldCell(row.count, t)]),
          ]
        : [
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
              figures.scholarshipCents === null
                ? t("impact.notAvailable")
                : (figures.scholarshipCents / 100).toFixed(2),
            ],
            [t("impact.admin.ceHours"), (figures.ceMinutes / 60).toFixed(1)],
          ];
  const body = stringify(rows, { bom: true, record_delimiter: "windows", cast: { string: spreadsheetSafe } });
  return csvResponse(body, `impact-${which ?? "figures"}.csv`, "private, no-store");
}
