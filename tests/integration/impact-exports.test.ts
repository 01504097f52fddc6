// Scheduled impact exports by mail (issue 12 item 8) on both engines, against a real SMTP server on loopback: a due
// export is mailed once to each named address with the dashboard's own spreadsheets attached (checked against the
// download on /admin/impact.csv for the same period), nothing before its day or while paused, one mailing when two
// runs race, and the admin page keeps what was typed with each field's error, and audits adding, pausing and removing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { createImpactExport } from "#features/impact/create-impact-export.ts";
import { setImpactExportPaused } from "#features/impact/pause-impact-export.ts";
import { sendDueImpactExports } from "#features/impact/send-impact-exports.ts";
import { sendImpactExportsJob } from "#features/impact/send-impact-exports.job.ts";
import { enqueue } from "#platform/jobs/queue.ts";
import { allJobs, allSchedules } from "#jobs/registry.ts";
import { createWorker, drainJobs } from "#jobs/worker.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { seedCourse, seedPeople, seedSession } from "../support/catalog.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp.ts";

const PASSWORD = "correct horse battery staple";
const actor = { userId: null, label: "test" };
/** The export is set up on Saturday 20 March 2027; its monthly day is the 5th, so the first mailing is 5 April. */
const SET_UP = new Date("2027-03-20T18:00:00Z");
/** 5 April 2027, 6:00 in Oregon (PDT, UTC-7): the day has come but not the hour. */
const BEFORE_THE_HOUR = new Date("2027-04-05T13:00:00Z");
/** 5 April 2027, 8:00 in Oregon. */
const DUE = new Date("2027-04-05T15:00:00Z");

