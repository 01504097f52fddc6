// "Delete my account" on both engines (issue 14 item 11, decision 0038): the request needs the password and signs the
// person out at once; one job erases or anonymizes everything listed, the freed seat goes to the next in line, kept
// records carry no contact data, credentials stay verifiable or are revoked as chosen, the journal cannot be opened
// again, and admins see the request in the privacy queue with no way to stop it.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import { queryRows } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { ERASED_NAME, erasedEmail } from "#core/account-deletion.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { issueCredential } from "#features/credentials/issue-credential.ts";
import { readCredentialForVerification } from "#features/credentials/read-credential.ts";
import { recordOutsideHours } from "#features/certifications/outside-hours.ts";
import { readJournalKey } from "#features/journal/journal-keys.ts";
import { writeEntry } from "#features/journal/write-entry.ts";
import { deleteAccount, DELETION_REVOCATION_REASON } from "#features/privacy/delete-account.ts";
import { deleteAccountJob } from "#features/privacy/delete-account.job.ts";
import { listDeletionRequests } from "#features/privacy/list-deletion-requests.ts";
import { requestAccountDeletion } from "#features/privacy/request-account-deletion.ts";
import { registerForSession } from "#features/registration/register-for-session.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { adminViewer, seedCourse, seedSession } from "../support/catalog.ts";

const PASSWORD = "a long enough password for tests";
const actor = { userId: null, label: "test" };
const pdfBytes = new TextEncoder().encode("%PDF-1.4\n% my own evidence\n");

