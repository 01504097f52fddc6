// The restore drill on both engines (a hub's data → backup → schema wiped → restore → the same content hash), and
// scheduled backups into BACKUP_DIR: run by the worker on their schedule, rotated, never left half-written.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import { migrateDatabase } from "#db/migrate.ts";
import { backupTo, restoreFrom } from "#features/backup/backup.ts";
import { backupToFolder } from "#features/backup/backup-to-folder.ts";
import { hubContentHash } from "#features/backup/content-hash.ts";
import { seedDemo } from "#features/demo/seed-demo.ts";
import { seedHubDefaults } from "#features/hub/seed-defaults.ts";
import { recordAudit } from "#features/audit/record-audit.ts";
import { registerForSession } from "#features/registration/register-for-session.ts";
import { backupFileName } from "#core/backup-rotation.ts";
import { enqueue } from "#platform/jobs/queue.ts";
import { pruneJob } from "#jobs/maintenance.ts";
import { allJobs, schedulesFor } from "#jobs/registry.ts";
import { createWorker, registerSchedules } from "#jobs/worker.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const folder = () => mkdtempSync(path.join(tmpdir(), "ips-backup-drill-"));

async function fillHub(services: TestServices) {
  await seedHubDefaults(services.db, { name: "Drill Hub", region: "Oregon", today: "2026-12-05" });
  await seedDemo(services.db);
  const course = await seedCourse(services.db, { slug: "drill-course", titleEn: "Drill", titleEs: "Simulacro" });
  const session = await seedSession(services.db, course.id, { overrides: { capacity: 2 } });
  for (const viewer of await seedPeople(services.db, 3)) {
    await registerForSession(services, { viewer, sessionId: session.id, consent: true }, { userId: null, label: "t" });
  }
  await enqueue(services.db, pruneJob, {});
  await recordAudit(
    services.db,
    { userId: null, label: "drill" },
    { action: "hub.settings.update", targetType: "test" },
  );
  return session.id;
}

describe.each(enginesUnderTest())("backup drill on %s", (engine) => {
  let services: TestServices;
  let dir: string;
  let sessionId: string;
  beforeAll(async () => {
    dir = folder();
    services = await createTestServices(engine, { BACKUP_DIR: dir, BACKUP_KEEP: "3", BACKUP_SCHEDULE: "every 1h" });
    sessionId = await fillHub(services);
  });
  afterAll(async () => services?.close());

  it("restores a wiped hub to the same content hash", async () => {
    const database = services.database;
    const before = await hubContentHash(database);
    const backup = await backupToFolder(database, { dir, keep: 3, now: new Date("2026-12-05T10:00:00Z") });
    expect(backup.rows).toBeGreaterThan(20);

    // The wipe: every table, the migrations' own record, then the schema built again from the migrations.
    await database.exec("DROP SCHEMA public CASCADE; DROP SCHEMA drizzle CASCADE; CREATE SCHEMA public");
    await migrateDatabase(database);
    const empty = await hubContentHash(database);
    expect(empty).not.toBe(before);
    expect(await database.query("SELECT id FROM registration")).toEqual([]);
    expect(await database.query("SELECT id FROM audit_event")).toEqual([]);

    await restoreFrom(database, backup.file);
    expect(await hubContentHash(database)).toBe(before);
    const registrations = await database.query<{ status: string }>(
      "SELECT status FROM registration WHERE session_id = $1 ORDER BY status",
      [sessionId],
    );
    expect(registrations.map((row) => row.status)).toEqual(["confirmed", "confirmed", "waitlisted"]);
  });

  it("changes the hash when one value of one row changes", async () => {
    const before = await hubContentHash(services.database);
    const [settings] = await services.db.select().from(schema.hubSettings);
    await services.db
      .update(schema.hubSettings)
      .set({ name: `${settings!.name}.` })
      .where(eq(schema.hubSettings.id, settings!.id));
    expect(await hubContentHash(services.database)).not.toBe(before);
    await services.db
      .update(schema.hubSettings)
      .set({ name: settings!.name })
      .where(eq(schema.hubSettings.id, settings!.id));
    expect(await hubContentHash(services.database)).toBe(before);
  });

  it("takes backups on BACKUP_SCHEDULE in the worker and keeps the newest BACKUP_KEEP", async () => {
    const scheduled = folder();
    writeFileSync(path.join(scheduled, "notes.txt"), "kept by the admin\n");
    const stopped = `${backupFileName(new Date("2026-12-01T00:00:00Z"))}.partial`;
    writeFileSync(path.join(scheduled, stopped), '{"format":"ips-hub-backup"');
    const config = { ...services.config, backup: { ...services.config.backup!, dir: scheduled } };
    const worker$ = { ...services, config } as TestServices;
    expect(schedulesFor({ backup: null }).some((s) => s.name === "backup")).toBe(false);
    const backupSchedule = schedulesFor(config).filter((s) => s.name === "backup");
    expect(backupSchedule).toEqual([expect.objectContaining({ cron: "0 * * * *" })]);

    let clock = new Date("2026-12-05T12:30:00Z");
    worker$.now = () => clock;
    await registerSchedules(worker$, backupSchedule);
    const worker = createWorker(worker$, { jobs: allJobs, schedules: backupSchedule, concurrency: 1 });
    const taken: string[] = [];
    for (let hour = 13; hour <= 17; hour++) {
      clock = new Date(`2026-12-05T${hour}:00:30Z`);
      // The schedule's run is queued and then run; other due jobs (the prune above) may come first.
      while ((await worker.tick()) > 0);
      taken.push(backupFileName(clock));
    }
    const files = readdirSync(scheduled).sort();
    expect(files).toEqual([...taken.slice(-3), "notes.txt"].sort());
    const [header] = readFileSync(path.join(scheduled, taken.at(-1)!), "utf8").split("\n");
    expect(JSON.parse(header!)).toMatchObject({ format: "ips-hub-backup", engine });
    const runs = await services.database.query<{ status: string }>(
      "SELECT status FROM job WHERE name = 'backup.scheduled' ORDER BY id",
    );
    expect(runs.map((row) => row.status)).toEqual(["done", "done", "done", "done", "done"]);
  });

  it("leaves no file at all when a backup stops half-way", async () => {
    const target = folder();
    const file = path.join(target, backupFileName(new Date("2026-12-05T20:00:00Z")));
    let reads = 0;
    const failing = {
      ...services.database,
      rawTransaction: <T>(work: Parameters<typeof services.database.rawTransaction<T>>[0]) =>
        services.database.rawTransaction((raw) =>
          work({
            ...raw,
            query: async <Row>(text: string, params?: unknown[]) => {
              if (++reads > 6) throw new Error("connection lost");
              return raw.query<Row>(text, params);
            },
          }),
        ),
    };
    await expect(backupTo(failing, file)).rejects.toThrow("connection lost");
    expect(reads).toBeGreaterThan(6);
    expect(readdirSync(target)).toEqual([]);
  });
});
