// Is this process ready to serve: the database answers and every migration the code expects is applied.
import type { DatabaseHandle } from "#db/client.ts";
import { appliedMigrationCount, expectedMigrationCount } from "#db/migrate.ts";
import { isDatabaseUnreachable } from "#db/connection-errors.ts";

export type Health = {
  status: "ok" | "unavailable";
  database: "pglite" | "postgres";
  version: string;
  detail?: string;
};

const expected = expectedMigrationCount();

export async function checkHealth(database: DatabaseHandle, version: string): Promise<Health> {
  try {
    const applied = await appliedMigrationCount(database);
    if (applied < expected) {
      return {
        status: "unavailable",
        database: database.kind,
        version,
        detail: `migrations applied: ${applied} of ${expected}`,
      };
    }
    return { status: "ok", database: database.kind, version };
  } catch (error) {
    return {
      status: "unavailable",
      database: database.kind,
      version,
      detail: isDatabaseUnreachable(error) ? "database unreachable" : "database not answering",
    };
  }
}
