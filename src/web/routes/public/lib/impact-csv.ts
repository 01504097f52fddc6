// What the impact CSV files share: how a withheld count is written and how the file is answered.
import type { Translate } from "#i18n/translate.ts";

/** A count, or the words "fewer than 5" when the small-number rule withholds it (never an empty cell that reads as 0). */
export function withheldCell(value: number | null, t: Translate): string {
  return value === null ? t("impact.withheld") : String(value);
}

export function csvResponse(body: string, filename: string, cacheControl: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": cacheControl,
    },
  });
}
