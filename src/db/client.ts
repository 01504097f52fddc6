// The one database client factory: embedded PGlite by default, node-postgres when a server URL is given.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema/index.ts";

export { schema };
export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: use cases accept both so they compose. */
export type Executor = Database | Transaction;

export type DatabaseTarget = { kind: "postgres"; url: string; poolSize?: number } | { kind: "pglite"; dataDir: string };

export type DatabaseHandle = {
  kind: "postgres" | "pglite";
  db: Database;
  /** Runs raw SQL text (several statements allowed); used by migrations, backup and tests. */
  exec(sqlText: string): Promise<void>;
  /** Runs one parameterised query and returns its rows. */
  query<Row = Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
};

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // Timestamps travel as UTC ISO strings; the pool sets the session zone so text output is UTC too.
    pool.on("connect", (client) => void client.query("SET TIME ZONE 'UTC'"));
    const db = drizzlePg(pool, { schema }) as unknown as Database;
    return {
      kind: "postgres",
      db,
      exec: async (sqlText) => {
        await pool.query(sqlText);
      },
      query: async <Row,>(sqlText: string, params: unknown[] = []) => (await pool.query(sqlText, params)).rows as Row[],
      close: () => pool.end(),
    };
  }
  const dataDir = target.dataDir === "memory://" ? undefined : path.resolve(target.dataDir);
  if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });
  const client = await PGlite.create(dataDir ? { dataDir } : {});
  await client.exec("SET TIME ZONE 'UTC'");
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    kind: "pglite",
    db,
    exec: async (sqlText) => {
      await client.exec(sqlText);
    },
    query: async <Row,>(sqlText: string, params: unknown[] = []) => (await client.query<Row>(sqlText, params)).rows,
    close: () => client.close(),
  };
}

/** Runs a raw SQL statement on either engine and returns its rows (both drivers answer with `{ rows }`). */
export async function queryRows<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
