// Applies the migrations folder on either engine; on a server, an advisory lock lets many processes start at once.
import { fileURLToPath } from "node:url";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { readFileSync } from "node:fs";
import type { DatabaseHandle } from "./client.ts";
import { isDatabaseUnreachable } from "./connection-errors.ts";

export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

const MIGRATION_LOCK = 7_114_501;

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === "pglite") {
    const { migrate: migratePglite } = await import("drizzle-orm/pglite/migrator");
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  // The lock is held on one pooled connection for the whole run; other processes wait, then find nothing to do.
  const db = handle.db as unknown as NodePgDatabase & { $client: import("pg").Pool };
  const client = await db.$client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    const { drizzle } = await import("drizzle-orm/node-postgres");
    await migratePg(drizzle(client), { migrationsFolder });
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** How many migrations the code expects; /healthz compares it with what the database has applied. */
export function expectedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, "utf8")) as { entries: unknown[] };
  return journal.entries.length;
}

export async function appliedMigrationCount(handle: DatabaseHandle): Promise<number> {
  try {
    const rows = await handle.query<{ count: string | number }>(
      'SELECT count(*) AS count FROM drizzle."__drizzle_migrations"',
    );
    return Number(rows[0]?.count ?? 0);
  } catch (error) {
    // No migrations table yet means none applied; no database at all is another answer, given by the caller.
    if (isDatabaseUnreachable(error)) throw error;
    return 0;
  }
}
