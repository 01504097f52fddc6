// The participant's registration pages over HTTP on both engines, without JavaScript: the form built from the course's
// questions, refusals beside their fields with what was typed kept, a seat / a place in line / an application, and
// "My trainings" with its actions (cancel, leave, withdraw, accept, decline, move, calendar feed) and prerequisites done elsewhere.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { CourseQuestion } from "#core/catalog.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { seedCourse, seedSession } from "../support/catalog.ts";

const PASSWORD = "a long enough password";

const questions: CourseQuestion[] = [
  {
    id: "why",
    kind: "text",
    labelEn: "What brings you to IPS?",
    labelEs: "¿Qué te trae a IPS?",
    required: true,
    sensitive: false,
  },
  {
    id: "role",
    kind: "choice",
    labelEn: "Your role",
    labelEs: "Tu rol",
    options: [
      { value: "peer", labelEn: "Peer supporter", labelEs: "Persona de apoyo entre pares" },
      { value: "other", labelEn: "Something else", labelEs: "Otra cosa" },
    ],
    required: true,
    sensitive: false,
  },
  {
    id: "lived",
    kind: "checkbox",
    labelEn: "Experiences you want your trainers to know about",
    labelEs: "Experiencias que quieres que sepan",
    options: [
      { value: "mh", labelEn: "Mental health services", labelEs: "Servicios de salud mental" },
      { value: "su", labelEn: "Substance use", labelEs: "Uso de sustancias" },
    ],
    required: false,
    sensitive: true,
  },
];

/** The page's text with React's escapes undone, so assertions read like the page. */
function text(html: string): string {
  return html
    .replaceAll("&#x27;", "'")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">");
}

/** The text of the element with this id (its first child text), e.g. a field's error line. */
function elementText(html: string, id: string): string | null {
  const match = new RegExp(`id="${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>([^<]*)<`).exec(html);
  return match ? text(match[1]!) : null;
}

/** The values of the ticked radio buttons or checkboxes of one name, as the page was served. */
function checkedValues(html: string, name: string): string[] {
  return [...html.matchAll(/<input [^>]*>/g)]
    .map((match) => match[0])
    .filter((input) => input.includes(`name="${name}"`) && / checked=""/.test(input))
    .map((input) => /value="([^"]*)"/.exec(input)?.[1] ?? "");
}

