// The one database client factory: embedded PGlite by default, node-postgres when a server URL is given.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema/index.ts";

export { schema };
export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: use cases accept both so they compose. */
export type Executor = Database | Transaction;

export type DatabaseTarget =
  | { kind: "postgres"; url: string; poolSize?: number }
  /** `startFrom`: a PGlite dump (`dumpDataDir`) to start from instead of an empty cluster; tests copy a migrated one. */
  | { kind: "pglite"; dataDir: string; startFrom?: Blob };

/** Raw SQL on one connection; used by backup, restore and tests, never by features (they use Drizzle). */
export type RawSql = {
  /** Runs SQL text (several statements allowed). */
  exec(sqlText: string): Promise<void>;
  /** Runs one parameterised query and returns its rows. */
  query<Row = Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<Row[]>;
};

export type DatabaseHandle = RawSql & {
  kind: "postgres" | "pglite";
  db: Database;
  /** Runs `work` in one transaction on one connection; commits if it returns, rolls back if it throws. */
  rawTransaction<T>(work: (raw: RawSql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // Timestamps travel as UTC ISO strings; the pool sets the session zone so text output is UTC too.
    pool.on("connect", (client) => {
      void client.query("SET TIME ZONE 'UTC'");
      // A connection that dies while checked out but between two statements (a transaction awaiting the app, the
      // database stopped) emits "error" on its client, not on the pool: unheard, Node ends the whole process. The
      // failure still reaches the caller, as the rejection of that client's next query.
      client.on("error", () => undefined);
    });
    // A connection that dies while idle (a server restart, a failover, a database dropped under it) has already left
    // the pool; without a listener Node treats the pool's "error" event as a crash of the whole process.
    pool.on("error", () => undefined);
    const db = drizzlePg(pool, { schema }) as unknown as Database;
    return {
      kind: "postgres",
      db,
      exec: async (sqlText) => {
        await pool.query(sqlText);
      },
      query: async <Row>(sqlText: string, params: unknown[] = []) => (await pool.query(sqlText, params)).rows as Row[],
      rawTransaction: async (work) => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          const result = await work({
            exec: async (sqlText) => {
              await client.query(sqlText);
            },
            query: async <Row>(sqlText: string, params: unknown[] = []) =>
              (await client.query(sqlText, params)).rows as Row[],
          });
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  // Loaded only here: PGlite's WebAssembly build and its data files are megabytes a PostgreSQL process never needs.
  const [{ PGlite }, { drizzle: drizzlePglite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
  ]);
  const dataDir = target.dataDir === "memory://" ? undefined : path.resolve(target.dataDir);
  const releaseLock = dataDir ? lockDataDir(dataDir) : () => undefined;
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(target.startFrom ? { loadDataDir: target.startFrom } : {}),
    // PostgreSQL's default 128 MB of shared buffers lives inside PGlite's WebAssembly memory, in the hub's own process,
    // and is touched as pages are read, so it stays resident. A small hub's whole database is a few megabytes and the
    // files it reads stay in the operating system's cache, so 16 MB holds its working set: the embedded demo hub idled at
    // 571 MB before (issue 16, decision 0049).
    startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${EMBEDDED_SHARED_BUFFERS}`],
  });
  await client.exec("SET TIME ZONE 'UTC'");
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    kind: "pglite",
    db,
    exec: async (sqlText) => {
      await client.exec(sqlText);
    },
    query: async <Row>(sqlText: string, params: unknown[] = []) => (await client.query<Row>(sqlText, params)).rows,
    rawTransaction: (work) =>
      client.transaction((tx) =>
        work({
          exec: async (sqlText) => {
            await tx.exec(sqlText);
          },
          query: async <Row>(sqlText: string, params: unknown[] = []) => (await tx.query<Row>(sqlText, params)).rows,
        }),
      ),
    close: async () => {
      await client.close();
      releaseLock();
    },
  };
}

/** Runs a raw SQL statement on either engine and returns its rows (both drivers answer with `{ rows }`). */
export async function queryRows<Row>(db: Executor, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/** PostgreSQL's shared buffers inside the embedded database (see openDatabase). */
const EMBEDDED_SHARED_BUFFERS = "16MB";

export class DataDirInUseError extends Error {}

/**
 * The embedded database belongs to one process at a time: two processes writing one folder would corrupt it.
 * A lock file names the owner; a lock left by a process that no longer runs is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, "ips-hub.lock");
  try {
    const owner = Number(readFileSync(lockFile, "utf8"));
    if (owner && owner !== process.pid && processIsRunning(owner)) {
      throw new DataDirInUseError(
        `The embedded database in ${dataDir} is in use by process ${owner}. Stop it first (or use DATABASE_URL with a PostgreSQL server to run several processes).`,
      );
    }
  } catch (error) {
    if (error instanceof DataDirInUseError) throw error;
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
