// Backup and restore as one portable JSON file: works on PGlite and PostgreSQL, and moves a hub between them.
import { open, readFile, rename, rm, type FileHandle } from "node:fs/promises";
import type { DatabaseHandle, RawSql } from "#db/client.ts";
import { appliedMigrationCount } from "#db/migrate.ts";
import { AppError } from "#platform/app-error.ts";
import { PARTIAL_SUFFIX } from "#core/backup-rotation.ts";

export const BACKUP_FORMAT = "ips-hub-backup";

type Header = {
  format: typeof BACKUP_FORMAT;
  version: 1;
  migrations: number;
  createdAt: string;
  engine: string;
  tables: string[];
};

/** The hub's tables, parents before children (so restoring in this order satisfies foreign keys). */
export async function tablesInDependencyOrder(database: Pick<RawSql, "query">): Promise<string[]> {
  const tables = (
    await database.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    )
  ).map((row) => row.name);
  const edges = await database.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const strip = (name: string) => name.replace(/^"|"$/g, "");
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const edge of edges) {
    const child = strip(edge.child);
    const parent = strip(edge.parent);
    if (child !== parent) parents.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const visit = (table: string, trail: Set<string>) => {
    if (ordered.includes(table) || trail.has(table)) return;
    trail.add(table);
    for (const parent of parents.get(table) ?? []) visit(parent, trail);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Writes a header line, then one line per table: {"table": name, "rows": [...]}. Every table is read in one
 * read-only snapshot, so a hub that keeps working meanwhile still gives a backup whose rows belong together. The lines
 * go to `<file>.partial`, are flushed to disk and then renamed, so a file under the backup's own name is always whole.
 */
export async function backupTo(database: DatabaseHandle, file: string): Promise<{ tables: number; rows: number }> {
  const draft = `${file}${PARTIAL_SUFFIX}`;
  const migrations = await appliedMigrationCount(database);
  let out: FileHandle | null = null;
  try {
    out = await open(draft, "w");
    const written = await database.rawTransaction(async (raw) => {
      await raw.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      return writeBackup(raw, out!, migrations, database.kind);
    });
    await out.sync();
    await out.close();
    out = null;
    await rename(draft, file);
    return written;
  } catch (error) {
    await out?.close().catch(() => undefined);
    await rm(draft, { force: true });
    throw error;
  }
}

async function writeBackup(
  raw: RawSql,
  out: FileHandle,
  migrations: number,
  engine: string,
): Promise<{ tables: number; rows: number }> {
  const tables = await tablesInDependencyOrder(raw);
  const header: Header = {
    format: BACKUP_FORMAT,
    version: 1,
    migrations,
    createdAt: new Date().toISOString(),
    engine,
    tables,
  };
  await out.write(JSON.stringify(header) + "\n");
  let rows = 0;
  for (const table of tables) {
    const [result] = await raw.query<{ rows: unknown[] | null }>(`SELECT json_agg(t) AS rows FROM ${quote(table)} t`);
    const tableRows = result?.rows ?? [];
    rows += tableRows.length;
    await out.write(JSON.stringify({ table, rows: tableRows }) + "\n");
  }
  return { tables: tables.length, rows };
}

/**
 * Replaces everything in the database with the backup, in one transaction: either the whole backup
 * is in place afterwards or nothing changed. The backup must come from the same schema version.
 */
export async function restoreFrom(database: DatabaseHandle, file: string): Promise<{ tables: number; rows: number }> {
  const lines = (await readFile(file, "utf8")).split("\n").filter(Boolean);
  const header = JSON.parse(lines[0] ?? "{}") as Partial<Header>;
  if (header.format !== BACKUP_FORMAT || header.version !== 1)
    throw new AppError("invalid", { detail: `${file} is not an IPS Hub backup` });
  const migrations = await appliedMigrationCount(database);
  if (header.migrations !== migrations) {
    throw new AppError("conflict", {
      detail: `The backup is from schema version ${header.migrations}; this database is at ${migrations}. Run the matching version of IPS Hub to restore it.`,
    });
  }
  const sections = lines.slice(1).map((line) => JSON.parse(line) as { table: string; rows: unknown[] });
  const known = new Set(await tablesInDependencyOrder(database));
  for (const section of sections) {
    if (!known.has(section.table))
      throw new AppError("invalid", { detail: `The backup has a table this hub does not know: ${section.table}` });
  }
  const all = [...known].map(quote).join(", ");
  let rows = 0;
  await database.rawTransaction(async (raw) => {
    // The audit log refuses deletes, by design; a restore replaces the whole hub, so it steps around that here only.
    await raw.exec(`ALTER TABLE audit_event DISABLE TRIGGER USER; TRUNCATE ${all} RESTART IDENTITY CASCADE`);
    // Generated columns (the catalog's search vector) are computed again by the database, never written.
    const writable = await raw.query<{ table_name: string; columns: string[] }>(
      `SELECT table_name, array_agg(column_name::text ORDER BY ordinal_position) AS columns FROM information_schema.columns
       WHERE table_schema = 'public' AND is_generated = 'NEVER' GROUP BY table_name`,
    );
    const columnsOf = new Map(writable.map((row) => [row.table_name, row.columns.map(quote).join(", ")]));
    for (const section of sections) {
      // json_populate_recordset turns each JSON object back into a row of the table's own types.
      const columns = columnsOf.get(section.table)!;
      for (let offset = 0; offset < section.rows.length; offset += 1000) {
        const chunk = section.rows.slice(offset, offset + 1000);
        await raw.query(
          `INSERT INTO ${quote(section.table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(null::${quote(section.table)}, $1::json)`,
          [JSON.stringify(chunk)],
        );
      }
      rows += section.rows.length;
    }
    const serials = await raw.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
    );
    for (const { table_name, column_name } of serials) {
      await raw.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quote(column_name)}) FROM ${quote(table_name)}), 0) + 1, false)`,
        [table_name, column_name],
      );
    }
    await raw.exec("ALTER TABLE audit_event ENABLE TRIGGER USER");
  });
  return { tables: sections.length, rows };
}
