// The staff side of registration over HTTP on both engines: who sees a roster and its private answers, the CSV export,
// moving in line, applications, registering someone by phone, a partner's group, the scholarship and prerequisite queues.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { queryRows, schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { CourseQuestion } from "#core/catalog.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { createOrganization } from "#features/access/create-organization.ts";
import { rolesOf } from "#features/access/load-viewer.ts";
import { registerForSession } from "#features/registration/register-for-session.ts";
import { registerGroup } from "#features/registration/register-group.ts";
import { declareOutsideCompletion } from "#features/registration/outside-completions.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const actor = { userId: null, label: "test" };
const password = "roster test password 1";

const questions: CourseQuestion[] = [
  {
    id: "hope",
    kind: "text",
    labelEn: "What brings you here?",
    labelEs: "¿Qué te trae aquí?",
    required: false,
    sensitive: false,
  },
  {
    id: "lived",
    kind: "choice",
    labelEn: "Lived experience of the mental health system",
    labelEs: "Experiencia vivida con el sistema de salud mental",
    options: [
      { value: "yes", labelEn: "Yes, my own", labelEs: "Sí, propia" },
      { value: "no", labelEn: "Not my own", labelEs: "No propia" },
    ],
    required: false,
    sensitive: true,
  },
];

/** HTML text as the page shows it (React escapes quotes and apostrophes). */
function unescape(html: string): string {
  return html
    .replaceAll("&#x27;", "'")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">");
}

