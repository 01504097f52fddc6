// The public impact figures as a spreadsheet (CSV, UTF-8 with a byte-order mark): people trained, or counties reached.
import { data } from "react-router";
import { stringify } from "csv-stringify/sync";
import type { Route } from "./+types/impact-csv";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { spreadsheetSafe } from "#core/spreadsheet-cells.ts";
import { readShownImpact } from "#features/impact/read-public-impact.ts";
import { csvResponse, withheldCell } from "./lib/impact-csv.ts";

export const handle: RouteHandle = { access: "public" };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, locale, viewer } = appContext(context);
  const t = translator(locale);
  const { figures } = await readShownImpact(services.db, { viewer, locale, now: services.now() });
  const which = new URL(request.url).searchParams.get("figures") === "counties" ? "counties" : "trained";
  // A block the hub does not show this visitor has no spreadsheet either.
  if (figures[which] === null) throw data({ reason: "not_found" }, { status: 404 });
  const rows =
    which === "counties"
      ? [
          ["fips", t("impact.public.counties.county"), t("impact.public.counties.people")],
          ...(figures.counties ?? []).map((county) => [county.fips, county.name, withheldCell(county.people, t)]),
        ]
      : [
          [t("impact.public.trained.year"), t("impact.public.trained.form"), t("impact.public.trained.people")],
          ...(figures.trained ?? []).map((row) => [String(row.year), row.form, withheldCell(row.people, t)]),
        ];
  const body = stringify(rows, { bom: true, record_delimiter: "windows", cast: { string: spreadsheetSafe } });
  // Signed-in staff may download a staff-only block: their copy is theirs alone.
  return csvResponse(body, `impact-${which}.csv`, viewer ? "private, no-store" : "public, max-age=60");
}
