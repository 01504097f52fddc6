// Test databases: an in-memory PGlite always, and a fresh PostgreSQL database per run when TEST_DATABASE_URL is set.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type DatabaseHandle } from "#db/client.ts";
import { migrateDatabase } from "#db/migrate.ts";

export type Engine = "pglite" | "postgres";

/** The engines this run covers: PGlite, plus PostgreSQL when TEST_DATABASE_URL names a server. */
export function enginesUnderTest(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

export type TestDatabase = { handle: DatabaseHandle; url: string | null; drop(): Promise<void> };

/** A new, migrated, empty database; `drop` closes it and removes it from the server. */
export async function createTestDatabase(engine: Engine, options: { poolSize?: number } = {}): Promise<TestDatabase> {
  if (engine === "pglite") {
    const handle = await openDatabase({ kind: "pglite", dataDir: "memory://" });
    await migrateDatabase(handle);
    return { handle, url: null, drop: () => handle.close() };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const name = `ipshub_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), poolSize: options.poolSize });
  await migrateDatabase(handle);
  return {
    handle,
    url: url.toString(),
    async drop() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
