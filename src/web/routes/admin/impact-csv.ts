// The dashboard's figures as a spreadsheet (CSV, UTF-8 with a byte-order mark), for the same filter as the page. The
// scheduled exports by mail print the same spreadsheets (src/features/impact/dashboard-csv.ts).
import type { Route } from "./+types/impact-csv";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import type { DashboardCsvKind } from "#core/impact-exports.ts";
import { filterFromParams } from "#features/impact/dashboard-filter.ts";
import { readImpactDashboard } from "#features/impact/read-impact-dashboard.ts";
import { dashboardCsv } from "#features/impact/dashboard-csv.ts";
import { csvResponse } from "../public/lib/impact-csv.ts";

export const handle: RouteHandle = { access: "admin" };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, locale } = appContext(context);
  const params = new URL(request.url).searchParams;
  const { figures } = await readImpactDashboard(services.db, { filter: filterFromParams(params), now: services.now() });
  const which = params.get("figures");
  // The file's name is built from the kind, never from the query, so nothing a visitor typed reaches the header.
  const kind: DashboardCsvKind = which === "months" || which === "funnel" ? which : "figures";
  return csvResponse(dashboardCsv(figures, kind, translator(locale)), `impact-${kind}.csv`, "private, no-store");
}