describe.each(enginesUnderTest())("scheduled impact exports (%s)", (engine) => {
  let smtp: TestSmtpServer;
  let services: TestServices;
  let http: TestHttp;
  let now = SET_UP;
  let admin: { id: string; viewer: Viewer; cookie: string };
  let courseId: string;

  const outboxTo = (addresses: string[]) =>
    services.db.select().from(schema.outboxMessage).where(inArray(schema.outboxMessage.toAddress, addresses));
  const post = (fields: Record<string, string | string[]>, cookie = admin.cookie, lang = "en") => {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields))
      for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    return fetch(`${http.url}/admin/impact/exports`, {
      method: "POST",
      headers: { cookie: `${cookie}; ips.lang=${lang}`, "content-type": "application/x-www-form-urlencoded" },
      body,
      redirect: "manual",
    });
  };
  const auditActions = async (exportId: string) =>
    (
      await services.db
        .select({ action: schema.auditEvent.action })
        .from(schema.auditEvent)
        .where(and(eq(schema.auditEvent.targetType, "impact_export"), eq(schema.auditEvent.targetId, exportId)))
    ).map((row) => row.action);

  beforeAll(async () => {
    smtp = await startSmtpServer();
    services = await createTestServices(engine, {
      SMTP_URL: smtp.url,
      MAIL_FROM: "Willamette IPS Hub <hub@example.org>",
      RATE_LIMIT: "off",
    });
    services.now = () => now;
    http = await serveForTest(services);
    const created = await createAccount(
      services.db,
      {
        email: "exports-admin@example.org",
        name: "Ada Admin",
        password: PASSWORD,
        roles: [{ role: "admin", organizationId: null }],
      },
      actor,
    );
    admin = {
      id: created.id,
      viewer: {
        userId: created.id,
        email: "exports-admin@example.org",
        name: "Ada Admin",
        emailVerified: true,
        roles: [{ role: "admin", organizationId: null }],
      },
      cookie: await sessionCookie(services, "exports-admin@example.org", PASSWORD),
    };

    // March 2027: one session of 10 seats; 7 people completed, 1 no-show, 2 waiting. April: a session outside the period.
    const db = services.db;
    const people = await seedPeople(db, 12, "exports");
    courseId = (await seedCourse(db, { titleEn: "IPS Core", titleEs: "IPS básica" })).id;
    const march = await seedSession(db, courseId, {
      now: new Date("2027-03-01T00:00:00Z"),
      startsInDays: 9,
      overrides: { status: "completed" },
    });
    const april = await seedSession(db, courseId, {
      now: new Date("2027-04-01T00:00:00Z"),
      startsInDays: 9,
      overrides: { status: "completed" },
    });
    const requestedAt = new Date("2027-02-01T00:00:00Z");
    const [meeting] = await db
      .select()
      .from(schema.sessionMeeting)
      .where(eq(schema.sessionMeeting.sessionId, march.id));
    for (let n = 0; n < 7; n++) {
      const [registration] = await db
        .insert(schema.registration)
        .values({
          sessionId: march.id,
          userId: people[n]!.userId,
          status: "confirmed",
          requestedAt,
          queueAt: requestedAt,
        })
        .returning();
      await db
        .insert(schema.attendance)
        .values({ registrationId: registration!.id, meetingId: meeting!.id, minutesPresent: 420, method: "trainer" });
      await db.insert(schema.completion).values({
        registrationId: registration!.id,
        completed: true,
        contactMinutes: 420,
        attendedMinutes: 420,
        ceMinutes: 420,
        signedOffAt: new Date("2027-03-11T00:00:00Z"),
      });
    }
    await db.insert(schema.registration).values([
      { sessionId: march.id, userId: people[7]!.userId, status: "no_show", requestedAt, queueAt: requestedAt },
      { sessionId: march.id, userId: people[8]!.userId, status: "waitlisted", requestedAt, queueAt: requestedAt },
      { sessionId: march.id, userId: people[9]!.userId, status: "waitlisted", requestedAt, queueAt: requestedAt },
      { sessionId: april.id, userId: people[10]!.userId, status: "confirmed", requestedAt, queueAt: requestedAt },
    ]);
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
    await smtp?.stop();
  });

  it("is registered with the worker and scheduled hourly", () => {
    expect(allJobs.map((binding) => binding.contract.name)).toContain("impact.exports.send");
    expect(allSchedules.find((schedule) => schedule.job === sendImpactExportsJob)?.cron).toBe("23 * * * *");
  });

  it("mails a due export once to each address, with the dashboard's spreadsheets for the month before", async () => {
    now = SET_UP;
    const recipients = ["funder@example.org", "state-office@example.org"];
    const { id } = await createImpactExport(services.db, {
      viewer: admin.viewer,
      input: {
        kinds: ["figures", "funnel", "months"],
        cadence: "monthly",
        weekday: "",
        monthDay: "5",
        recipients: recipients.join("\n"),
        language: "en",
        courseId,
      },
      now,
      actor,
    });
    // Before 5 April at 7:00 in Oregon: nothing.
    for (const early of [new Date("2027-03-29T16:00:00Z"), BEFORE_THE_HOUR]) {
      now = early;
      expect(await sendDueImpactExports(services)).toEqual({ mailed: 0, recipients: 0 });
    }
    expect(await outboxTo(recipients)).toHaveLength(0);

    // Two rounds at the same moment (two workers): one mailing, one message per address.
    now = DUE;
    const rounds = await Promise.all([sendDueImpactExports(services), sendDueImpactExports(services)]);
    expect(rounds.map((round) => round.mailed).sort()).toEqual([0, 1]);
    // Through the worker too: two queued rounds of the job add nothing more.
    await enqueue(services.db, sendImpactExportsJob, {});
    await enqueue(services.db, sendImpactExportsJob, {});
    await drainJobs(createWorker(services, { jobs: allJobs }));
    expect(await sendDueImpactExports(services)).toEqual({ mailed: 0, recipients: 0 });

    const kept = await outboxTo(recipients);
    expect(kept.map((message) => message.toAddress).sort()).toEqual(recipients);
    expect(kept.every((message) => message.status === "sent")).toBe(true);
    const mailings = await services.db
      .select()
      .from(schema.impactExportMailing)
      .where(eq(schema.impactExportMailing.exportId, id));
    expect(mailings).toEqual([
      expect.objectContaining({
        sendDay: "2027-04-05",
        periodFrom: "2027-03-01",
        periodTo: "2027-03-31",
        recipients: 2,
      }),
    ]);

    for (const address of recipients) {
      const received = smtp.messages.filter((mail) => mail.to.includes(address));
      expect(received).toHaveLength(1);
      const mail = received[0]!;
      expect(mail.subject).toBe("IPS Hub: impact figures for March 1 – 31, 2027");
      expect(mail.text).toContain('Counts under 5 are written as "fewer than 5"');
      expect(mail.text).toContain("Course: IPS Core");
      const files = mail.parsed.attachments;
      expect(files.map((file) => file.filename)).toEqual([
        "impact-figures-2027-03-01-2027-03-31.csv",
        "impact-funnel-2027-03-01-2027-03-31.csv",
        "impact-months-2027-03-01-2027-03-31.csv",
      ]);
      // Each file is exactly what the dashboard's download gives for the same filter and period.
      for (const [index, kind] of (["figures", "funnel", "months"] as const).entries()) {
        const download = await fetch(
          `${http.url}/admin/impact.csv?figures=${kind}&courseId=${courseId}&from=2027-03-01&to=2027-03-31`,
          { headers: { cookie: `${admin.cookie}; ips.lang=en` } },
        );
        expect(download.status).toBe(200);
        // Byte for byte, the byte-order mark included (text() would drop it).
        const downloaded = Buffer.from(await download.arrayBuffer()).toString("utf8");
        expect(downloaded.startsWith("\ufeff")).toBe(true);
        expect(files[index]!.content.toString("utf8")).toBe(downloaded);
      }
      const funnel = files[1]!.content.toString("utf8");
      // The March session only: 10 registered (7 + no-show + 2 waiting), 7 completed; April's person is not counted.
      expect(funnel).toContain("Registered or applied,10\r\n");
      expect(funnel).toContain("Completed,7\r\n");
      const figures = files[0]!.content.toString("utf8");
      // One no-show and two people waiting: under 5, so withheld as on the dashboard.
      expect(figures).toContain('"No-shows (confirmed, did not come)",fewer than 5\r\n');
      expect(figures).toContain("Waiting for a seat now,fewer than 5\r\n");
      // 7 people × 420 CE minutes.
      expect(figures).toContain("Continuing-education hours earned,49.0\r\n");
      expect(files[2]!.content.toString("utf8")).toContain("2027-03,7\r\n");
    }
  });

  it("sends nothing while paused, and writes the mail and the files in the export's language", async () => {
    now = SET_UP;
    const { id } = await createImpactExport(services.db, {
      viewer: admin.viewer,
      input: {
        kinds: ["funnel"],
        cadence: "weekly",
        weekday: "1",
        monthDay: "",
        recipients: "ESTADO@example.org",
        language: "es",
      },
      now,
      actor,
    });
    await setImpactExportPaused(services.db, { viewer: admin.viewer, exportId: id, paused: true, now, actor });
    // Monday 5 April, 8:00: due, but paused.
    now = DUE;
    expect(await sendDueImpactExports(services)).toEqual({ mailed: 0, recipients: 0 });
    expect(await outboxTo(["estado@example.org"])).toHaveLength(0);

    await setImpactExportPaused(services.db, { viewer: admin.viewer, exportId: id, paused: false, now, actor });
    expect(await sendDueImpactExports(services)).toEqual({ mailed: 1, recipients: 1 });
    await drainJobs(createWorker(services, { jobs: allJobs }));
    const [mail] = smtp.messages.filter((message) => message.to.includes("estado@example.org"));
    expect(mail!.language).toBe("es");
    expect(mail!.subject).toContain("cifras de impacto");
    // The week before Monday 5 April: 29 March – 4 April, with no session in it; counts of 0 are shown as 0.
    const [file] = mail!.parsed.attachments;
    expect(file!.filename).toBe("impact-funnel-2027-03-29-2027-04-04.csv");
    expect(file!.content.toString("utf8")).toContain("Se inscribieron o presentaron solicitud,0");
    expect(await auditActions(id)).toEqual(
      expect.arrayContaining(["impact.export.create", "impact.export.pause", "impact.export.resume"]),
    );
  });

  it("keeps what was typed on the form with each field's error, then saves, lists, pauses and removes", async () => {
    now = SET_UP;
    const typed = "ana@example.org\nnot-an-address";
    const refused = await post({
      intent: "create",
      cadence: "monthly",
      monthDay: "31",
      weekday: "1",
      recipients: typed,
      language: "en",
      countyFips: "99999",
    });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain("Choose at least one spreadsheet.");
    expect(html).toContain("Choose a day of the month from 1 to 28.");
    expect(html).toContain("&quot;not-an-address&quot; doesn&#x27;t look like an email address");
    expect(html).toContain("Choose one of the listed options");
    // What was typed is still there.
    expect(html).toMatch(/<textarea[^>]*name="recipients"[^>]*>ana@example.org\nnot-an-address<\/textarea>/);

    const tooMany = await post(
      {
        intent: "create",
        kinds: ["figures"],
        cadence: "weekly",
        weekday: "3",
        recipients: Array.from({ length: 11 }, (_, n) => `person${n}@example.org`).join("\n"),
        language: "es",
      },
      admin.cookie,
      "es",
    );
    expect(tooMany.status).toBe(400);
    expect(await tooMany.text()).toContain("Please name at most 10 addresses.");

    const saved = await post({
      intent: "create",
      kinds: ["figures", "months"],
      cadence: "weekly",
      weekday: "3",
      recipients: "board@example.org, Treasurer@Example.org",
      language: "en",
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe("/admin/impact/exports?done=created#exports-title");
    const listed = await services.db.select().from(schema.impactExport);
    const created = listed.find((exp) => exp.recipients.includes("board@example.org"))!;
    expect(created.recipients).toEqual(["board@example.org", "treasurer@example.org"]);
    expect(created.weekday).toBe(3);

    const page = await fetch(`${http.url}/admin/impact/exports?done=created`, {
      headers: { cookie: `${admin.cookie}; ips.lang=en` },
    });
    const list = await page.text();
    expect(list).toContain("The export is saved.");
    expect(list).toContain("treasurer@example.org");
    expect(list).toContain("Every Wednesday, for the week before");
    // Set up on Saturday 20 March: next on Wednesday 24 March.
    expect(list).toContain("Next on March 24, 2027");

    expect((await post({ intent: "pause", exportId: created.id })).status).toBe(302);
    const paused = await (
      await fetch(`${http.url}/admin/impact/exports`, { headers: { cookie: `${admin.cookie}; ips.lang=en` } })
    ).text();
    expect(paused).toContain("Paused: nothing is sent");
    expect((await post({ intent: "delete", exportId: created.id })).status).toBe(302);
    expect(await services.db.select().from(schema.impactExport).where(eq(schema.impactExport.id, created.id))).toEqual(
      [],
    );
    expect((await post({ intent: "delete", exportId: created.id })).status).toBe(404);
    expect(await auditActions(created.id)).toEqual(
      expect.arrayContaining(["impact.export.create", "impact.export.pause", "impact.export.delete"]),
    );

    // Not for people who are not admins.
    const other = await fetch(`${http.url}/admin/impact/exports`, { redirect: "manual" });
    expect(other.status).toBe(302);
    expect(other.headers.get("location")).toContain("/sign-in");
  });
});
