// What the impact CSV files share: how a withheld count is written and how the file is answered.
// How a withheld count is written is defined once, with the dashboard's spreadsheets.
export { withheldCell } from "#features/impact/dashboard-csv.ts";

export function csvResponse(body: string, filename: string, cacheControl: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": cacheControl,
    },
  });
}
