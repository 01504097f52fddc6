// The private journal on both engines: sealed at rest, the owner's alone (pages, API, admin), crypto-shredded on
// delete, undo, check-ins that carry no content, export that keeps tags and intentions, and the prompt library.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { writeEntry } from "#features/journal/write-entry.ts";
import { removeEntry, restoreEntry, eraseRemovedEntries } from "#features/journal/remove-entry.ts";
import { listMyEntries, listMyIntentions, myJournalOverTime, readMyEntry } from "#features/journal/read-journal.ts";
import { addStep, setIntention, setStepState } from "#features/journal/manage-intentions.ts";
import { deleteJournal } from "#features/journal/delete-journal.ts";
import { exportJournal } from "#features/journal/export-journal.ts";
import { readJournalKey } from "#features/journal/journal-keys.ts";
import { openEntry } from "#features/journal/journal-content.ts";
import { sendCheckIns } from "#features/journal/tend-journals.ts";
import { listPrompts } from "#features/prompts/list-prompts.ts";
import { savePrompt } from "#features/prompts/manage-prompts.ts";
import { ensureSeedPrompts } from "#features/prompts/seed-prompts.ts";
import { seedDemoJournal } from "#features/demo/seed-journal.ts";
import { ipsPrinciples, ipsTasks } from "#core/journal.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";

const PASSWORD = "correct horse battery staple";
const actor = { userId: null, label: "test" };
const SECRET_WORDS = "I noticed I wanted to rescue Jo instead of asking";

