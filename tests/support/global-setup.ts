// Once per integration run: migrate one database per engine, so each test's database starts as a copy of it instead
// of initialising a cluster and applying every migration again (about 2 s of CPU per PGlite database otherwise).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabase } from "#db/client.ts";
import { migrateDatabase } from "#db/migrate.ts";
import { adminQuery, uniqueDatabaseName, type DatabaseTemplates } from "./databases.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated, empty databases every test database is copied from. */
    databaseTemplates: DatabaseTemplates;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "ips-hub-test-template-"));
  const pgliteDump = path.join(folder, "migrated.tar");
  // Migrated in a folder, then dumped: the dump is what PGlite's `loadDataDir` starts a new in-memory cluster from.
  const dataDir = path.join(folder, "data");
  const migrated = await openDatabase({ kind: "pglite", dataDir });
  try {
    await migrateDatabase(migrated);
  } finally {
    await migrated.close();
  }
  const reopened = await PGlite.create({ dataDir });
  try {
    const dump = await reopened.dumpDataDir("none");
    await writeFile(pgliteDump, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await reopened.close();
  }

  let postgresTemplate: string | null = null;
  if (process.env.TEST_DATABASE_URL) {
    postgresTemplate = uniqueDatabaseName("ipshub_template");
    await adminQuery(`CREATE DATABASE ${postgresTemplate}`);
    const handle = await openDatabase({ kind: "postgres", url: databaseUrlFor(postgresTemplate) });
    try {
      await migrateDatabase(handle);
    } finally {
      await handle.close();
    }
  }

  project.provide("databaseTemplates", { pgliteDump, postgresTemplate });
  return async () => {
    if (postgresTemplate) await adminQuery(`DROP DATABASE IF EXISTS ${postgresTemplate} WITH (FORCE)`);
    await rm(folder, { recursive: true, force: true });
  };
}

function databaseUrlFor(name: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}
