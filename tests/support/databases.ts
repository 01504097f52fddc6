// Test databases: an in-memory PGlite always, and a fresh PostgreSQL database per run when TEST_DATABASE_URL is set.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "#db/client.ts";
import { migrateDatabase } from "#db/migrate.ts";

export type Engine = "pglite" | "postgres";

/** The engines this run covers: PGlite, plus PostgreSQL when TEST_DATABASE_URL names a server. */
export function enginesUnderTest(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

export type TestDatabase = { handle: DatabaseHandle; url: string | null; drop(): Promise<void> };

/** Where the migrated, empty databases are kept that test databases are copied from (tests/support/global-setup.ts). */
export type DatabaseTemplates = { pgliteDump: string; postgresTemplate: string | null };

/** A new, migrated, empty database; `drop` closes it and removes it from the server. */
export async function createTestDatabase(engine: Engine, options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const templates = inject("databaseTemplates");
  if (engine === "pglite") {
    const startFrom = templates ? await migratedPgliteDump(templates.pgliteDump) : undefined;
    const handle = await openDatabase({ kind: "pglite", dataDir: "memory://", startFrom });
    if (!startFrom) await migrateDatabase(handle);
    return { handle, url: null, drop: () => handle.close() };
  }
  const name = uniqueDatabaseName("ipshub_test");
  const template = templates?.postgresTemplate;
  await adminQuery(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), poolSize: options.poolSize });
  if (!template) await migrateDatabase(handle);
  return {
    handle,
    url: url.toString(),
    async drop() {
      await handle.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

let dumpRead: Promise<Blob> | null = null;
/** The dump is read once per test process; each database loads its own copy from it. */
function migratedPgliteDump(file: string): Promise<Blob> {
  dumpRead ??= readFile(file).then((bytes) => new Blob([bytes]));
  return dumpRead;
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
}

function serverUrl(): string {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  return base;
}

/** Runs one statement (CREATE or DROP DATABASE) on the TEST_DATABASE_URL server. */
export async function adminQuery(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}
