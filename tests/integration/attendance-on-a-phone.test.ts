// Attendance on a phone and in the room, on both engines: "Mark everyone else present" marks only people with no mark
// (one statement, audited, never replacing a mark), the short code typed at /check-in (valid, expired, wrong, not
// theirs, rate limited), the roster page's count and folded results, and the chrome-free check-in display.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { checkInWindow } from "#core/attendance.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { recordAttendanceMark } from "#features/attendance/record-attendance.ts";
import { markEveryoneElsePresent } from "#features/attendance/mark-everyone-else-present.ts";
import { makeShortCheckInCode } from "#features/attendance/check-in-code.ts";
import {
  checkInDisplay,
  selfCheckIn,
  selfCheckInByShortCode,
  SHORT_CODE_TRIES_PER_WINDOW,
} from "#features/attendance/self-check-in.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const actor = { userId: null, label: "test" };
const PASSWORD = "correct horse battery staple";
const MINUTE = 60_000;
/** Day 1: Monday 5 April 2027; every meeting 16:00–23:00 UTC, 7 contact hours. */
const BASE = new Date("2027-04-05T12:00:00Z");
const form = (fields: Record<string, string>, cookie: string) => ({
  method: "POST",
  headers: { cookie, "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin" },
  body: new URLSearchParams(fields),
});

