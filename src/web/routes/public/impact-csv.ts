// The public impact figures as a spreadsheet (CSV, UTF-8 with a byte-order mark): people trained, or counties reached.
import { stringify } from "csv-stringify/sync";
import type { Route } from "./+types/impact-csv";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { spreadsheetSafe } from "#core/spreadsheet-cells.ts";
import { readPublicImpact } from "#features/impact/read-public-impact.ts";
import { csvResponse, withheldCell } from "./lib/impact-csv.ts";

export const handle: RouteHandle = { access: "public" };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, locale } = appContext(context);
  const t = translator(locale);
  const { figures } = await readPublicImpact(services.db, services.now());
  const which = new URL(request.url).searchParams.get("figures") === "counties" ? "counties" : "trained";
  const rows =
    which === "counties"
      ? [
          ["fips", t("impact.public.counties.county"), t("impact.public.counties.people")],
          ...figures.counties.map((county) => [county.fips, county.name, withheldCell(county.people, t)]),
        ]
      : [
          [t("impact.public.trained.year"), t("impact.public.trained.form"), t("impact.public.trained.people")],
          ...figures.trained.map((row) => [String(row.year), row.form, withheldCell(row.people, t)]),
        ];
  const body = stringify(rows, { bom: true, record_delimiter: "windows", cast: { string: spreadsheetSafe } });
  return csvResponse(body, `impact-${which}.csv`, "public, max-age=60");
}