describe.each(enginesUnderTest())("registration pages on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let counter = 0;

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    http = await serveForTest(services);
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  async function person(options: { pronouns?: string; locale?: "en" | "es"; timeZone?: string } = {}) {
    counter += 1;
    const email = `participant-${counter}@example.org`;
    const created = await createAccount(
      services.db,
      { email, name: `Participant ${counter}`, password: PASSWORD, ...options },
      { userId: null, label: "test" },
    );
    return { id: created.id, cookie: await sessionCookie(services, email, PASSWORD) };
  }

  const get = async (path: string, cookie: string) => {
    const response = await fetch(`${http.url}${path}`, { headers: { cookie }, redirect: "manual" });
    return { status: response.status, location: response.headers.get("location"), html: await response.text() };
  };
  const post = async (path: string, cookie: string, fields: Array<[string, string]>) => {
    const response = await fetch(`${http.url}${path}`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
      redirect: "manual",
    });
    return { status: response.status, location: response.headers.get("location"), html: await response.text() };
  };

  const registrationsOf = (userId: string) =>
    services.db.select().from(schema.registration).where(eq(schema.registration.userId, userId));
  const statusOf = async (id: string) =>
    (
      await services.db
        .select({ status: schema.registration.status })
        .from(schema.registration)
        .where(eq(schema.registration.id, id))
    )[0]!.status;
  const registrationIdFrom = (location: string | null) => new URL(location!, http.url).searchParams.get("done")!;

  const validAnswers: Array<[string, string]> = [
    ["answers.why", "I want to practise mutuality at work."],
    ["answers.role", "peer"],
    ["answers.lived", "mh"],
    ["answers.lived", "su"],
    ["pronouns", "they/them"],
    ["accommodations", "Captions, please."],
    ["priceTier", "sliding_scale"],
    ["amount", "$75.50"],
    ["consent", "yes"],
  ];

  async function sessionWithQuestions(
    overrides: Parameters<typeof seedSession>[2] = {},
    course: Parameters<typeof seedCourse>[1] = {},
  ) {
    const seeded = await seedCourse(services.db, { questions, ...course });
    const session = await seedSession(services.db, seeded.id, {
      ...overrides,
      overrides: {
        priceTiers: [
          { kind: "standard", amountCents: 25_000 },
          { kind: "sliding_scale", amountCents: 15_000, minimumCents: 5_000 },
        ],
        ...overrides.overrides,
      },
    });
    return { course: seeded, session };
  }

  it("sends a stranger to sign in and back to the form", async () => {
    const { session } = await sessionWithQuestions();
    const response = await get(`/trainings/${session.id}/register`, "");
    expect(response.status).toBe(302);
    expect(response.location).toBe(`/sign-in?next=${encodeURIComponent(`/trainings/${session.id}/register`)}`);
  });

  it("builds the form from the course's questions, in the person's time zone, with pronouns from their profile", async () => {
    const { session } = await sessionWithQuestions();
    const me = await person({ pronouns: "she/her", timeZone: "America/New_York" });
    const page = await get(`/trainings/${session.id}/register`, me.cookie);
    expect(page.status).toBe(200);
    const html = text(page.html);
    expect(html).toContain("What brings you to IPS? (required)");
    expect(html).toContain('type="radio" id="field-answers.role" name="answers.role" value="peer"');
    expect(html).toContain('type="checkbox" id="field-answers.lived" name="answers.lived" value="mh"');
    // The sensitive question says who sees it; the others do not.
    expect(html).toContain("Experiences you want your trainers to know about (optional)");
    expect(elementText(page.html, "field-answers.lived-hint")).toBe("Only the hub team and your trainers see this.");
    expect(page.html).not.toContain('id="field-answers.why-hint"');
    expect(html).toMatch(/name="pronouns"[^>]*value="she\/her"/);
    expect(html).toContain("Times are in your time zone, Eastern Time.");
    expect(html).toContain("Sliding scale: pay what you can, from $50");
    expect(html).toContain("A scholarship note is read only by hub admins.");
    expect(html).toContain("Register</span>");
  });

  it("refuses a missing required answer beside its field, keeps what was typed, and writes nothing", async () => {
    const { session } = await sessionWithQuestions();
    const me = await person();
    const fields = validAnswers.filter(([name]) => name !== "answers.why");
    const response = await post(`/trainings/${session.id}/register`, me.cookie, fields);
    expect(response.status).toBe(400);
    expect(elementText(response.html, "field-answers.why-error")).toBe("Please answer this question.");
    const html = text(response.html);
    expect(html).toContain('href="#field-answers.why"');
    expect(html).toMatch(/name="pronouns"[^>]*value="they\/them"/);
    expect(html).toContain(">Captions, please.</textarea>");
    expect(checkedValues(html, "answers.role")).toEqual(["peer"]);
    expect(checkedValues(html, "answers.lived")).toEqual(["mh", "su"]);
    expect(checkedValues(html, "priceTier")).toEqual(["sliding_scale"]);
    expect(checkedValues(html, "consent")).toEqual(["yes"]);
    expect(html).toMatch(/name="amount"[^>]*value="\$75.50"/);
    expect(await registrationsOf(me.id)).toEqual([]);
  });

  it("names the amount, the consent and the need statement when they are not right", async () => {
    const { session } = await sessionWithQuestions();
    const me = await person();
    const withAmount = (amount: string) =>
      validAnswers.map(([name, value]): [string, string] => [name, name === "amount" ? amount : value]);
    const notAnAmount = await post(`/trainings/${session.id}/register`, me.cookie, withAmount("lots"));
    expect(notAnAmount.status).toBe(400);
    expect(elementText(notAnAmount.html, "field-amountCents-error")).toBe(
      "Enter an amount in whole dollars and cents.",
    );
    const tooLittle = await post(`/trainings/${session.id}/register`, me.cookie, withAmount("20"));
    expect(elementText(tooLittle.html, "field-amountCents-error")).toContain("The sliding scale starts at $50.");
    const noConsent = await post(
      `/trainings/${session.id}/register`,
      me.cookie,
      validAnswers.filter(([name]) => name !== "consent"),
    );
    expect(noConsent.status).toBe(400);
    expect(elementText(noConsent.html, "field-consent-error")).toBe(
      "Please confirm you have read how we store your answers.",
    );
    const emptyNeed = await post(`/trainings/${session.id}/register`, me.cookie, [
      ...validAnswers,
      ["scholarship", "yes"],
      ["needStatement", "  "],
    ]);
    expect(emptyNeed.status).toBe(400);
    expect(elementText(emptyNeed.html, "field-scholarship.needStatement-error")).toBe(
      "Tell us a little about your need, in your own words.",
    );
    expect(await registrationsOf(me.id)).toEqual([]);
  });

  it("registers, shows the seat with its join link in My trainings, and refuses a second registration clearly", async () => {
    const { session } = await sessionWithQuestions();
    const me = await person();
    const response = await post(`/trainings/${session.id}/register`, me.cookie, [
      ...validAnswers,
      ["scholarship", "yes"],
      ["needStatement", "Between jobs."],
    ]);
    expect(response.status).toBe(302);
    expect(response.location).toMatch(/^\/my\/trainings\?done=/);
    const id = registrationIdFrom(response.location);
    const [row] = await registrationsOf(me.id);
    expect(row).toMatchObject({
      id,
      status: "confirmed",
      pronouns: "they/them",
      accommodations: "Captions, please.",
      priceTier: "sliding_scale",
      amountCents: 7550,
    });
    expect(row!.answers).toEqual({ why: "I want to practise mutuality at work.", role: "peer", lived: ["mh", "su"] });
    const [scholarship] = await services.db
      .select()
      .from(schema.scholarshipRequest)
      .where(eq(schema.scholarshipRequest.registrationId, id));
    expect(scholarship?.needStatement).toBe("Between jobs.");

    const mine = await get(response.location!, me.cookie);
    const html = text(mine.html);
    expect(html).toContain("You're in. We have emailed you a confirmation");
    expect(html).toContain('href="https://meet.example.org/ips-core"');
    expect(html).toContain("Cancel my place");

    const again = await post(`/trainings/${session.id}/register`, me.cookie, validAnswers);
    expect(again.status).toBe(409);
    expect(text(again.html)).toContain("You already have a place (or a request) for this session. See My trainings.");
    expect(await registrationsOf(me.id)).toHaveLength(1);
    const form = text((await get(`/trainings/${session.id}/register`, me.cookie)).html);
    expect(form).toContain("You already have a place here");
    expect(form).toContain('href="/my/trainings"');
    expect(form).not.toContain('name="consent"');
  });

  it("puts a person in line with their place, and keeps the join link from them", async () => {
    const { session } = await sessionWithQuestions({ overrides: { capacity: 1, offerHoldHours: 24 } });
    const first = await person();
    const second = await person();
    await post(`/trainings/${session.id}/register`, first.cookie, validAnswers);
    const form = text((await get(`/trainings/${session.id}/register`, second.cookie)).html);
    expect(form).toContain("Join the waitlist</span>");
    const response = await post(`/trainings/${session.id}/register`, second.cookie, validAnswers);
    expect(response.status).toBe(302);
    expect(await statusOf(registrationIdFrom(response.location))).toBe("waitlisted");
    const mine = text((await get(response.location!, second.cookie)).html);
    expect(mine).toContain(
      "You're number 1 in line — we'll email you if a seat opens, and you'll have 24 hours to say yes.",
    );
    expect(mine).toContain("Leave the waitlist");
    expect(mine).not.toContain("meet.example.org");
  });

  it("takes an application for a course that asks for approval, and lets the person withdraw it", async () => {
    const { session } = await sessionWithQuestions({}, { requiresApproval: true });
    const me = await person();
    const form = text((await get(`/trainings/${session.id}/register`, me.cookie)).html);
    expect(form).toContain("Send my application");
    const response = await post(`/trainings/${session.id}/register`, me.cookie, validAnswers);
    const id = registrationIdFrom(response.location);
    expect(await statusOf(id)).toBe("pending_approval");
    const mine = text((await get(response.location!, me.cookie)).html);
    expect(mine).toContain("Application received — we'll let you know by email");
    expect(mine).toContain("Withdraw application");
    const withdrawn = await post("/my/trainings", me.cookie, [
      ["intent", "withdraw"],
      ["registrationId", id],
    ]);
    expect(withdrawn).toMatchObject({ status: 302, location: "/my/trainings?notice=withdrawn" });
    expect(await statusOf(id)).toBe("cancelled");
    expect(text((await get(withdrawn.location!, me.cookie)).html)).toContain("Your application is withdrawn.");
  });

  it("cancels, offers the freed seat down the line, and lets people decline, accept or leave the line", async () => {
    const { session } = await sessionWithQuestions({ overrides: { capacity: 1 } });
    const [a, b, c, d] = [await person(), await person(), await person(), await person()];
    const ids: string[] = [];
    for (const who of [a, b, c, d])
      ids.push(
        registrationIdFrom((await post(`/trainings/${session.id}/register`, who.cookie, validAnswers)).location),
      );
    const [aId, bId, cId, dId] = ids as [string, string, string, string];

    // Nobody else can act on a registration.
    const foreign = await post("/my/trainings", b.cookie, [
      ["intent", "cancel"],
      ["registrationId", aId],
    ]);
    expect(foreign.status).toBe(403);
    expect(text(foreign.html)).toContain("This registration belongs to someone else.");
    expect(await statusOf(aId)).toBe("confirmed");

    const cancelled = await post("/my/trainings", a.cookie, [
      ["intent", "cancel"],
      ["registrationId", aId],
    ]);
    expect(cancelled).toMatchObject({ status: 302, location: "/my/trainings?notice=cancelled" });
    expect(await statusOf(aId)).toBe("cancelled");
    expect(await statusOf(bId)).toBe("offered");
    const offered = text((await get("/my/trainings", b.cookie)).html);
    expect(offered).toContain("A seat is held for you until");
    expect(offered).toContain("Yes, I'll take the seat");
    expect(offered).not.toContain("meet.example.org");

    const declined = await post("/my/trainings", b.cookie, [
      ["intent", "decline"],
      ["registrationId", bId],
    ]);
    expect(declined).toMatchObject({ status: 302, location: "/my/trainings?notice=declined" });
    expect(await statusOf(bId)).toBe("declined");
    expect(await statusOf(cId)).toBe("offered");

    const accepted = await post("/my/trainings", c.cookie, [
      ["intent", "accept"],
      ["registrationId", cId],
    ]);
    expect(accepted).toMatchObject({ status: 302, location: "/my/trainings?notice=accepted" });
    expect(await statusOf(cId)).toBe("confirmed");
    const seated = text((await get(accepted.location!, c.cookie)).html);
    expect(seated).toContain("The seat is yours.");
    expect(seated).toContain('href="https://meet.example.org/ips-core"');

    const left = await post("/my/trainings", d.cookie, [
      ["intent", "leave"],
      ["registrationId", dId],
    ]);
    expect(left).toMatchObject({ status: 302, location: "/my/trainings?notice=left" });
    expect(await statusOf(dId)).toBe("cancelled");
    const after = text((await get("/my/trainings", d.cookie)).html);
    expect(after).toContain("You have no upcoming trainings.");
    expect(after).toContain('href="/trainings"');
    expect(after).toContain("Past and closed");
  });

  it("explains the cutoff instead of a cancel button once it has passed, and refuses a cancel then", async () => {
    // Starts tomorrow; people may cancel until two days before.
    const { session } = await sessionWithQuestions({ startsInDays: 1, overrides: { cancelCutoffHours: 48 } });
    const me = await person();
    const id = registrationIdFrom((await post(`/trainings/${session.id}/register`, me.cookie, validAnswers)).location);
    const mine = text((await get("/my/trainings", me.cookie)).html);
    expect(mine).not.toContain("Cancel my place");
    expect(mine).toContain("It is less than 48 hours before the start, so this place can't be cancelled here.");
    const refused = await post("/my/trainings", me.cookie, [
      ["intent", "cancel"],
      ["registrationId", id],
    ]);
    expect(refused.status).toBe(409);
    expect(text(refused.html)).toContain("It is too close to the start to cancel here.");
    expect(await statusOf(id)).toBe("confirmed");
  });

  it("moves a place to another session of the same course", async () => {
    const { course, session } = await sessionWithQuestions();
    const later = await seedSession(services.db, course.id, { startsInDays: 60 });
    const me = await person();
    const id = registrationIdFrom((await post(`/trainings/${session.id}/register`, me.cookie, validAnswers)).location);
    const mine = text((await get("/my/trainings", me.cookie)).html);
    expect(mine).toContain(`<option value="${later.id}">`);
    const moved = await post("/my/trainings", me.cookie, [
      ["intent", "transfer"],
      ["registrationId", id],
      ["toSessionId", later.id],
    ]);
    expect(moved.status).toBe(302);
    expect(moved.location).toMatch(/^\/my\/trainings\?notice=moved&done=/);
    expect(await statusOf(id)).toBe("transferred");
    const [created] = (await registrationsOf(me.id)).filter((row) => row.sessionId === later.id);
    expect(created).toMatchObject({ status: "confirmed", transferredFromId: id });
    expect(text((await get(moved.location!, me.cookie)).html)).toContain("Your place moved to the new date.");
  });

  it("makes a personal calendar feed address, shown once", async () => {
    const me = await person();
    const before = text((await get("/my/trainings", me.cookie)).html);
    expect(before).toContain("Create my calendar feed");
    const made = await post("/my/trainings", me.cookie, [["intent", "feed"]]);
    expect(made.status).toBe(200);
    const address = /id="feed-address"[^>]*>(http:\/\/localhost:3999\/calendar\/ipc_[\w-]+\.ics)<\/textarea>/.exec(
      made.html,
    )?.[1];
    expect(address).toBeTruthy();
    const feed = await fetch(`${http.url}${new URL(address!).pathname}`);
    expect(feed.status).toBe(200);
    const after = text((await get("/my/trainings", me.cookie)).html);
    expect(after).toContain("Your feed is on since");
    expect(after).not.toContain(address!);
  });

  it("says plainly when prerequisites are missing, and takes a declaration of one done elsewhere", async () => {
    const core = await seedCourse(services.db, { titleEn: "Core Training", titleEs: "Capacitación básica" });
    const { session } = await sessionWithQuestions({}, { titleEn: "Advanced", titleEs: "Avanzada" });
    await services.db
      .insert(schema.coursePrerequisite)
      .values({ courseId: session.courseId, requiredCourseId: core.id });
    const me = await person();
    const form = text((await get(`/trainings/${session.id}/register`, me.cookie)).html);
    expect(form).toContain("Before you register, the trainers ask that you have completed:");
    expect(form).toContain(`href="/my/prerequisites?course=${core.id}&session=${session.id}"`);
    expect(form).not.toContain('name="consent"');

    const refused = await post("/my/prerequisites", me.cookie, [
      ["courseId", core.id],
      ["provider", ""],
      ["completedOn", "last spring"],
      ["evidence", "Certificate 42"],
    ]);
    expect(refused.status).toBe(400);
    expect(elementText(refused.html, "field-provider-error")).toBe("Enter who gave the training.");
    expect(elementText(refused.html, "field-completedOn-error")).toBe(
      "Enter the date you completed it (year-month-day).",
    );
    expect(text(refused.html)).toContain(">Certificate 42</textarea>");

    const declared = await post("/my/prerequisites", me.cookie, [
      ["courseId", core.id],
      ["provider", "Peer Network of the North"],
      ["completedOn", "2024-05-10"],
      ["evidence", "Certificate 42"],
      ["session", session.id],
    ]);
    expect(declared).toMatchObject({ status: 302, location: `/my/prerequisites?declared=1&session=${session.id}` });
    const list = text((await get(declared.location!, me.cookie)).html);
    expect(list).toContain("Peer Network of the North");
    expect(list).toContain("Waiting for the hub team");
    expect(list).toContain(`href="/trainings/${session.id}"`);
    const pending = text((await get(`/trainings/${session.id}/register`, me.cookie)).html);
    expect(pending).toContain("You told us you did this elsewhere. The hub team is checking it");
  });

  it("speaks Spanish to a person who chose it", async () => {
    const { session } = await sessionWithQuestions();
    const me = await person({ locale: "es" });
    const form = text((await get(`/trainings/${session.id}/register`, me.cookie)).html);
    expect(form).toContain("¿Qué te trae a IPS? (obligatoria)");
    expect(form).toContain("Solo el equipo del centro y quienes facilitan tu capacitación ven esto.");
    const response = await post(
      `/trainings/${session.id}/register`,
      me.cookie,
      validAnswers.filter(([name]) => name !== "answers.role"),
    );
    expect(response.status).toBe(400);
    expect(elementText(response.html, "field-answers.role-error")).toBeTruthy();
    expect(text((await get("/my/trainings", me.cookie)).html)).toContain("Mis capacitaciones");
  });
});