describe.each(enginesUnderTest())("attendance on a phone (%s)", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let lead: Viewer;
  let otherTrainer: Viewer;
  const setNow = (at: Date) => {
    services.now = () => at;
  };

  const account = async (email: string, name: string, role: "trainer" | "participant"): Promise<Viewer> => {
    const person = await createAccount(
      services.db,
      { email, name, password: PASSWORD, roles: [{ role, organizationId: null }] },
      actor,
    );
    return { userId: person.id, email, name, emailVerified: true, roles: [{ role, organizationId: null }] };
  };

  beforeAll(async () => {
    // The rate limit is on, as in production: the typed code's limit is part of what is tested.
    services = await createTestServices(engine, { RATE_LIMIT: "on", RATE_LIMIT_SIGNIN_PER_IP: "1000" });
    http = await serveForTest(services);
    lead = await account("maya@example.org", "Maya Lead", "trainer");
    otherTrainer = await account("otto@example.org", "Otto Other", "trainer");
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  async function training(count: number) {
    const course = await seedCourse(services.db, {});
    const session = await seedSession(services.db, course.id, { now: BASE, startsInDays: 0, days: 3 });
    await services.db
      .insert(schema.sessionTrainer)
      .values({ sessionId: session.id, userId: lead.userId, role: "lead" });
    const meetings = await services.db
      .select()
      .from(schema.sessionMeeting)
      .where(eq(schema.sessionMeeting.sessionId, session.id))
      .orderBy(schema.sessionMeeting.position);
    const viewers = await seedPeople(services.db, count, `p${session.id.slice(0, 6)}`);
    const people: (Viewer & { registrationId: string })[] = [];
    for (const viewer of viewers) {
      const [row] = await services.db
        .insert(schema.registration)
        .values({ sessionId: session.id, userId: viewer.userId, status: "confirmed", requestedAt: BASE, queueAt: BASE })
        .returning({ id: schema.registration.id });
      people.push({ ...viewer, registrationId: row!.id });
    }
    return { session, meetings, people };
  }
  const markOf = async (registrationId: string, meetingId: string) =>
    (
      await services.db
        .select()
        .from(schema.attendance)
        .where(and(eq(schema.attendance.registrationId, registrationId), eq(schema.attendance.meetingId, meetingId)))
    )[0];
  const recordAudits = async (registrationId: string) =>
    services.db
      .select()
      .from(schema.auditEvent)
      .where(and(eq(schema.auditEvent.targetId, registrationId), eq(schema.auditEvent.action, "attendance.record")));

  it("marks everyone else present: only people with no mark, full contact time, each audited, never a mark replaced", async () => {
    const { session, meetings, people } = await training(5);
    const [day1, day2] = meetings;
    const [absent, late, scanned, first, second] = people;
    const waitlisted = (await seedPeople(services.db, 1, `w${session.id.slice(0, 6)}`))[0]!;
    const [waiting] = await services.db
      .insert(schema.registration)
      .values({
        sessionId: session.id,
        userId: waitlisted.userId,
        status: "waitlisted",
        requestedAt: BASE,
        queueAt: BASE,
      })
      .returning({ id: schema.registration.id });
    setNow(new Date(day1!.startsAt.getTime() + 30 * MINUTE));
    const mark = (registrationId: string, shortcut: string, times: Record<string, string> = {}) =>
      recordAttendanceMark(
        services,
        { viewer: lead, sessionId: session.id, input: { registrationId, meetingId: day1!.id, shortcut, ...times } },
        { userId: lead.userId },
      );
    await mark(absent!.registrationId, "absent");
    await mark(late!.registrationId, "times", { arrivedAt: "09:40" });
    const display = await checkInDisplay(services, { viewer: lead, sessionId: session.id, meetingId: day1!.id });
    await selfCheckIn(services, { viewer: scanned!, code: display.code!.value }, { userId: scanned!.userId });
    const before = {
      absent: await markOf(absent!.registrationId, day1!.id),
      late: await markOf(late!.registrationId, day1!.id),
      scanned: await markOf(scanned!.registrationId, day1!.id),
    };

    const done = await markEveryoneElsePresent(
      services,
      { viewer: lead, sessionId: session.id, input: { meetingId: day1!.id } },
      { userId: lead.userId, label: lead.email },
    );
    expect(done).toEqual({ marked: 2 });
    for (const person of [first!, second!])
      expect(await markOf(person.registrationId, day1!.id)).toMatchObject({
        minutesPresent: 420,
        method: "trainer",
        recordedBy: lead.userId,
      });
    // The marks already there stay exactly as they were; nobody waitlisted and no other meeting is touched.
    expect(await markOf(absent!.registrationId, day1!.id)).toEqual(before.absent);
    expect(await markOf(late!.registrationId, day1!.id)).toEqual(before.late);
    expect(await markOf(scanned!.registrationId, day1!.id)).toEqual(before.scanned);
    expect(await markOf(waiting!.id, day1!.id)).toBeUndefined();
    expect(await markOf(first!.registrationId, day2!.id)).toBeUndefined();
    const audits = await recordAudits(first!.registrationId);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: lead.userId,
      summary: { meetingId: day1!.id, position: 1, before: null, after: { minutesPresent: 420, method: "trainer" } },
    });
    expect(await recordAudits(absent!.registrationId)).toHaveLength(1);

    // Again: nobody is left, nothing is written.
    expect(
      await markEveryoneElsePresent(
        services,
        { viewer: lead, sessionId: session.id, input: { meetingId: day1!.id } },
        { userId: lead.userId },
      ),
    ).toEqual({ marked: 0 });
    expect(await recordAudits(first!.registrationId)).toHaveLength(1);

    await expect(
      markEveryoneElsePresent(
        services,
        { viewer: otherTrainer, sessionId: session.id, input: { meetingId: day1!.id } },
        { userId: otherTrainer.userId },
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      markEveryoneElsePresent(
        services,
        { viewer: lead, sessionId: session.id, input: { meetingId: "no-such-meeting" } },
        { userId: lead.userId },
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      markEveryoneElsePresent(services, { viewer: lead, sessionId: session.id, input: {} }, { userId: lead.userId }),
    ).rejects.toMatchObject({ code: "invalid" });
  });

  it("shows the roster with its count, marks everyone else present from a form without JavaScript, and folds results before the start", async () => {
    const { session, meetings, people } = await training(3);
    const [day1] = meetings;
    const cookie = await sessionCookie(services, lead.email, PASSWORD);
    const url = `${http.url}/trainer/sessions/${session.id}/attendance?meeting=${day1!.id}`;

    // The day before: no results yet, only a line saying when they come.
    setNow(new Date(day1!.startsAt.getTime() - 24 * 60 * MINUTE));
    const early = await (await fetch(url, { headers: { cookie } })).text();
    expect(early).toContain("0 of 3 marked");
    expect(early).toContain("Each person&#x27;s result appears here once the first meeting has started.");
    expect(early).not.toContain("Not completed yet");
    expect(early).toContain("Different times…");

    setNow(new Date(day1!.startsAt.getTime() + 20 * MINUTE));
    await recordAttendanceMark(
      services,
      {
        viewer: lead,
        sessionId: session.id,
        input: { registrationId: people[0]!.registrationId, meetingId: day1!.id, shortcut: "absent" },
      },
      { userId: lead.userId },
    );
    const posted = await fetch(url, form({ intent: "everyone-else", meetingId: day1!.id }, cookie));
    expect(posted.status).toBe(200);
    const html = await posted.text();
    expect(html).toContain("2 more people marked present for the whole meeting.");
    expect(html).toContain("3 of 3 marked");
    expect(html).toContain("Not completed yet");
    expect((await markOf(people[0]!.registrationId, day1!.id))!.minutesPresent).toBe(0);
    expect((await markOf(people[1]!.registrationId, day1!.id))!.minutesPresent).toBe(420);

    // The trainer's saved language decides the page's.
    await services.db.update(schema.user).set({ locale: "es" }).where(eq(schema.user.id, lead.userId));
    const spanish = await (await fetch(url, { headers: { cookie } })).text();
    await services.db.update(schema.user).set({ locale: "en" }).where(eq(schema.user.id, lead.userId));
    expect(spanish).toContain("3 de 3 con marca");

    const refused = await fetch(
      url,
      form(
        { intent: "everyone-else", meetingId: day1!.id },
        await sessionCookie(services, otherTrainer.email, PASSWORD),
      ),
    );
    expect(refused.status).toBe(403);
    // Junk is a refusal in words, never a server error.
    const junk = await fetch(url, form({ intent: "everyone-else", meetingId: "x".repeat(5000) }, cookie));
    expect(junk.status).toBe(400);
  });

  it("shows the room a chrome-free display with a large code and six digits to type, refreshed by a header", async () => {
    const { session, meetings } = await training(1);
    const [day1] = meetings;
    setNow(new Date(day1!.startsAt.getTime() + 5 * MINUTE));
    const cookie = await sessionCookie(services, lead.email, PASSWORD);
    const response = await fetch(`${http.url}/trainer/sessions/${session.id}/check-in?meeting=${day1!.id}`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("refresh")).toBe("30");
    const html = await response.text();
    const body = html.slice(html.indexOf("<body"));
    // Nothing of the trainer's account is shown to the room, and nothing in the body refreshes the page.
    expect(body).not.toMatch(/<header|<footer|Sign out/);
    expect(body).not.toMatch(/<meta/i);
    const short = makeShortCheckInCode(services.config.sessionSecret, day1!.id, checkInWindow(services.now()));
    expect(body).toContain(`${short.slice(0, 3)} ${short.slice(3)}`);
    expect(body).toContain("localhost:3999/check-in");
    expect(body).toContain('class="check-in-code-large"');
  });

  it("checks a person in with the six digits typed at /check-in, and refuses expired, wrong and not-theirs codes", async () => {
    const { session, meetings, people } = await training(2);
    const [day1, day2] = meetings;
    const [sam, kim] = people;
    const other = await training(1);
    const arrival = new Date(day2!.startsAt.getTime() + 12 * MINUTE);
    setNow(arrival);
    const display = await checkInDisplay(services, { viewer: lead, sessionId: session.id, meetingId: day2!.id });
    const short = display.code!.short;
    expect(short).toMatch(/^[0-9]{6}$/);

    // Typed with the space shown on the screen, a minute later (a code is good in its minute and the next).
    setNow(new Date(arrival.getTime() + MINUTE));
    const done = await selfCheckInByShortCode(
      services,
      { viewer: sam!, shortCode: `${short.slice(0, 3)} ${short.slice(3)}` },
      { userId: sam!.userId },
    );
    expect(done).toMatchObject({ state: "checked_in", meeting: { position: 2 }, sessionId: session.id });
    expect(await markOf(sam!.registrationId, day2!.id)).toMatchObject({ method: "self_check_in" });
    expect(
      await selfCheckInByShortCode(services, { viewer: sam!, shortCode: short }, { userId: sam!.userId }),
    ).toMatchObject({ state: "already" });

    // Five minutes on, the same digits have expired: said as such, not as "wrong".
    setNow(new Date(arrival.getTime() + 5 * MINUTE));
    await expect(
      selfCheckInByShortCode(services, { viewer: kim!, shortCode: short }, { userId: kim!.userId }),
    ).rejects.toMatchObject({ code: "conflict", key: "attendance.checkIn.typedExpired" });
    // Digits that match none of this person's meetings, and digits that are not a code at all.
    const current = makeShortCheckInCode(services.config.sessionSecret, day2!.id, checkInWindow(services.now()));
    const wrong = String((Number(current) + 1) % 1_000_000).padStart(6, "0");
    for (const typed of [wrong, "12345", "abcdef"])
      await expect(
        selfCheckInByShortCode(services, { viewer: kim!, shortCode: typed }, { userId: kim!.userId }),
      ).rejects.toMatchObject({ code: "conflict", key: "attendance.checkIn.typedWrong" });
    // Someone without a seat in this training cannot use its code: it is not one of their meetings.
    await expect(
      selfCheckInByShortCode(services, { viewer: other.people[0]!, shortCode: current }, actor),
    ).rejects.toMatchObject({ key: "attendance.checkIn.typedWrong" });
    // Day 1 is over: its code is answered "ended".
    setNow(new Date(day1!.endsAt.getTime() + 10 * MINUTE));
    const afterDayOne = makeShortCheckInCode(services.config.sessionSecret, day1!.id, checkInWindow(services.now()));
    await expect(
      selfCheckInByShortCode(services, { viewer: kim!, shortCode: afterDayOne }, { userId: kim!.userId }),
    ).rejects.toMatchObject({ key: "attendance.checkIn.ended" });
    await expect(selfCheckInByShortCode(services, { viewer: null, shortCode: current }, actor)).rejects.toMatchObject({
      code: "unauthorized",
    });
  });

  it("serves /check-in: a typed code checks the person in, a refusal is said in words, and too many tries are paused", async () => {
    const { meetings, people } = await training(1);
    const [day1] = meetings;
    const [sam] = people;
    setNow(new Date(day1!.startsAt.getTime() + 3 * MINUTE));
    const samAccount = await account(
      `typed-${sam!.registrationId.slice(0, 6)}@example.org`,
      "Sam Typist",
      "participant",
    );
    // Sam's own account holds the seat, so the page is used as Sam would use it.
    await services.db
      .update(schema.registration)
      .set({ userId: samAccount.userId })
      .where(eq(schema.registration.id, sam!.registrationId));
    const cookie = await sessionCookie(services, samAccount.email, PASSWORD);

    const page = await fetch(`${http.url}/check-in`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Type the six digits shown on your trainer&#x27;s screen");
    const signedOut = await fetch(`${http.url}/check-in`, { redirect: "manual" });
    expect([302, 303]).toContain(signedOut.status);

    const empty = await fetch(`${http.url}/check-in`, form({ code: "" }, cookie));
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain("Type the six digits shown on your trainer&#x27;s screen.");
    const current = makeShortCheckInCode(services.config.sessionSecret, day1!.id, checkInWindow(services.now()));
    const wrong = String((Number(current) + 1) % 1_000_000).padStart(6, "0");
    const refused = await fetch(`${http.url}/check-in`, form({ code: wrong }, cookie));
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("That code doesn&#x27;t match a meeting you have a confirmed seat in.");

    const done = await fetch(`${http.url}/check-in`, form({ code: current }, cookie));
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("checked in for day 1 at");
    expect(await markOf(sam!.registrationId, day1!.id)).toMatchObject({ method: "self_check_in" });

    // Two tries were counted above (a blank one is not); the rest of the window's tries, then a pause said in words.
    for (let tries = 2; tries < SHORT_CODE_TRIES_PER_WINDOW; tries += 1)
      await fetch(`${http.url}/check-in`, form({ code: wrong }, cookie));
    const paused = await fetch(`${http.url}/check-in`, form({ code: current }, cookie));
    expect(paused.status).toBe(429);
    expect(await paused.text()).toContain("That&#x27;s a lot of codes in a short time.");
  });
});