describe.each(enginesUnderTest())("roster pages on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  const cookies: Record<string, string> = {};
  const viewers: Record<string, Viewer> = {};
  let orgA: string;
  let orgB: string;
  let course: Awaited<ReturnType<typeof seedCourse>>;
  let session: Awaited<ReturnType<typeof seedSession>>;
  let laterSession: Awaited<ReturnType<typeof seedSession>>;
  let people: Viewer[];
  const ids: Record<string, string> = {};

  async function person(
    key: string,
    email: string,
    roles: Array<{ role: "admin" | "trainer" | "partner_admin" | "participant"; organizationId: string | null }>,
  ) {
    const created = await createAccount(services.db, { email, name: key, password, roles }, actor);
    viewers[key] = {
      userId: created.id,
      email,
      name: key,
      emailVerified: true,
      roles: await rolesOf(services.db, created.id),
    };
    cookies[key] = await sessionCookie(services, email, password);
  }

  const get = (path: string, who: string) =>
    fetch(`${http.url}${path}`, { headers: { cookie: cookies[who]! }, redirect: "manual" });
  const post = (path: string, who: string, fields: Record<string, string> | Array<[string, string]>) =>
    fetch(`${http.url}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: {
        cookie: cookies[who]!,
        "sec-fetch-site": "same-origin",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams(fields).toString(),
    });
  const statusOf = async (id: string) =>
    (
      await services.db
        .select({ status: schema.registration.status })
        .from(schema.registration)
        .where(eq(schema.registration.id, id))
    )[0]!.status;
  const rosterPath = () => `/admin/sessions/${session.id}/roster`;

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    http = await serveForTest(services);
    await person("Ada Admin", "ada@example.org", [{ role: "admin", organizationId: null }]);
    const admin = viewers["Ada Admin"]!;
    orgA = (await createOrganization(services.db, { viewer: admin, name: "Willamette Peers" }, actor)).id;
    orgB = (await createOrganization(services.db, { viewer: admin, name: "Coastal Peers" }, actor)).id;
    await person("Tess Trainer", "tess@example.org", [{ role: "trainer", organizationId: null }]);
    await person("Omar Other", "omar@example.org", [{ role: "trainer", organizationId: null }]);
    // A partner admin who also trains elsewhere: the roster page lets them in, and shows only their own staff.
    await person("Jordan Partner", "jordan@example.org", [
      { role: "partner_admin", organizationId: orgA },
      { role: "trainer", organizationId: null },
    ]);
    await person("Pat Partner", "pat@example.org", [{ role: "partner_admin", organizationId: orgB }]);

    course = await seedCourse(services.db, { questions });
    session = await seedSession(services.db, course.id, { overrides: { capacity: 2 } });
    laterSession = await seedSession(services.db, course.id, { startsInDays: 60, overrides: { capacity: 5 } });
    await services.db
      .insert(schema.sessionTrainer)
      .values({ sessionId: session.id, userId: viewers["Tess Trainer"]!.userId, role: "lead" });

    people = await seedPeople(services.db, 4, "participant");
    const register = (viewer: Viewer, extra: Record<string, unknown>) =>
      registerForSession(services, { viewer, sessionId: session.id, consent: true, ...extra }, actor);
    ids.first = (
      await register(people[0]!, {
        answers: { hope: '=HYPERLINK("http://evil.example","click")', lived: "yes" },
        accommodations: "Step-free entrance, please",
      })
    ).id;
    ids.second = (await register(people[1]!, { answers: { hope: "Learning together" } })).id;
    ids.third = (await register(people[2]!, { answers: {} })).id;
    ids.fourth = (
      await register(people[3]!, {
        answers: {},
        scholarship: { needStatement: "I lost my job in March and cannot pay right now." },
      })
    ).id;
    // Jordan registers staff linked to Willamette Peers with their consent (issue 14, item 1).
    for (const [key, email] of [
      ["Gale Staff", "gale@willamette.example.org"],
      ["Hana Staff", "hana@willamette.example.org"],
    ] as const) {
      const staff = await createAccount(services.db, { email, name: key, password }, actor);
      await services.db
        .insert(schema.staffLink)
        .values({ organizationId: orgA, email, userId: staff.id, status: "active" });
    }
    const group = await registerGroup(
      services,
      {
        viewer: viewers["Jordan Partner"]!,
        sessionId: session.id,
        organizationId: orgA,
        members: [
          { name: "Gale Staff", email: "gale@willamette.example.org" },
          { name: "Hana Staff", email: "hana@willamette.example.org" },
        ],
        answers: { lived: "no" },
        consent: true,
      },
      actor,
    );
    ids.groupFirst = group.registrationIds[0]!;
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  it("shows this session's trainer everyone, with private answers and accommodations, grouped by state", async () => {
    const response = await get(rosterPath(), "Tess Trainer");
    expect(response.status).toBe(200);
    const html = unescape(await response.text());
    for (const name of ["participant 1", "participant 2", "participant 3", "Gale Staff", "Hana Staff"])
      expect(html).toContain(name);
    expect(html).toContain("Lived experience of the mental health system");
    expect(html).toContain("Yes, my own");
    expect(html).toContain("Step-free entrance, please");
    expect(html).toContain('id="waitlist"');
    expect(html).toContain("Group of 2");
    // Trainers read the roster and mark no-shows; moving and cancelling are for admins.
    expect(html).not.toContain('value="move"');
    // A need statement is for admins only, never a trainer.
    expect(html).not.toContain("I lost my job in March");
  });

  it("refuses the trainer of another session, and a partner admin who is not a trainer at all", async () => {
    expect((await get(rosterPath(), "Omar Other")).status).toBe(403);
    expect((await get(`${rosterPath()}.csv`, "Omar Other")).status).toBe(403);
    expect((await get(rosterPath(), "Pat Partner")).status).toBe(403);
    expect((await get(`/admin/sessions/00000000-0000-4000-8000-000000000000/roster`, "Ada Admin")).status).toBe(404);
  });

  it("shows a partner admin only their organization's staff, without private answers", async () => {
    const html = unescape(await (await get(rosterPath(), "Jordan Partner")).text());
    expect(html).toContain("Gale Staff");
    expect(html).toContain("Hana Staff");
    expect(html).not.toContain("participant 1");
    // Neither the private answers nor the private questions reach the page.
    expect(html).not.toContain("Not my own");
    expect(html).not.toContain("Lived experience");
    expect(html).not.toContain("Step-free entrance");
  });

  it("exports a CSV with a header, one row per registration, no formulas, and private columns only for those allowed", async () => {
    const response = await get(`${rosterPath()}.csv`, "Tess Trainer");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="roster-/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Name,Email,Pronouns,Status,Place in line,Organization,Group,Price tier,Amount,Currency,Registered at (UTC),Accommodations,What brings you here?,Lived experience of the mental health system",
    );
    expect(lines).toHaveLength(1 + 6);
    const first = lines.find((line) => line.startsWith("participant 1,"))!;
    // The typed formula is written as text: a quote in front, and the cell quoted because it holds quotes and commas.
    expect(first).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(first).toContain("Step-free entrance, please");
    expect(first).toContain("Yes, my own");
    expect(first).toMatch(/,Confirmed,,/);
    expect(lines.find((line) => line.startsWith("participant 3,"))).toMatch(/,In line,1,/);
    expect(lines.find((line) => line.startsWith("Gale Staff,"))).toMatch(/,In line,3,Willamette Peers,/);

    const partner = new TextDecoder().decode(
      new Uint8Array(await (await get(`${rosterPath()}.csv`, "Jordan Partner")).arrayBuffer()).slice(3),
    );
    const partnerLines = partner.trimEnd().split("\r\n");
    expect(partnerLines[0]).toBe(
      "Name,Email,Pronouns,Status,Place in line,Organization,Group,Price tier,Amount,Currency,Registered at (UTC),What brings you here?",
    );
    expect(
      partnerLines
        .slice(1)
        .map((line) => line.split(",")[0])
        .sort(),
    ).toEqual(["Gale Staff", "Hana Staff"]);
  });

  it("moves a waiting entry only with a written reason, which the audit log keeps", async () => {
    const missing = await post(rosterPath(), "Ada Admin", {
      intent: "move",
      registrationId: ids.fourth!,
      position: "1",
      reason: " ",
    });
    expect(missing.status).toBe(400);
    expect(unescape(await missing.text())).toContain("Write the reason; it is kept in the audit log.");
    const [before] = await services.db
      .select({ queueAt: schema.registration.queueAt })
      .from(schema.registration)
      .where(eq(schema.registration.id, ids.fourth!));

    const moved = await post(rosterPath(), "Ada Admin", {
      intent: "move",
      registrationId: ids.fourth!,
      position: "1",
      reason: "First in line for the cancelled March session",
    });
    expect(moved.status).toBe(302);
    expect(moved.headers.get("location")).toBe(`${rosterPath()}?done=moved&place=1#waitlist`);
    const [after] = await services.db
      .select({ queueAt: schema.registration.queueAt })
      .from(schema.registration)
      .where(eq(schema.registration.id, ids.fourth!));
    expect(after!.queueAt.getTime()).toBeLessThan(before!.queueAt.getTime());
    const [audit] = await services.db
      .select()
      .from(schema.auditEvent)
      .where(and(eq(schema.auditEvent.action, "registration.move"), eq(schema.auditEvent.targetId, ids.fourth!)));
    expect(audit!.summary).toMatchObject({ from: 2, to: 1, reason: "First in line for the cancelled March session" });
    const page = unescape(await (await get(`${rosterPath()}?done=moved&place=1`, "Ada Admin")).text());
    expect(page).toContain("Moved to place 1.");
    // A trainer may not move people in line.
    expect(
      (
        await post(rosterPath(), "Tess Trainer", {
          intent: "move",
          registrationId: ids.third!,
          position: "1",
          reason: "Because",
        })
      ).status,
    ).toBe(403);
  });

  it("registers someone by phone: a new person gets an account, the same rules apply, and nothing is half-written", async () => {
    const base = {
      intent: "register",
      "answers.hope": "Called on Tuesday",
      "answers.lived": "no",
      accommodations: "Large print",
    };
    // Unknown email without a name: refused, with what was typed kept, and no account created.
    const noName = await post(rosterPath(), "Ada Admin", { ...base, email: "Rosa.Caller@example.org", consent: "on" });
    expect(noName.status).toBe(400);
    const noNameHtml = unescape(await noName.text());
    expect(noNameHtml).toContain("No account uses this email yet. Enter their name so we can create one.");
    expect(noNameHtml).toContain("Called on Tuesday");
    // No consent: refused too, and still no account.
    const noConsent = await post(rosterPath(), "Ada Admin", {
      ...base,
      email: "rosa.caller@example.org",
      name: "Rosa Caller",
    });
    expect(noConsent.status).toBe(400);
    expect(
      await services.db.select().from(schema.user).where(eq(schema.user.email, "rosa.caller@example.org")),
    ).toEqual([]);

    const done = await post(rosterPath(), "Ada Admin", {
      ...base,
      email: "Rosa.Caller@example.org",
      name: "Rosa Caller",
      consent: "on",
    });
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toMatch(/done=registered&status=waitlisted&place=\d+&created=1#waitlist$/);
    const [rosa] = await services.db.select().from(schema.user).where(eq(schema.user.email, "rosa.caller@example.org"));
    const [registration] = await services.db
      .select()
      .from(schema.registration)
      .where(eq(schema.registration.userId, rosa!.id));
    expect(registration).toMatchObject({
      status: "waitlisted",
      registeredBy: viewers["Ada Admin"]!.userId,
      accommodations: "Large print",
      answers: { hope: "Called on Tuesday", lived: "no" },
    });
    // The same messages as self-registration: a "waitlisted" notice is queued for her.
    const notices = await queryRows<{ notice: string }>(
      services.db,
      sql`SELECT payload->>'notice' AS notice FROM job WHERE name = 'registration-notice' AND payload->>'registrationId' = ${registration!.id}`,
    );
    expect(notices.map((row) => row.notice)).toEqual(["waitlisted"]);
    // A second time is the usual refusal.
    const again = await post(rosterPath(), "Ada Admin", { ...base, email: "rosa.caller@example.org", consent: "on" });
    expect(again.status).toBe(409);
    expect(unescape(await again.text())).toContain("This person already has a place (or a request) for this session.");
    // The look-up finds her by email.
    expect(
      unescape(await (await get(`${rosterPath()}?person=rosa.caller%40example.org`, "Ada Admin")).text()),
    ).toContain("Rosa Caller (rosa.caller@example.org) has an account.");
    // Trainers do not register people.
    expect(
      (await post(rosterPath(), "Tess Trainer", { ...base, email: "x@example.org", name: "X", consent: "on" })).status,
    ).toBe(403);
  });

  it("approves and declines applications from the queue, oldest first, with a message", async () => {
    const applyCourse = await seedCourse(services.db, { requiresApproval: true, questions });
    const applySession = await seedSession(services.db, applyCourse.id, { overrides: { capacity: 1 } });
    const [early, late] = await seedPeople(services.db, 2, "applicant");
    const first = await registerForSession(
      services,
      { viewer: early!, sessionId: applySession.id, answers: { hope: "Bring it home to my team" }, consent: true },
      actor,
    );
    const second = await registerForSession(
      services,
      { viewer: late!, sessionId: applySession.id, answers: {}, consent: true },
      actor,
    );
    expect(first.status).toBe("pending_approval");

    const html = unescape(await (await get("/admin/applications", "Ada Admin")).text());
    expect(html.indexOf("applicant 1")).toBeGreaterThan(0);
    expect(html.indexOf("applicant 1")).toBeLessThan(html.indexOf("applicant 2"));
    expect(html).toContain("Bring it home to my team");
    expect((await get("/admin/applications", "Tess Trainer")).status).toBe(403);

    const approved = await post("/admin/applications", "Ada Admin", {
      intent: "approve",
      registrationId: first.id,
      message: "Welcome!",
    });
    expect(approved.headers.get("location")).toBe("/admin/applications?done=approved&status=confirmed");
    expect(await statusOf(first.id)).toBe("confirmed");
    const denied = await post("/admin/applications", "Ada Admin", {
      intent: "deny",
      registrationId: second.id,
      message: "The next one fits you better.",
    });
    expect(denied.headers.get("location")).toBe("/admin/applications?done=denied");
    const [row] = await services.db.select().from(schema.registration).where(eq(schema.registration.id, second.id));
    expect(row).toMatchObject({ status: "denied", decisionNote: "The next one fits you better." });
    // Deciding twice is refused calmly.
    const twice = await post("/admin/applications", "Ada Admin", { intent: "deny", registrationId: second.id });
    expect(twice.status).toBe(409);
    expect(unescape(await (await get("/admin/applications", "Ada Admin")).text())).toContain(
      "No applications are waiting.",
    );
  });

  it("registers a partner's staff as one group entry, and lists only that organization's registrations", async () => {
    const form = await get(`/partner/register?session=${laterSession.id}`, "Pat Partner");
    expect(form.status).toBe(200);
    expect(unescape(await form.text())).toContain("Add another row");
    // "Add another row" keeps what was typed and adds a row, without registering anyone.
    const more = await post(`/partner/register?session=${laterSession.id}`, "Pat Partner", {
      intent: "add-row",
      sessionId: laterSession.id,
      organizationId: orgB,
      rows: "3",
      "members.0.name": "Kai Coast",
    });
    expect(more.status).toBe(200);
    const moreHtml = await more.text();
    expect(moreHtml).toContain('name="members.3.email"');
    expect(moreHtml).toContain('value="Kai Coast"');

    const fields: Array<[string, string]> = [
      ["sessionId", laterSession.id],
      ["organizationId", orgB],
      ["rows", "4"],
      ["members.0.name", "Kai Coast"],
      ["members.0.email", "kai@coastal.example.org"],
      ["members.1.name", ""],
      ["members.1.email", ""],
      ["members.2.name", "Lee Coast"],
      ["members.2.email", "not-an-email"],
      ["consent", "on"],
    ];
    // A bad row is reported on the row as the form shows it (the third), not as the rules counted it (the second).
    const bad = await post(`/partner/register?session=${laterSession.id}`, "Pat Partner", fields);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/id="field-members\.2\.email-error"/);
    fields[8] = ["members.2.email", "lee@coastal.example.org"];
    // Staff not linked to the organization are refused on their row, the same whether or not they have an account.
    const unlinked = await post("/partner/register", "Pat Partner", fields);
    expect(unlinked.status).toBe(400);
    expect(unescape(await unlinked.text())).toContain("only staff linked to your organization");
    for (const [key, email] of [
      ["Kai Coast", "kai@coastal.example.org"],
      ["Lee Coast", "lee@coastal.example.org"],
    ] as const) {
      const staff = await createAccount(services.db, { email, name: key, password }, actor);
      await services.db
        .insert(schema.staffLink)
        .values({ organizationId: orgB, email, userId: staff.id, status: "active" });
    }
    const done = await post("/partner/register", "Pat Partner", fields);
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toBe("/partner/registrations?group=confirmed&seats=2");
    const rows = await services.db
      .select()
      .from(schema.registration)
      .where(and(eq(schema.registration.sessionId, laterSession.id), eq(schema.registration.organizationId, orgB)));
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((row) => row.groupId)).size).toBe(1);

    const list = unescape(await (await get("/partner/registrations?group=confirmed&seats=2", "Pat Partner")).text());
    expect(list).toContain("Kai Coast");
    expect(list).toContain("Lee Coast");
    expect(list).toContain("all 2 seats are confirmed");
    expect(list).not.toContain("Gale Staff");
    const other = unescape(await (await get("/partner/registrations", "Jordan Partner")).text());
    expect(other).toContain("Gale Staff");
    expect(other).toContain("Number 3 in line");
    expect(other).not.toContain("Kai Coast");
    // Another organization's staff cannot be registered by naming it.
    const foreign = await post("/partner/register", "Pat Partner", [
      ...fields.slice(0, 1),
      ["organizationId", orgA],
      ...fields.slice(2),
    ]);
    expect(foreign.status).toBe(403);
  });

  it("keeps need statements for admins: the scholarships queue shows them and decides in dollars", async () => {
    const [request] = await services.db
      .select()
      .from(schema.scholarshipRequest)
      .where(eq(schema.scholarshipRequest.registrationId, ids.fourth!));
    expect((await get("/admin/scholarships", "Tess Trainer")).status).toBe(403);
    const html = unescape(await (await get("/admin/scholarships", "Ada Admin")).text());
    expect(html).toContain("I lost my job in March and cannot pay right now.");
    expect(unescape(await (await get(rosterPath(), "Tess Trainer")).text())).not.toContain("I lost my job");

    // The session is free here, so the award is checked against the price: nothing can be more than it.
    await services.db
      .update(schema.registration)
      .set({ priceTier: "standard", amountCents: 15_000 })
      .where(eq(schema.registration.id, ids.fourth!));
    const noChoice = await post("/admin/scholarships", "Ada Admin", { scholarshipId: request!.id, award: "20" });
    expect(noChoice.status).toBe(400);
    expect(unescape(await noChoice.text())).toContain("Choose a decision: in full, in part, or decline.");
    const notMoney = await post("/admin/scholarships", "Ada Admin", {
      scholarshipId: request!.id,
      decision: "awarded_partial",
      award: "lots",
    });
    expect(notMoney.status).toBe(400);
    const tooMuch = await post("/admin/scholarships", "Ada Admin", {
      scholarshipId: request!.id,
      decision: "awarded_partial",
      award: "200",
    });
    expect(unescape(await tooMuch.text())).toContain("The award cannot be more than the price.");
    const saved = await post("/admin/scholarships", "Ada Admin", {
      scholarshipId: request!.id,
      decision: "awarded_partial",
      award: "$75.50",
      message: "We can cover half.",
    });
    expect(saved.headers.get("location")).toBe("/admin/scholarships?saved=1");
    const [decided] = await services.db
      .select()
      .from(schema.scholarshipRequest)
      .where(eq(schema.scholarshipRequest.id, request!.id));
    expect(decided).toMatchObject({ status: "awarded_partial", awardCents: 7550, message: "We can cover half." });
    const after = unescape(await (await get("/admin/scholarships?saved=1", "Ada Admin")).text());
    expect(after).toContain("No scholarship requests are waiting.");
    expect(after).toContain("by Ada Admin");
  });

  it("decides prerequisites done elsewhere", async () => {
    const [declarer] = await seedPeople(services.db, 1, "declarer");
    const { id } = await declareOutsideCompletion(
      services,
      {
        viewer: declarer!,
        courseId: course.id,
        provider: "Peer Center of Lane County",
        completedOn: "2024-05-10",
        evidence: "Certificate 12-345",
      },
      actor,
    );
    const html = unescape(await (await get("/admin/prerequisites", "Ada Admin")).text());
    expect(html).toContain("Peer Center of Lane County");
    expect(html).toContain("Certificate 12-345");
    const approved = await post("/admin/prerequisites", "Ada Admin", { intent: "approve", id });
    expect(approved.headers.get("location")).toBe("/admin/prerequisites?done=approved");
    const [row] = await services.db.select().from(schema.outsideCompletion).where(eq(schema.outsideCompletion.id, id));
    expect(row!.status).toBe("approved");
  });

  it("cancels with a confirm step and a reason, transfers, and marks no-shows once the session has begun", async () => {
    const page = unescape(await (await get(rosterPath(), "Ada Admin")).text());
    expect(page).toContain("Yes, cancel the registration");
    const transfer = await post(rosterPath(), "Ada Admin", {
      intent: "transfer",
      registrationId: ids.second!,
      toSessionId: laterSession.id,
      reason: "Asked to go later",
    });
    expect(transfer.status).toBe(302);
    expect(transfer.headers.get("location")).toBe(`${rosterPath()}?done=transferred&status=confirmed#roster`);
    expect(await statusOf(ids.second!)).toBe("transferred");
    // The freed seat went to the first in line (moved there above), as an offer.
    expect(await statusOf(ids.fourth!)).toBe("offered");

    const cancel = await post(rosterPath(), "Ada Admin", {
      intent: "cancel",
      registrationId: ids.fourth!,
      reason: "Asked by phone",
    });
    expect(cancel.headers.get("location")).toBe(`${rosterPath()}?done=cancelled#roster`);
    expect(await statusOf(ids.fourth!)).toBe("cancelled");

    // Before the start no one can be a no-show; after it, this session's trainer marks and undoes it.
    const early = await post(rosterPath(), "Tess Trainer", { intent: "no-show", registrationId: ids.first! });
    expect(early.status).toBe(409);
    await services.db
      .update(schema.trainingSession)
      .set({ startsAt: new Date(Date.now() - 3_600_000) })
      .where(eq(schema.trainingSession.id, session.id));
    expect((await post(rosterPath(), "Tess Trainer", { intent: "no-show", registrationId: ids.first! })).status).toBe(
      302,
    );
    expect(await statusOf(ids.first!)).toBe("no_show");
    expect((await post(rosterPath(), "Tess Trainer", { intent: "attended", registrationId: ids.first! })).status).toBe(
      302,
    );
    expect(await statusOf(ids.first!)).toBe("confirmed");
    expect((await post(rosterPath(), "Omar Other", { intent: "no-show", registrationId: ids.first! })).status).toBe(
      403,
    );
  });
});
