// The roster as a spreadsheet (CSV, UTF-8 with a byte-order mark so spreadsheet apps read accents right): one row per
// registration, one column per question; sensitive columns only for those allowed to see them; no cell runs as a formula.
import { stringify } from "csv-stringify/sync";
import type { Route } from "./+types/session-roster-csv";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import type { PriceTierKind } from "#core/catalog.ts";
import { spreadsheetSafe } from "#core/spreadsheet-cells.ts";
import { listSessionRoster } from "#features/registration/list-session-roster.ts";
import { readRosterSession } from "#features/registration/read-roster-session.ts";
import { orRefused } from "./lib/roster-access.server.ts";
import { answerText, questionLabel, statusKeys, tierKeys } from "./lib/roster-answers.ts";

export const handle: RouteHandle = { access: "trainer" };

export async function loader({ params, context }: Route.LoaderArgs) {
  const { services, viewer, locale } = appContext(context);
  const t = translator(locale);
  const [roster, session] = await orRefused(
    Promise.all([
      listSessionRoster(services.db, viewer, params.id),
      readRosterSession(services.db, viewer, params.id, services.now()),
    ]),
  );
  // The roster already leaves sensitive answers out for those who may not read them; the columns go too.
  const questions = session.questions.filter((question) => roster.seesSensitive || !question.sensitive);
  const header = [
    t("roster.csv.name"),
    t("roster.csv.email"),
    t("roster.csv.pronouns"),
    t("roster.csv.status"),
    t("roster.csv.place"),
    t("roster.csv.organization"),
    t("roster.csv.group"),
    t("roster.csv.priceTier"),
    t("roster.csv.amount"),
    t("roster.csv.currency"),
    t("roster.csv.requestedAt"),
    ...(roster.seesSensitive ? [t("roster.csv.accommodations")] : []),
    ...questions.map((question) => questionLabel(question, locale)),
  ];
  const rows = roster.entries.map((entry) => [
    entry.name,
    entry.email,
    entry.pronouns ?? "",
    t(statusKeys[entry.status]),
    entry.waitlistPosition ?? "",
    entry.organizationName ?? "",
    entry.groupId ?? "",
    t(tierKeys[entry.priceTier as PriceTierKind]),
    (entry.amountCents / 100).toFixed(2),
    session.currency,
    entry.requestedAt.toISOString(),
    ...(roster.seesSensitive ? [entry.accommodations ?? ""] : []),
    ...questions.map((question) => answerText(question, entry.answers[question.id], locale)),
  ]);
  const body = stringify([header, ...rows], {
    bom: true,
    record_delimiter: "windows",
    cast: { string: (value) => spreadsheetSafe(value) },
  });
  const day = session.startsAt.toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="roster-${day}-${session.id.slice(0, 8)}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
