// The demo hub's database, migrated and seeded once per run, and the fresh copy of it each test file's hub starts from.
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "#db/client.ts";
import { migrateDatabase } from "#db/migrate.ts";
import { seedDemo } from "#features/demo/seed-demo.ts";
import { seedHubDefaults } from "#features/hub/seed-defaults.ts";
import type { Engine } from "../../support/databases.ts";

/** Where the seeded demo lives: a PostgreSQL database to copy with CREATE DATABASE … TEMPLATE, or a PGlite folder to copy. */
export type DemoTemplate = { engine: "postgres"; database: string } | { engine: "pglite"; dataDir: string };

/** A hub's own database: the environment that points the hub at it, and how to remove it afterwards. */
export type HubDatabase = { env: Record<string, string>; remove(): Promise<void> };

/**
 * Seeds the demo as `npm run demo` does before it listens (hub defaults, then the demo), without running its jobs:
 * each hub's worker runs them on its own copy, as it would on first start.
 */
export async function seedDemoTemplate(engine: Engine): Promise<{ template: DemoTemplate; remove(): Promise<void> }> {
  if (engine === "postgres") {
    const name = uniqueName("ipshub_e2e_demo");
    await adminQuery(`CREATE DATABASE ${name}`);
    const handle = await openDatabase({ kind: "postgres", url: databaseUrl(name) });
    try {
      await seedInto(handle);
    } finally {
      await handle.close();
    }
    return {
      template: { engine, database: name },
      remove: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const folder = await mkdtemp(path.join(os.tmpdir(), "ips-hub-e2e-demo-"));
  const dataDir = path.join(folder, "data");
  const handle = await openDatabase({ kind: "pglite", dataDir });
  try {
    await seedInto(handle);
  } finally {
    await handle.close();
  }
  return { template: { engine, dataDir }, remove: () => rm(folder, { recursive: true, force: true }) };
}

/** A fresh copy of the seeded demo for one hub, dropped when that hub stops. */
export async function copyDemoTemplate(template: DemoTemplate): Promise<HubDatabase> {
  if (template.engine === "postgres") {
    const name = uniqueName("ipshub_e2e");
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template.database}`);
    return {
      env: { DATABASE_URL: databaseUrl(name) },
      remove: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const folder = await mkdtemp(path.join(os.tmpdir(), "ips-hub-e2e-"));
  const dataDir = path.join(folder, "data");
  await cp(template.dataDir, dataDir, { recursive: true });
  return { env: { DATA_DIR: dataDir }, remove: () => rm(folder, { recursive: true, force: true }) };
}

async function seedInto(handle: Awaited<ReturnType<typeof openDatabase>>): Promise<void> {
  await migrateDatabase(handle);
  await seedHubDefaults(handle.db, { name: "IPS Hub", region: "Oregon", today: new Date().toISOString().slice(0, 10) });
  await seedDemo(handle.db);
}

function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
}

function serverUrl(): string {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  return base;
}

function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement (CREATE or DROP DATABASE) on the TEST_DATABASE_URL server. */
async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
