// Backup and restore on both engines, and a backup taken on one engine restored on the other.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, enginesUnderTest, type TestDatabase } from "../support/databases.ts";
import { schema } from "#db/client.ts";
import { backupTo, restoreFrom, tablesInDependencyOrder } from "#features/backup/backup.ts";
import { seedDemo } from "#features/demo/seed-demo.ts";
import { seedHubDefaults } from "#features/hub/seed-defaults.ts";
import { recordAudit } from "#features/audit/record-audit.ts";
import { enqueue } from "#platform/jobs/queue.ts";
import { pruneJob } from "#jobs/maintenance.ts";
import { seedCourse, seedSession } from "../support/catalog.ts";

const folder = mkdtempSync(path.join(tmpdir(), "ips-backup-"));

async function fillHub(database: TestDatabase) {
  await seedHubDefaults(database.handle.db, { name: "Test Hub", region: "Oregon", today: "2026-11-22" });
  await seedDemo(database.handle.db);
  await enqueue(database.handle.db, pruneJob, {});
  // A course carries a generated search column, which a restore must leave to the database to compute.
  const course = await seedCourse(database.handle.db, {
    slug: "backup-course",
    titleEn: "Backup course",
    titleEs: "Curso de respaldo",
  });
  await seedSession(database.handle.db, course.id);
}

async function fingerprint(database: TestDatabase) {
  const counts: Record<string, number> = {};
  for (const table of await tablesInDependencyOrder(database.handle)) {
    const [row] = await database.handle.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = row!.n;
  }
  const people = await database.handle.db
    .select({ email: schema.user.email, name: schema.user.name, locale: schema.user.locale })
    .from(schema.user)
    .orderBy(schema.user.email);
  return { counts, people };
}

describe.each(enginesUnderTest())("backup and restore on %s", (engine) => {
  let source: TestDatabase;
  let target: TestDatabase;
  beforeAll(async () => {
    source = await createTestDatabase(engine);
    target = await createTestDatabase(engine);
    await fillHub(source);
  });
  afterAll(async () => {
    await source.drop();
    await target.drop();
  });

  it("restores exactly what was backed up, replacing what was there", async () => {
    const file = path.join(folder, `${engine}.jsonl`);
    const backedUp = await backupTo(source.handle, file);
    expect(backedUp.rows).toBeGreaterThan(10);

    await seedHubDefaults(target.handle.db, { name: "Other Hub", region: "Elsewhere", today: "2026-01-01" });
    await restoreFrom(target.handle, file);
    expect(await fingerprint(target)).toEqual(await fingerprint(source));
    const [settings] = await target.handle.db.select().from(schema.hubSettings);
    expect(settings?.name).toBe("Cascadia IPS Hub");
    const found = await target.handle.query<{ slug: string }>(
      `SELECT slug FROM course WHERE search_vector @@ websearch_to_tsquery('spanish', 'respaldo')`,
    );
    expect(found.map((row) => row.slug)).toContain("backup-course");
  });

  it("keeps serial ids counting after a restore and keeps the audit log append-only", async () => {
    await recordAudit(
      target.handle.db,
      { userId: null, label: "test" },
      // A listed code (AuditEntry takes no other); the "test" target type marks the row this test tries to delete.
      { action: "hub.settings.update", targetType: "test" },
    );
    const [latest] = await target.handle.query<{ id: number }>("SELECT max(id)::int AS id FROM audit_event");
    const [previous] = await target.handle.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_event");
    expect(latest!.id).toBe(previous!.n);
    await expect(
      target.handle.db.delete(schema.auditEvent).where(eq(schema.auditEvent.targetType, "test")),
    ).rejects.toThrow();
  });

  it("refuses a file that is not a backup and changes nothing", async () => {
    const before = await fingerprint(target);
    const bogus = path.join(folder, "bogus.jsonl");
    await (await import("node:fs/promises")).writeFile(bogus, '{"hello":"world"}\n');
    await expect(restoreFrom(target.handle, bogus)).rejects.toThrow(/not an IPS Hub backup/);
    expect(await fingerprint(target)).toEqual(before);
  });
});

describe.runIf(enginesUnderTest().includes("postgres"))("moving a hub between engines", () => {
  it("restores a PGlite backup on PostgreSQL", async () => {
    const embedded = await createTestDatabase("pglite");
    const server = await createTestDatabase("postgres");
    try {
      await fillHub(embedded);
      const file = path.join(folder, "move.jsonl");
      await backupTo(embedded.handle, file);
      await restoreFrom(server.handle, file);
      expect(await fingerprint(server)).toEqual(await fingerprint(embedded));
    } finally {
      await embedded.drop();
      await server.drop();
    }
  });
});