describe.each(enginesUnderTest())("private journal on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let sam: Viewer;
  let admin: Viewer;
  const now = new Date("2027-03-10T18:00:00Z");

  const account = async (email: string, role: "admin" | "participant"): Promise<Viewer> => {
    const person = await createAccount(
      services.db,
      { email, name: email.split("@")[0]!, password: PASSWORD, roles: [{ role, organizationId: null }] },
      actor,
    );
    return { userId: person.id, email, name: email, emailVerified: true, roles: [{ role, organizationId: null }] };
  };
  const token = async (viewer: Viewer) =>
    (await createPersonalAccessToken(services.db, { userId: viewer.userId, name: "t", expiresAt: null, actor })).token;

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    services.now = () => now;
    await ensureSeedPrompts(services.db);
    http = await serveForTest(services);
    sam = await account("sam@example.org", "participant");
    admin = await account("ana@example.org", "admin");
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  it("seeds prompts for every principle and task in both languages, filtered by tag", async () => {
    for (const principle of ipsPrinciples)
      expect((await listPrompts(services.db, { principle, locale: "es" })).length).toBeGreaterThan(0);
    for (const task of ipsTasks)
      expect((await listPrompts(services.db, { task, locale: "en" })).length).toBeGreaterThan(0);
    const spanish = await listPrompts(services.db, { task: "mutuality", locale: "es" });
    expect(spanish.every((prompt) => prompt.text === prompt.textEs && prompt.task === "mutuality")).toBe(true);
    await ensureSeedPrompts(services.db);
    expect((await listPrompts(services.db, { locale: "en" })).length).toBe(10);
    await expect(
      savePrompt(services, { viewer: sam, textEn: "x", textEs: "x", principle: "hope", task: null }, actor),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      savePrompt(services, { viewer: admin, textEn: "x", textEs: "x", principle: "", task: "" }, actor),
    ).rejects.toMatchObject({ code: "invalid" });
  });

  it("seals everything a person writes; the row holds ciphertext only, and only its owner reads it", async () => {
    const [prompt] = await listPrompts(services.db, { task: "mutuality", locale: "en" });
    const { id } = await writeEntry(services, {
      viewer: sam,
      text: SECRET_WORDS,
      writtenOn: "2027-03-09",
      promptId: prompt!.id,
      principles: ["relationship"],
      tasks: ["mutuality"],
      tags: ["rescuing", "Jo"],
    });
    const [row] = await services.db.select().from(schema.journalEntry).where(eq(schema.journalEntry.id, id));
    expect(row!.sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    const dump = JSON.stringify(
      await services.db.execute(
        sql`select * from journal_entry, journal_key where journal_key.user_id = journal_entry.user_id`,
      ),
    );
    for (const clear of ["rescue", "rescuing", "mutuality", "relationship", prompt!.id])
      expect(dump).not.toContain(clear);

    expect(await readMyEntry(services, sam, id)).toMatchObject({ text: SECRET_WORDS, tags: ["rescuing", "Jo"] });
    await expect(readMyEntry(services, admin, id)).rejects.toMatchObject({ code: "not_found" });
    expect(await listMyEntries(services, admin)).toEqual([]);

    // The sealed text is bound to its row and person: copied onto another row it does not open.
    const key = await readJournalKey(services.db, services.config, sam.userId);
    expect(() => openEntry(key!, "another-id", row!.sealed)).toThrow();
    // Another secret opens nothing.
    await expect(readJournalKey(services.db, { sessionSecret: "x".repeat(40) }, sam.userId)).rejects.toThrow();
  });

  it("an admin's session and an admin's API token reach no one else's entry by any route", async () => {
    const [entry] = await listMyEntries(services, sam);
    const adminCookie = await sessionCookie(services, admin.email, PASSWORD);
    const adminToken = await token(admin);
    for (const path of [
      "/my/journal",
      `/my/journal/entries/${entry!.id}`,
      "/my/journal/intentions",
      "/my/journal/over-time",
      "/my/journal/journal.md",
      "/my/journal/journal.json",
      "/admin",
      "/admin/audit",
      "/admin/outbox",
      `/admin/people/${sam.userId}`,
    ]) {
      const response = await fetch(`${http.url}${path}`, { headers: { cookie: adminCookie } });
      const text = await response.text();
      // The admin's own (empty) journal pages answer; another's entry is not found.
      expect(response.status, path).toBe(path.startsWith("/my/journal/entries/") ? 404 : 200);
      expect(text, path).not.toContain("rescue");
      expect(text, path).not.toContain("rescuing");
    }
    expect(
      (await fetch(`${http.url}/my/journal/entries/${entry!.id}`, { headers: { cookie: adminCookie } })).status,
    ).toBe(404);
    const api = (path: string) =>
      fetch(`${http.url}${API_BASE_PATH}${path}`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect((await api(`/me/journal/entries/${entry!.id}`)).status).toBe(404);
    for (const path of ["/me/journal/entries", "/me/journal/intentions", "/me/journal/export", `/users/${sam.userId}`])
      expect(await (await api(path)).text(), path).not.toContain("rescue");

    // The owner's own token reads it.
    const samToken = await token(sam);
    const own = await fetch(`${http.url}${API_BASE_PATH}/me/journal/entries/${entry!.id}`, {
      headers: { authorization: `Bearer ${samToken}` },
    });
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ text: SECRET_WORDS, tasks: ["mutuality"] });
    // Writing through the API answers 201; a bad field 422 or 400 with the field named.
    const created = await fetch(`${http.url}${API_BASE_PATH}/me/journal/entries`, {
      method: "POST",
      headers: { authorization: `Bearer ${samToken}`, "content-type": "application/json" },
      body: JSON.stringify({ text: "From the API", writtenOn: "2027-02-01", tasks: ["connection"] }),
    });
    expect(created.status).toBe(201);
    const refused = await fetch(`${http.url}${API_BASE_PATH}/me/journal/entries`, {
      method: "POST",
      headers: { authorization: `Bearer ${samToken}`, "content-type": "application/json" },
      body: JSON.stringify({ text: "", writtenOn: "yesterday" }),
    });
    expect([400, 422]).toContain(refused.status);
  });

  it("removes with undo, then erases for good", async () => {
    const { id } = await writeEntry(services, { viewer: sam, text: "to remove", writtenOn: "2027-03-10" });
    await removeEntry(services, { viewer: sam, id });
    expect((await listMyEntries(services, sam)).some((entry) => entry.id === id)).toBe(false);
    await restoreEntry(services, { viewer: sam, id });
    expect((await listMyEntries(services, sam)).some((entry) => entry.id === id)).toBe(true);
    await removeEntry(services, { viewer: sam, id });
    const later = new Date(now.getTime() + 11 * 60_000);
    await expect(restoreEntry({ ...services, now: () => later }, { viewer: sam, id })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await eraseRemovedEntries(services.db, later)).toBe(1);
    expect(await services.db.select().from(schema.journalEntry).where(eq(schema.journalEntry.id, id))).toEqual([]);
  });

  it("keeps intentions and steps sealed; check-in notes say nothing of what was written", async () => {
    const { id } = await setIntention(services, {
      viewer: sam,
      towards: "Saying what I need in team meetings",
      steps: ["Name one need on Tuesday"],
      tasks: ["mutuality"],
      checkIn: "weekly",
    });
    await addStep(services, { viewer: sam, id, text: "Ask Jo what they need" });
    const [intention] = await listMyIntentions(services, sam);
    await setStepState(services, { viewer: sam, id, stepId: intention!.steps[0]!.id, state: "done" });
    await setStepState(services, { viewer: sam, id, stepId: intention!.steps[1]!.id, state: "let_go" });
    await expect(listMyIntentions(services, admin)).resolves.toEqual([]);
    const [row] = await services.db.select().from(schema.journalIntention).where(eq(schema.journalIntention.id, id));
    expect(row!.sealed).not.toContain("Tuesday");
    expect(row!.checkInDays).toBe(7);

    const week = new Date(now.getTime() + 7 * 24 * 60 * 60_000 + 1000);
    expect(await sendCheckIns({ ...services, now: () => week })).toBe(1);
    expect(await sendCheckIns({ ...services, now: () => week })).toBe(0);
    const mails = await services.db
      .select()
      .from(schema.outboxMessage)
      .where(eq(schema.outboxMessage.toAddress, sam.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).not.toMatch(/Tuesday|team meetings|streak|missed/i);
  });

  it("counts tags by month, not grades", async () => {
    const view = await myJournalOverTime(services, sam, "2027-03-10", 3);
    expect(view.months).toEqual(["2027-01", "2027-02", "2027-03"]);
    expect(view.entriesPerMonth).toEqual([0, 1, 1]);
    expect(view.rows.find((row) => row.tag === "mutuality")!.counts).toEqual([0, 0, 2]);
  });

  it("exports tags, prompts and intentions, and the JSON holds what was written", async () => {
    const exported = await exportJournal(services, sam);
    const copy = JSON.parse(JSON.stringify(exported)) as typeof exported;
    const entry = copy.entries.find((e) => e.text === SECRET_WORDS)!;
    expect(entry).toMatchObject({ principles: ["relationship"], tasks: ["mutuality"], tags: ["rescuing", "Jo"] });
    expect(entry.prompt?.es).toBeTruthy();
    expect(copy.intentions[0]).toMatchObject({
      towards: "Saying what I need in team meetings",
      tasks: ["mutuality"],
      checkIn: "weekly",
      steps: [
        { text: "Name one need on Tuesday", state: "done" },
        { text: "Ask Jo what they need", state: "let_go" },
      ],
    });
    const cookie = await sessionCookie(services, sam.email, PASSWORD);
    const markdown = await (await fetch(`${http.url}/my/journal/journal.md`, { headers: { cookie } })).text();
    expect(markdown).toContain(SECRET_WORDS);
    expect(markdown).toContain("#rescuing");
    expect(markdown).toContain("Mutuality");
    expect(markdown).toContain("- [x] Name one need on Tuesday");
    const json = await (await fetch(`${http.url}/my/journal/journal.json`, { headers: { cookie } })).json();
    expect(json.entries.map((e: { tags: string[] }) => e.tags)).toContainEqual(["rescuing", "Jo"]);
    expect(json.intentions).toHaveLength(1);
  });

  it("deleting the journal destroys the key: kept copies of the rows cannot be opened, even with the server secret", async () => {
    const backup = await services.db
      .select()
      .from(schema.journalEntry)
      .where(eq(schema.journalEntry.userId, sam.userId));
    expect(backup.length).toBeGreaterThan(0);
    await deleteJournal(services, { viewer: sam }, actor);
    expect(await readJournalKey(services.db, services.config, sam.userId)).toBeNull();
    expect(
      await services.db.select().from(schema.journalEntry).where(eq(schema.journalEntry.userId, sam.userId)),
    ).toEqual([]);
    expect(
      await services.db.select().from(schema.journalIntention).where(eq(schema.journalIntention.userId, sam.userId)),
    ).toEqual([]);
    // A new journal gets a new key, which opens none of the old rows.
    await writeEntry(services, { viewer: sam, text: "a fresh start", writtenOn: "2027-03-10" });
    const fresh = await readJournalKey(services.db, services.config, sam.userId);
    for (const row of backup) expect(() => openEntry(fresh!, row.id, row.sealed)).toThrow();
    const [audit] = await services.db
      .select()
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, "journal.delete"));
    expect(JSON.stringify(audit)).not.toContain("rescue");
    // Deleting the account removes the key too (crypto-shredding by cascade).
    await services.db.delete(schema.user).where(eq(schema.user.id, sam.userId));
    expect(await services.db.select().from(schema.journalKey).where(eq(schema.journalKey.userId, sam.userId))).toEqual(
      [],
    );
  });

  it("the demo participant keeps entries over a few months and an intention with steps", async () => {
    const again = await account("sam@example.org", "participant");
    await seedDemoJournal(services.db, { now, sessionSecret: services.config.sessionSecret });
    const entries = await listMyEntries(services, again);
    expect(entries).toHaveLength(5);
    expect(new Set(entries.map((entry) => entry.writtenOn.slice(0, 7))).size).toBeGreaterThanOrEqual(4);
    const [intention] = await listMyIntentions(services, again);
    expect(intention!.steps.map((step) => step.state)).toEqual(["open", "open", "done"]);
    const view = await myJournalOverTime(services, again, "2027-03-10", 6);
    expect(view.entriesPerMonth.reduce((a, b) => a + b, 0)).toBe(5);
  });
});
