// GET /trainer/sessions/:id/board-roster.csv: the roster a certification board asks for, for the session's trainers
// and admins — legal name, email, certification number, course, dates, hours attended and CE categories with hours.
import { stringify } from "csv-stringify/sync";
import type { Route } from "./+types/board-roster-csv";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { utcToZoned } from "#core/local-time.ts";
import { spreadsheetSafe } from "#core/spreadsheet-cells.ts";
import { en } from "#i18n/messages/en.ts";
import { translator, type MessageKey, type Translate } from "#i18n/translate.ts";
import { localizedField } from "#i18n/localized.ts";
import { readBoardRoster } from "#features/attendance/read-board-roster.ts";
import { orRefused } from "../admin/lib/roster-access.server.ts";

export const handle: RouteHandle = { access: "trainer" };

/** Hours with up to two decimals and a point, whatever the reader's language, so spreadsheets read them as numbers. */
const hours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);

function categoryName(t: Translate, category: string): string {
  const key = `courses.ce.${category}`;
  return key in en ? t(key as MessageKey) : category;
}

export async function loader({ params, context }: Route.LoaderArgs) {
  const ctx = appContext(context);
  const { session, rows } = await orRefused(
    readBoardRoster(ctx.services.db, ctx.viewer, params.id, ctx.services.now()),
  );
  const t = translator(ctx.locale);
  const course = localizedField(session.course, "title", ctx.locale);
  const startDate = utcToZoned(session.startsAt, session.timeZone).date;
  const endDate = utcToZoned(session.endsAt, session.timeZone).date;
  const header = [
    t("attendance.boardRoster.column.name"),
    t("attendance.boardRoster.column.email"),
    t("attendance.boardRoster.column.certification"),
    t("attendance.boardRoster.column.course"),
    t("attendance.boardRoster.column.startDate"),
    t("attendance.boardRoster.column.endDate"),
    t("attendance.boardRoster.column.hoursAttended"),
    t("attendance.boardRoster.column.completed"),
    t("attendance.boardRoster.column.ceHours"),
    t("attendance.boardRoster.column.categories"),
  ];
  const body = rows.map((row) => [
    row.name,
    row.email,
    row.certificationNumber ?? "",
    course,
    startDate,
    endDate,
    hours(row.attendedMinutes),
    row.completed ? t("attendance.boardRoster.yes") : t("attendance.boardRoster.no"),
    hours(row.ceMinutes),
    row.categories.map((entry) => `${categoryName(t, entry.category)}: ${hours(entry.minutes)}`).join("; "),
  ]);
  // People type their own names and numbers: nothing they typed may run as a formula when the file is opened.
  const csv = stringify([header, ...body.map((cells) => cells.map(spreadsheetSafe))]);
  // A byte-order mark tells spreadsheet programs the file is UTF-8, so "José" stays "José".
  return new Response(`\ufeff${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="board-roster-${startDate}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
