// Reads an uploaded spreadsheet (CSV, as any spreadsheet program saves it) into rows that know their line in the file.
import { parse } from "csv-parse/sync";
import type { ImportTable } from "#core/past-trainings.ts";

export type CsvReading = { ok: true; table: ImportTable } | { ok: false; line: number };

/**
 * The first row is the header. Blank lines are skipped; a byte-order mark (Excel's "CSV UTF-8") is dropped; a row with
 * fewer cells than the header has empty cells. A file that cannot be read as CSV (a quote left open) says where.
 */
export function readCsv(text: string): CsvReading {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      // A file edited in two programs can mix Windows and Unix line endings; each ends a row.
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      trim: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : 1;
    return { ok: false, line };
  }
  if (records.length === 0) return { ok: true, table: { header: [], rows: [] } };
  const header = records[0]!.record.map((name) => name.trim().toLowerCase());
  const rows = records.slice(1).map(({ record, info }) => {
    const cells: Record<string, string> = {};
    header.forEach((name, index) => {
      if (name && !(name in cells)) cells[name] = record[index] ?? "";
    });
    // `lines` counts to the end of the record; a quoted cell may span lines, and the row is named by where it starts.
    const spanned = record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    return { line: info.lines - spanned, cells };
  });
  return { ok: true, table: { header, rows } };
}