describe.each(enginesUnderTest())("delete my account (%s)", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let admin: Viewer;
  let seq = 0;

  async function person(name: string, legalName: string | null = null): Promise<Viewer> {
    seq += 1;
    const email = `deletion-${seq}-${engine}@example.org`;
    const created = await createAccount(services.db, { email, password: PASSWORD, name, legalName }, actor);
    return {
      userId: created.id,
      email,
      name,
      emailVerified: true,
      roles: [{ role: "participant", organizationId: null }],
    };
  }

  /** A finished training with its completion and an issued credential: the board-facing record that must stay. */
  async function completedWithCredential(who: Viewer) {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { startsInDays: -20 });
    const now = new Date();
    const [registration] = await services.db
      .insert(schema.registration)
      .values({ sessionId: session.id, userId: who.userId, status: "confirmed", requestedAt: now, queueAt: now })
      .returning({ id: schema.registration.id });
    await services.db.insert(schema.completion).values({
      registrationId: registration!.id,
      completed: true,
      contactMinutes: 7 * 60,
      attendedMinutes: 7 * 60,
      ceMinutes: 7 * 60,
      reasons: [],
      signedOffAt: now,
    });
    const outcome = await issueCredential(services, { registrationId: registration!.id }, actor);
    if (outcome.status === "skipped") throw new Error(`not issued: ${outcome.reason}`);
    const [credential] = await services.db
      .select()
      .from(schema.credential)
      .where(eq(schema.credential.registrationId, registration!.id));
    return { registrationId: registration!.id, credential: credential! };
  }

  async function pendingJob(deletionId: string) {
    const jobs = await services.db.select().from(schema.job).where(eq(schema.job.name, deleteAccountJob.name));
    return jobs.find((job) => (job.payload as { deletionId?: string }).deletionId === deletionId);
  }

  beforeAll(async () => {
    services = await createTestServices(engine);
    http = await serveForTest(services);
    const created = await createAccount(
      services.db,
      {
        email: `deletion-admin-${engine}@example.org`,
        password: PASSWORD,
        name: "Ada Admin",
        roles: [{ role: "admin", organizationId: null }],
      },
      actor,
    );
    admin = { ...adminViewer(created.id), email: `deletion-admin-${engine}@example.org` };
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  it("erases or anonymizes everything, keeps the completion record and the audit trail without contact data, and gives the seat to the next in line", async () => {
    const noa = await person("Noa Newcomer", "Noa Legal Name");
    const waiting = await person("Wren Waiting");
    const course = await seedCourse(services.db, {
      questions: [{ id: "why", kind: "text", labelEn: "Why?", labelEs: "¿Por qué?", required: true, sensitive: true }],
    });
    const full = await seedSession(services.db, course.id, { overrides: { capacity: 1 } });
    const place = await registerForSession(
      services,
      {
        viewer: noa,
        sessionId: full.id,
        answers: { why: "MY-OWN-ANSWER" },
        pronouns: "she/her",
        accommodations: "A QUIET ROOM",
        consent: true,
      },
      actor,
    );
    expect(place.status).toBe("confirmed");
    const line = await registerForSession(
      services,
      { viewer: waiting, sessionId: full.id, answers: { why: "THEIR-ANSWER" }, consent: true },
      actor,
    );
    expect(line.status).toBe("waitlisted");
    const finished = await completedWithCredential(noa);

    await writeEntry(services, { viewer: noa, text: "MY-JOURNAL-WORDS", writtenOn: "2026-02-01" });
    const [sealed] = await services.db
      .select()
      .from(schema.journalEntry)
      .where(eq(schema.journalEntry.userId, noa.userId));
    expect(sealed?.sealed).toBeTruthy();
    await recordOutsideHours(
      services,
      {
        viewer: noa,
        title: "Ethics in peer work",
        provider: "Another hub",
        completedOn: "2026-01-15",
        minutes: 60,
        categories: [],
        inPerson: false,
        evidence: { name: "certificate.pdf", bytes: pdfBytes },
      },
      actor,
    );
    const [circle] = await services.db
      .insert(schema.circle)
      .values({ name: "Tuesday circle", language: "en", timeZone: "America/Los_Angeles" })
      .returning();
    await services.db.insert(schema.circleMember).values([
      { circleId: circle!.id, userId: noa.userId, status: "active", organizer: true, rotationPosition: 1 },
      { circleId: circle!.id, userId: waiting.userId, status: "active", organizer: false, rotationPosition: 2 },
    ]);
    await services.db.insert(schema.testimonial).values({
      userId: noa.userId,
      body: "MY-TESTIMONIAL",
      language: "en",
      attribution: "name",
      shownName: "Noa Newcomer",
      consentWording: "v1",
      consentedAt: new Date(),
    });
    await services.db.insert(schema.trainerProfile).values({ userId: noa.userId, bioEn: "MY-BIO", isPublic: true });
    await services.db
      .insert(schema.trainerPhoto)
      .values({ userId: noa.userId, bytes: Buffer.from("photo"), type: "image/png" });
    await services.db.insert(schema.personCounty).values({ userId: noa.userId, countyFips: "41051" });
    const token = await createPersonalAccessToken(services.db, {
      userId: noa.userId,
      name: "mine",
      expiresAt: null,
      actor,
    });
    const cookie = await sessionCookie(services, noa.email, PASSWORD);
    // The person's own audit rows carry their address as who acted, and their network address.
    await services.db.insert(schema.auditEvent).values({
      actorId: noa.userId,
      actorLabel: noa.email,
      ip: "203.0.113.7",
      action: "profile.update",
      targetType: "user",
      targetId: noa.userId,
      summary: { email: noa.email, name: "Noa Newcomer", fields: ["name"] },
    });

    // The page says what goes and what stays before anything happens.
    const page = await fetch(`${http.url}/account/privacy/delete`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("What we keep, and why");
    expect(html).toContain("Keep them verifiable");

    // A wrong password changes nothing.
    await expect(
      requestAccountDeletion(
        services,
        { viewer: noa, password: "not my password at all", credentials: "keep", ip: "203.0.113.7" },
        actor,
      ),
    ).rejects.toMatchObject({ code: "invalid", details: { fields: [{ path: "password" }] } });
    expect(
      await services.db.select().from(schema.accountDeletion).where(eq(schema.accountDeletion.userId, noa.userId)),
    ).toEqual([]);

    const asked = await requestAccountDeletion(
      services,
      { viewer: noa, password: PASSWORD, credentials: "keep", ip: "203.0.113.7" },
      { userId: noa.userId, label: noa.email, ip: "203.0.113.7" },
    );
    // Signed out everywhere at once, before the job runs.
    expect(await services.db.select().from(schema.session).where(eq(schema.session.userId, noa.userId))).toEqual([]);
    expect((await fetch(`${http.url}/api/v1/me`, { headers: { authorization: `Bearer ${token.token}` } })).status).toBe(
      401,
    );
    expect(await pendingJob(asked.id)).toBeTruthy();
    await expect(
      requestAccountDeletion(services, { viewer: noa, password: PASSWORD, credentials: "keep", ip: "x" }, actor),
    ).rejects.toMatchObject({ code: "conflict" });

    // The admins' queue shows it pending, with dates only; there is nothing to post to it.
    const pending = await listDeletionRequests(services, { viewer: admin });
    const listed = pending.requests.find((row) => row.id === asked.id);
    expect(listed).toMatchObject({ status: "pending", completedAt: null });
    expect(Object.keys(listed!).sort()).toEqual(["completedAt", "id", "reference", "requestedAt", "status"]);
    const adminCookie = await sessionCookie(services, admin.email, PASSWORD);
    const stop = await fetch(`${http.url}/admin/privacy`, {
      method: "POST",
      headers: { cookie: adminCookie, "content-type": "application/x-www-form-urlencoded", origin: http.url },
      body: `id=${asked.id}&intent=cancel`,
    });
    expect(stop.status).toBe(405);
    await expect(listDeletionRequests(services, { viewer: noa })).rejects.toMatchObject({ code: "forbidden" });

    expect(await deleteAccount(services, asked.id)).toBe(true);
    // Done once: running the job again does nothing.
    expect(await deleteAccount(services, asked.id)).toBe(false);

    // The placeholder: no name, no address.
    const [placeholder] = await services.db.select().from(schema.user).where(eq(schema.user.id, noa.userId));
    expect(placeholder).toMatchObject({
      name: ERASED_NAME,
      email: erasedEmail(noa.userId),
      legalName: null,
      pronouns: null,
      image: null,
    });
    for (const table of [
      schema.account,
      schema.session,
      schema.personalAccessToken,
      schema.roleGrant,
      schema.outsideHours,
      schema.certification,
      schema.trainerProfile,
      schema.trainerPhoto,
      schema.personCounty,
      schema.testimonial,
      schema.circleMember,
      schema.journalKey,
      schema.journalEntry,
    ])
      expect(await services.db.select().from(table).where(eq(table.userId, noa.userId))).toEqual([]);
    // Crypto-shredding: the hub holds no key that opens the sealed entry any more.
    expect(await readJournalKey(services.db, services.config, noa.userId)).toBeNull();
    // The circle carries on: organizing passed to the member who stays.
    const [stays] = await services.db
      .select()
      .from(schema.circleMember)
      .where(eq(schema.circleMember.userId, waiting.userId));
    expect(stays?.organizer).toBe(true);
    // Consents are closed, not erased.
    const consents = await services.db
      .select()
      .from(schema.consentRecord)
      .where(eq(schema.consentRecord.userId, noa.userId));
    expect(consents.length).toBeGreaterThan(0);
    expect(consents.every((c) => c.withdrawnAt !== null)).toBe(true);

    // The seat went back through the ledger and the next in line has it on offer; never more than capacity.
    const regs = await services.db.select().from(schema.registration).where(eq(schema.registration.sessionId, full.id));
    const mine = regs.find((r) => r.userId === noa.userId)!;
    expect(mine).toMatchObject({ status: "cancelled", answers: {}, pronouns: null, accommodations: null });
    expect(regs.find((r) => r.userId === waiting.userId)?.status).toBe("offered");
    expect(regs.filter((r) => ["confirmed", "offered"].includes(r.status))).toHaveLength(1);

    // The completion record stays, under the placeholder; the credential stays verifiable under its printed name.
    const [kept] = await services.db
      .select()
      .from(schema.completion)
      .where(eq(schema.completion.registrationId, finished.registrationId));
    expect(kept?.completed).toBe(true);
    const verified = await readCredentialForVerification(services.db, {
      code: finished.credential.code,
      now: new Date(),
    });
    expect(verified).toMatchObject({ status: "valid", displayName: "Noa Newcomer" });

    // No kept record holds the person's address, names or network address.
    const traces = await queryRows<{ n: number }>(
      services.db,
      sql`select count(*)::int as n from audit_event where strpos(lower(coalesce(actor_label, '') || ' ' || summary::text), ${noa.email}) > 0
          or strpos(lower(summary::text), 'noa newcomer') > 0 or strpos(lower(summary::text), 'noa legal name') > 0
          or (actor_id = ${noa.userId} and ip is not null)`,
    );
    expect(traces[0]?.n).toBe(0);
    const trail = await services.db.select().from(schema.auditEvent).where(eq(schema.auditEvent.actorId, noa.userId));
    expect(trail.map((row) => row.action)).toEqual(
      expect.arrayContaining(["profile.update", "privacy.deletion_requested"]),
    );
    expect(trail.find((row) => row.action === "profile.update")?.summary).toEqual({ fields: ["name"] });
    // The audit log is still append-only for everyone else.
    await expect(services.database.exec("UPDATE audit_event SET actor_label = 'x'")).rejects.toThrow(/append-only/);

    // The one message left for the old address is the confirmation that it was done.
    const mail = await services.db
      .select()
      .from(schema.outboxMessage)
      .where(eq(schema.outboxMessage.toAddress, noa.email));
    expect(mail.map((m) => m.subject)).toEqual(["Your account has been deleted"]);
    expect(mail[0]!.text).toContain("stay verifiable");

    const done = await listDeletionRequests(services, { viewer: admin });
    expect(done.requests.find((row) => row.id === asked.id)).toMatchObject({ status: "completed" });
    const queuePage = await (await fetch(`${http.url}/admin/privacy`, { headers: { cookie: adminCookie } })).text();
    expect(queuePage).toContain("Completed");
    expect(queuePage).not.toContain(noa.email);

    // Signing in is over.
    await expect(sessionCookie(services, noa.email, PASSWORD)).rejects.toThrow();
  });

  it("revokes the credentials when asked, through the status list, from the API with the person's own token", async () => {
    const sam = await person("Sam Revoke");
    const finished = await completedWithCredential(sam);
    const token = await createPersonalAccessToken(services.db, {
      userId: sam.userId,
      name: "api",
      expiresAt: null,
      actor,
    });
    const api = (body: unknown) =>
      fetch(`${http.url}/api/v1/me/deletion`, {
        method: "POST",
        headers: { authorization: `Bearer ${token.token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const wrong = await api({ password: "wrong password here", credentials: "revoke" });
    expect(wrong.status).toBe(422);
    const noChoice = await api({ password: PASSWORD, credentials: "shred" });
    expect(noChoice.status).toBe(422);
    const accepted = await api({ password: PASSWORD, credentials: "revoke" });
    expect(accepted.status).toBe(201);
    const body = (await accepted.json()) as { id: string; status: string };
    expect(body.status).toBe("pending");
    expect((await api({ password: PASSWORD, credentials: "keep" })).status).toBe(401);

    expect(await deleteAccount(services, body.id)).toBe(true);
    const [credential] = await services.db
      .select()
      .from(schema.credential)
      .where(eq(schema.credential.id, finished.credential.id));
    expect(credential).toMatchObject({ status: "revoked", statusReason: DELETION_REVOCATION_REASON });
    const verified = await readCredentialForVerification(services.db, { code: credential!.code, now: new Date() });
    expect(verified?.status).toBe("revoked");
    const [mail] = await services.db
      .select()
      .from(schema.outboxMessage)
      .where(eq(schema.outboxMessage.toAddress, sam.email));
    expect(mail?.text).toContain("revoked");

    const openapi = (await (await fetch(`${http.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    expect(openapi.paths["/me/deletion"]?.post?.operationId).toBe("requestMyAccountDeletion");
  });

  it("refuses the hub's last admin, so someone can still run it", async () => {
    const [others] = await queryRows<{ n: number }>(
      services.db,
      sql`select count(*)::int as n from role_grant where role = 'admin' and user_id <> ${admin.userId}`,
    );
    expect(others?.n).toBe(0);
    await expect(
      requestAccountDeletion(
        services,
        { viewer: admin, password: PASSWORD, credentials: "keep", ip: "203.0.113.9" },
        actor,
      ),
    ).rejects.toMatchObject({ code: "conflict", key: "deletion.errors.lastAdmin" });
    expect(
      await services.db
        .select()
        .from(schema.accountDeletion)
        .where(and(eq(schema.accountDeletion.userId, admin.userId))),
    ).toEqual([]);
  });
});
