// Attendance on both engines: marks and their audit, who may mark, self check-in codes, results with reasons for a
// five-day Core Training, sign-off that asks for each credential once, the board roster CSV, the pages and the API.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { CompletionRules } from "#core/completion.ts";
import { utcToZoned } from "#core/local-time.ts";
import { translator } from "#i18n/translate.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { recordAttendance, recordAttendanceMark } from "#features/attendance/record-attendance.ts";
import { makeCheckInCode } from "#features/attendance/check-in-code.ts";
import { checkInDisplay, selfCheckIn } from "#features/attendance/self-check-in.ts";
import { readSessionResults } from "#features/attendance/session-results.ts";
import { signOffSession } from "#features/attendance/sign-off-session.ts";
import { listTrainerSessions } from "#features/attendance/list-trainer-sessions.ts";
import { readBoardRoster } from "#features/attendance/read-board-roster.ts";
import { readMyResult } from "#features/attendance/read-my-result.ts";
import { ensureCertificationTypes } from "#features/hub/seed-defaults.ts";
import { reasonText } from "#web/routes/trainer/lib/attendance-text.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const actor = { userId: null, label: "test" };
const PASSWORD = "correct horse battery staple";
const MINUTE = 60_000;
/** Day 1 of the training: Monday 5 April 2027; every meeting 16:00–23:00 UTC (9:00–16:00 in Portland), 7 contact hours. */
const BASE = new Date("2027-04-05T12:00:00Z");
const ZONE = "America/Los_Angeles";

/** The Core Training's rules: 90 % of the 35 contact hours, at most 5 h missed, days 1 and 2 cannot be missed. */
const coreRules: CompletionRules = {
  minimumShare: 0.9,
  maximumMissedMinutes: 300,
  requiredMeetingPositions: [1, 2],
  requireSignOff: true,
  ceWithoutCompletion: true,
};

type Person = Viewer & { registrationId: string };

describe.each(enginesUnderTest())("attendance (%s)", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let admin: Viewer;
  let lead: Viewer;
  let co: Viewer;
  let otherTrainer: Viewer;
  let realNow: () => Date;
  const setNow = (at: Date) => {
    services.now = () => at;
  };

  const account = async (email: string, name: string, role: "admin" | "trainer" | "participant"): Promise<Viewer> => {
    const person = await createAccount(
      services.db,
      { email, name, password: PASSWORD, roles: [{ role, organizationId: null }] },
      actor,
    );
    return { userId: person.id, email, name, emailVerified: true, roles: [{ role, organizationId: null }] };
  };

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    realNow = services.now;
    http = await serveForTest(services);
    admin = await account("ana@example.org", "Ana Admin", "admin");
    lead = await account("maya@example.org", "Maya Lead", "trainer");
    co = await account("cole@example.org", "Cole Co", "trainer");
    otherTrainer = await account("otto@example.org", "Otto Other", "trainer");
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  /** A five-day Core Training (35 contact hours) taught by Maya (lead) and Cole (co), with `count` confirmed people. */
  async function coreTraining(count: number, options: { rules?: CompletionRules | null } = {}) {
    const course = await seedCourse(services.db, {
      completionRules: options.rules === undefined ? coreRules : options.rules,
      ceCategories: [
        { category: "general", minutes: 1920 },
        { category: "suicide_prevention", minutes: 180 },
      ],
    });
    const session = await seedSession(services.db, course.id, { now: BASE, startsInDays: 0, days: 5 });
    await services.db.insert(schema.sessionTrainer).values([
      { sessionId: session.id, userId: lead.userId, role: "lead" },
      { sessionId: session.id, userId: co.userId, role: "co" },
    ]);
    const meetings = await services.db
      .select()
      .from(schema.sessionMeeting)
      .where(eq(schema.sessionMeeting.sessionId, session.id))
      .orderBy(schema.sessionMeeting.position);
    const viewers = count > 0 ? await seedPeople(services.db, count, "learner") : [];
    const people: Person[] = [];
    for (const viewer of viewers) {
      const [row] = await services.db
        .insert(schema.registration)
        .values({ sessionId: session.id, userId: viewer.userId, status: "confirmed", requestedAt: BASE, queueAt: BASE })
        .returning({ id: schema.registration.id });
      people.push({ ...viewer, registrationId: row!.id });
    }
    return { course, session, meetings, people };
  }

  const confirm = async (sessionId: string, viewer: Viewer, status: "confirmed" | "waitlisted" = "confirmed") => {
    const [row] = await services.db
      .insert(schema.registration)
      .values({ sessionId, userId: viewer.userId, status, requestedAt: BASE, queueAt: BASE })
      .returning({ id: schema.registration.id });
    return row!.id;
  };
  const minutesOf = async (registrationId: string, meetingId: string) =>
    (
      await services.db
        .select()
        .from(schema.attendance)
        .where(and(eq(schema.attendance.registrationId, registrationId), eq(schema.attendance.meetingId, meetingId)))
    )[0];
  const auditsFor = async (targetId: string, action: string) =>
    services.db
      .select()
      .from(schema.auditEvent)
      .where(and(eq(schema.auditEvent.targetId, targetId), eq(schema.auditEvent.action, action)))
      .orderBy(schema.auditEvent.id);
  const credentialJobs = async (registrationId: string) =>
    queryRows<{ status: string }>(
      services.db,
      sql`SELECT status FROM job WHERE name = 'issue-credential' AND payload->>'registrationId' = ${registrationId} ORDER BY id`,
    );
  const local = (at: Date) => utcToZoned(at, ZONE).time;

  it("saves full, absent and late-or-early marks in minutes, and audits each change with its before and after", async () => {
    const { session, meetings, people } = await coreTraining(1);
    const [day1, day2, day3] = meetings;
    const [sam] = people;
    setNow(new Date(day1!.startsAt.getTime() + 10 * 60 * MINUTE));
    const mark = (meetingId: string, shortcut: string, times: { arrivedAt?: string; leftAt?: string } = {}) =>
      recordAttendanceMark(
        services,
        {
          viewer: co,
          sessionId: session.id,
          input: { registrationId: sam!.registrationId, meetingId, shortcut, ...times },
        },
        { userId: co.userId },
      );

    expect(await mark(day1!.id, "full")).toMatchObject({ minutesPresent: 420, method: "trainer" });
    await mark(day2!.id, "absent");
    expect((await minutesOf(sam!.registrationId, day2!.id))!.minutesPresent).toBe(0);
    // Arrived 40 minutes late and left an hour early: 7 h less 1 h 40 min.
    const arrived = local(new Date(day3!.startsAt.getTime() + 40 * MINUTE));
    const left = local(new Date(day3!.endsAt.getTime() - 60 * MINUTE));
    expect(await mark(day3!.id, "times", { arrivedAt: arrived, leftAt: left })).toMatchObject({ minutesPresent: 320 });
    // Changing day 2 to "arrived late" is one more audited change, with what it was before.
    await mark(day2!.id, "times", { arrivedAt: local(new Date(day2!.startsAt.getTime() + 30 * MINUTE)) });
    const audits = await auditsFor(sam!.registrationId, "attendance.record");
    expect(audits.map((row) => row.summary)).toEqual([
      expect.objectContaining({ position: 1, before: null, after: { minutesPresent: 420, method: "trainer" } }),
      expect.objectContaining({ position: 2, before: null, after: { minutesPresent: 0, method: "trainer" } }),
      expect.objectContaining({ position: 3, before: null, after: { minutesPresent: 320, method: "trainer" } }),
      expect.objectContaining({
        position: 2,
        before: { minutesPresent: 0, method: "trainer" },
        after: { minutesPresent: 390, method: "trainer" },
      }),
    ]);
    expect(audits.every((row) => row.actorId === co.userId)).toBe(true);
    // The same mark again changes nothing and records nothing.
    await mark(day1!.id, "full");
    expect(await auditsFor(sam!.registrationId, "attendance.record")).toHaveLength(4);

    // Times that are not times, missing, or the wrong way round are refused with the field named.
    await expect(mark(day1!.id, "times", { arrivedAt: "9.40" })).rejects.toMatchObject({
      code: "invalid",
      details: { fields: [{ path: "arrivedAt", message: "attendance.errors.time" }] },
    });
    await expect(mark(day1!.id, "times")).rejects.toMatchObject({
      details: { fields: [{ path: "arrivedAt", message: "attendance.errors.timeMissing" }] },
    });
    await expect(mark(day1!.id, "times", { arrivedAt: left, leftAt: arrived })).rejects.toMatchObject({
      details: { fields: [{ path: "leftAt", message: "attendance.errors.leftBeforeArrived" }] },
    });
  });

  it("lets only the session's own trainers and admins mark, and only confirmed people and the session's meetings", async () => {
    const { session, meetings, people } = await coreTraining(1);
    const other = await coreTraining(0);
    const [sam] = people;
    const marks = (minutesPresent: number, registrationId = sam!.registrationId, meetingId = meetings[0]!.id) => [
      { registrationId, meetingId, minutesPresent },
    ];
    for (const viewer of [otherTrainer, sam!]) {
      await expect(
        recordAttendance(services, { viewer, sessionId: session.id, marks: marks(60) }, actor),
      ).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(
      recordAttendance(services, { viewer: null, sessionId: session.id, marks: marks(60) }, actor),
    ).rejects.toMatchObject({ code: "unauthorized" });
    expect(
      await recordAttendance(services, { viewer: admin, sessionId: session.id, marks: marks(60) }, actor),
    ).toMatchObject([{ minutesPresent: 60 }]);
    expect(
      await recordAttendance(services, { viewer: lead, sessionId: session.id, marks: marks(120) }, actor),
    ).toMatchObject([{ minutesPresent: 120 }]);

    const waiting = await confirm(session.id, (await seedPeople(services.db, 1, "waiting"))[0]!, "waitlisted");
    await expect(
      recordAttendance(services, { viewer: lead, sessionId: session.id, marks: marks(60, waiting) }, actor),
    ).rejects.toMatchObject({
      code: "invalid",
      details: { fields: [{ path: "0.registrationId", message: "attendance.errors.notConfirmed" }] },
    });
    await expect(
      recordAttendance(
        services,
        { viewer: lead, sessionId: session.id, marks: marks(60, sam!.registrationId, other.meetings[0]!.id) },
        actor,
      ),
    ).rejects.toMatchObject({
      details: { fields: [{ path: "0.meetingId", message: "attendance.errors.noSuchMeeting" }] },
    });
    await expect(
      recordAttendance(services, { viewer: lead, sessionId: session.id, marks: marks(421) }, actor),
    ).rejects.toMatchObject({
      details: {
        fields: [{ path: "0.minutesPresent", message: "attendance.errors.tooManyMinutes", values: { max: 420 } }],
      },
    });
    // Nothing of a refused list was written.
    expect((await minutesOf(sam!.registrationId, meetings[0]!.id))!.minutesPresent).toBe(120);
  });

  it("checks a confirmed person in with the current code, and refuses old, altered, other-session and unconfirmed scans", async () => {
    const { session, meetings, people } = await coreTraining(2);
    const [day1, day2] = meetings;
    const [sam, kim] = people;
    const arrival = new Date(day2!.startsAt.getTime() + 7 * MINUTE);
    setNow(arrival);
    const display = await checkInDisplay(services, { viewer: co, sessionId: session.id, meetingId: day2!.id });
    expect(display.code!.svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(display.code!.url).toBe(`http://localhost:3999/check-in/${display.code!.value}`);
    await expect(
      checkInDisplay(services, { viewer: otherTrainer, sessionId: session.id, meetingId: day2!.id }),
    ).rejects.toMatchObject({ code: "forbidden" });

    const done = await selfCheckIn(services, { viewer: sam!, code: display.code!.value }, { userId: sam!.userId });
    expect(done).toMatchObject({ state: "checked_in", minutesPresent: 413, meeting: { position: 2 } });
    expect(await minutesOf(sam!.registrationId, day2!.id)).toMatchObject({
      minutesPresent: 413,
      method: "self_check_in",
      arrivedAt: arrival,
    });
    expect(await auditsFor(sam!.registrationId, "attendance.check_in")).toHaveLength(1);

    // A second scan later keeps the first arrival.
    setNow(new Date(arrival.getTime() + 30 * 1000));
    const again = await selfCheckIn(
      services,
      { viewer: sam!, code: makeCheckInCode(services.config.sessionSecret, day2!.id, services.now()) },
      actor,
    );
    expect(again).toMatchObject({ state: "already", minutesPresent: 413, arrivedAt: arrival });

    // The code of the minute before still works; one from two minutes ago (a photo, a passed-on link) does not.
    setNow(new Date(arrival.getTime() + 60 * MINUTE));
    const previousMinute = makeCheckInCode(
      services.config.sessionSecret,
      day2!.id,
      new Date(services.now().getTime() - MINUTE),
    );
    const twoMinutesOld = makeCheckInCode(
      services.config.sessionSecret,
      day2!.id,
      new Date(services.now().getTime() - 2 * MINUTE),
    );
    await expect(selfCheckIn(services, { viewer: kim!, code: twoMinutesOld }, actor)).rejects.toMatchObject({
      code: "conflict",
      message: "attendance.checkIn.expired",
    });
    // Day 1's code re-labelled as day 2's (or any altered code) is not one the hub made.
    const dayOne = makeCheckInCode(services.config.sessionSecret, day1!.id, services.now());
    const altered = dayOne.replace(day1!.id, day2!.id);
    await expect(selfCheckIn(services, { viewer: kim!, code: altered }, actor)).rejects.toMatchObject({
      code: "conflict",
      message: "attendance.checkIn.unreadable",
    });
    await expect(selfCheckIn(services, { viewer: kim!, code: "not-a-code" }, actor)).rejects.toMatchObject({
      message: "attendance.checkIn.unreadable",
    });
    // Day 1 is over: its own code no longer checks anyone in.
    await expect(selfCheckIn(services, { viewer: kim!, code: dayOne }, actor)).rejects.toMatchObject({
      code: "conflict",
      message: "attendance.checkIn.ended",
    });
    expect(await selfCheckIn(services, { viewer: kim!, code: previousMinute }, actor)).toMatchObject({
      state: "checked_in",
      minutesPresent: 420 - 67,
    });

    // Someone without a confirmed seat here (waitlisted, or registered for another session) is refused.
    const [lee] = await seedPeople(services.db, 1, "lee");
    await confirm(session.id, lee!, "waitlisted");
    const current = makeCheckInCode(services.config.sessionSecret, day2!.id, services.now());
    await expect(selfCheckIn(services, { viewer: lee!, code: current }, actor)).rejects.toMatchObject({
      code: "forbidden",
      message: "attendance.checkIn.notConfirmed",
    });
    const elsewhere = await coreTraining(1);
    await expect(selfCheckIn(services, { viewer: elsewhere.people[0]!, code: current }, actor)).rejects.toMatchObject({
      code: "forbidden",
      message: "attendance.checkIn.notConfirmed",
    });

    // A trainer's later edit wins, and a scan after it changes nothing.
    await recordAttendance(
      services,
      {
        viewer: lead,
        sessionId: session.id,
        marks: [{ registrationId: sam!.registrationId, meetingId: day2!.id, minutesPresent: 300 }],
      },
      actor,
    );
    expect(await selfCheckIn(services, { viewer: sam!, code: current }, actor)).toMatchObject({
      state: "recorded",
      minutesPresent: 300,
    });
    expect(await minutesOf(sam!.registrationId, day2!.id)).toMatchObject({
      minutesPresent: 300,
      method: "trainer",
      arrivedAt: arrival,
    });
  });

  /** Five people through a 35-hour Core Training, each a different story. */
  async function fiveStories() {
    const training = await coreTraining(5);
    const [all, short, missedDay2, lateDay1, unmarked] = training.people;
    const full = (person: Person, except: Record<number, number> = {}) =>
      training.meetings.map((meeting) => ({
        registrationId: person.registrationId,
        meetingId: meeting.id,
        minutesPresent: except[meeting.position] ?? 420,
      }));
    await recordAttendance(
      services,
      {
        viewer: lead,
        sessionId: training.session.id,
        marks: [
          ...full(all!),
          ...full(short!, { 5: 90 }),
          ...full(missedDay2!, { 2: 0 }),
          ...full(lateDay1!, { 1: 360 }),
        ],
      },
      actor,
    );
    return { ...training, all: all!, short: short!, missedDay2: missedDay2!, lateDay1: lateDay1!, unmarked: unmarked! };
  }

  it("works out each person's result with reasons a trainer can read before sign-off", async () => {
    const story = await fiveStories();
    setNow(new Date(story.meetings[4]!.endsAt.getTime() + 10 * MINUTE));
    const results = await readSessionResults(services.db, co, story.session.id, services.now());
    const byId = new Map(results.people.map((person) => [person.registrationId, person.result]));
    expect(byId.get(story.all.registrationId)).toMatchObject({
      contactMinutes: 2100,
      attendedMinutes: 2100,
      completed: false,
      reasons: [{ code: "awaiting_sign_off" }],
    });
    expect(byId.get(story.lateDay1.registrationId)).toMatchObject({
      attendedMinutes: 2040,
      reasons: [{ code: "awaiting_sign_off" }],
    });
    const short = byId.get(story.short.registrationId)!;
    expect(short).toMatchObject({ attendedMinutes: 1770, missedMinutes: 330 });
    const t = translator("en");
    expect(short.reasons.map((reason) => reasonText(t, reason))).toEqual([
      "Attended 29 h 30 min; 31 h 30 min needed.",
      "Missed 5 h 30 min of 5 h allowed.",
      "Waiting for the trainer's sign-off.",
    ]);
    expect(byId.get(story.missedDay2.registrationId)!.reasons.map((reason) => reasonText(t, reason))).toContain(
      "Day 2 can't be missed: attended 0 min of the 3 h 30 min needed.",
    );
    expect(byId.get(story.unmarked.registrationId)).toMatchObject({ attendedMinutes: 0, missedMinutes: 2100 });
    expect(results.meetingsEnded).toBe(true);
    await expect(readSessionResults(services.db, otherTrainer, story.session.id, services.now())).rejects.toMatchObject(
      { code: "forbidden" },
    );

    // The person sees the same result, and only their own.
    expect((await readMyResult(services.db, story.short, story.short.registrationId)).result.reasons).toEqual(
      short.reasons,
    );
    await expect(readMyResult(services.db, story.all, story.short.registrationId)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("signs off in one go: completions written, session completed, exactly one credential job per completed person, even when signed off again", async () => {
    const story = await fiveStories();
    setNow(new Date(story.meetings[0]!.startsAt.getTime() - MINUTE));
    await expect(signOffSession(services, { viewer: lead, sessionId: story.session.id }, actor)).rejects.toMatchObject({
      code: "conflict",
      message: "attendance.errors.notStarted",
    });
    setNow(new Date(story.meetings[4]!.endsAt.getTime() + 5 * MINUTE));
    await expect(signOffSession(services, { viewer: co, sessionId: story.session.id }, actor)).rejects.toMatchObject({
      code: "forbidden",
      message: "attendance.errors.leadOnly",
    });

    const first = await signOffSession(
      services,
      { viewer: lead, sessionId: story.session.id },
      { userId: lead.userId },
    );
    expect(first).toMatchObject({ sessionCompleted: true, credentialsRequested: 2 });
    const outcome = new Map(first.outcomes.map((row) => [row.registrationId, row]));
    expect(outcome.get(story.all.registrationId)).toMatchObject({
      completed: true,
      reasons: [],
      ceMinutes: 2100,
      credentialRequested: true,
    });
    expect(outcome.get(story.lateDay1.registrationId)).toMatchObject({
      completed: true,
      attendedMinutes: 2040,
      credentialRequested: true,
    });
    expect(outcome.get(story.short.registrationId)).toMatchObject({
      completed: false,
      credentialRequested: false,
      ceMinutes: 1770,
    });
    expect(outcome.get(story.missedDay2.registrationId)!.reasons).toContainEqual({
      code: "required_meeting_missed",
      meetingId: story.meetings[1]!.id,
      position: 2,
      attendedMinutes: 0,
      requiredMinutes: 210,
    });

    const completions = await services.db.select().from(schema.completion);
    const mine = completions.filter((row) =>
      story.people.some((person) => person.registrationId === row.registrationId),
    );
    expect(mine).toHaveLength(5);
    expect(mine.find((row) => row.registrationId === story.all.registrationId)).toMatchObject({
      completed: true,
      attendedMinutes: 2100,
      signedOffBy: lead.userId,
    });
    const [session] = await services.db
      .select()
      .from(schema.trainingSession)
      .where(eq(schema.trainingSession.id, story.session.id));
    expect(session!.status).toBe("completed");
    for (const person of story.people) {
      expect((await credentialJobs(person.registrationId)).length).toBe(
        person === story.all || person === story.lateDay1 ? 1 : 0,
      );
    }

    // Again, unchanged: no new jobs, even once the first ones have run.
    await services.db.execute(sql`UPDATE job SET status = 'done' WHERE name = 'issue-credential'`);
    const second = await signOffSession(services, { viewer: admin, sessionId: story.session.id }, actor);
    expect(second.credentialsRequested).toBe(0);
    expect(await credentialJobs(story.all.registrationId)).toEqual([{ status: "done" }]);

    // A corrected mark completes one more person: only they are asked for.
    await recordAttendance(
      services,
      {
        viewer: co,
        sessionId: story.session.id,
        marks: [{ registrationId: story.short.registrationId, meetingId: story.meetings[4]!.id, minutesPresent: 420 }],
      },
      actor,
    );
    const third = await signOffSession(services, { viewer: lead, sessionId: story.session.id }, actor);
    expect(third.outcomes.filter((row) => row.credentialRequested).map((row) => row.registrationId)).toEqual([
      story.short.registrationId,
    ]);
    expect(await credentialJobs(story.short.registrationId)).toEqual([{ status: "pending" }]);
    expect(await credentialJobs(story.all.registrationId)).toHaveLength(1);
    expect(await auditsFor(story.session.id, "session.sign_off")).toHaveLength(3);

    const trainerView = await listTrainerSessions(services.db, lead.userId, services.now());
    expect(trainerView.recent.find((row) => row.id === story.session.id)).toMatchObject({
      role: "lead",
      confirmed: 5,
      signedOff: true,
      status: "completed",
    });
  });

  it("asks for every contact minute when a course has no rules of its own", async () => {
    const { session, meetings, people } = await coreTraining(1, { rules: null });
    await recordAttendance(
      services,
      {
        viewer: lead,
        sessionId: session.id,
        marks: meetings.map((m) => ({
          registrationId: people[0]!.registrationId,
          meetingId: m.id,
          minutesPresent: m.position === 3 ? 419 : 420,
        })),
      },
      actor,
    );
    setNow(new Date(meetings[4]!.endsAt.getTime() + MINUTE));
    const signOff = await signOffSession(services, { viewer: lead, sessionId: session.id }, actor);
    expect(signOff.outcomes[0]).toMatchObject({
      completed: false,
      ceMinutes: 0,
      reasons: [{ code: "share_below_minimum", attendedMinutes: 2099, requiredMinutes: 2100 }],
    });
  });

  it("writes the board roster with legal names, certification numbers, hours and CE categories", async () => {
    const story = await fiveStories();
    await ensureCertificationTypes(services.db);
    await services.db
      .update(schema.user)
      .set({ legalName: "Alexandra Q. Legal" })
      .where(eq(schema.user.id, story.all.userId));
    await services.db.insert(schema.certification).values([
      {
        userId: story.all.userId,
        typeKey: "or-thw-pws",
        number: "PWS-9",
        issuedOn: "2026-01-10",
        createdAt: new Date("2026-02-01T00:00:00Z"),
      },
      {
        userId: story.all.userId,
        typeKey: "or-thw-pss",
        number: "PSS-1234",
        issuedOn: "2025-01-10",
        createdAt: new Date("2025-02-01T00:00:00Z"),
      },
    ]);
    await services.db
      .update(schema.user)
      .set({ name: '=HYPERLINK("x")' })
      .where(eq(schema.user.id, story.unmarked.userId));
    setNow(new Date(story.meetings[4]!.endsAt.getTime() + MINUTE));
    const roster = await readBoardRoster(services.db, co, story.session.id, services.now());
    expect(roster.rows.find((row) => row.email === story.all.email)).toMatchObject({
      name: "Alexandra Q. Legal",
      certificationNumber: "PSS-1234",
      attendedMinutes: 2100,
      categories: [
        { category: "general", minutes: 1920 },
        { category: "suicide_prevention", minutes: 180 },
      ],
    });
    await expect(readBoardRoster(services.db, otherTrainer, story.session.id, services.now())).rejects.toMatchObject({
      code: "forbidden",
    });

    const cookie = await sessionCookie(services, lead.email, PASSWORD);
    const response = await fetch(`${http.url}/trainer/sessions/${story.session.id}/board-roster.csv`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="board-roster-2027-04-05.csv"');
    const lines = (await response.text())
      .replace(/^\ufeff/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      "Legal name,Email,Certification number,Course,Start date,End date,Hours attended,Completed,CE hours,CE categories (hours)",
    );
    expect(lines).toContain(
      `Alexandra Q. Legal,${story.all.email},PSS-1234,Core Training,2027-04-05,2027-04-09,35,No,35,General: 32; Suicide prevention: 3`,
    );
    expect(lines).toContain(
      `${story.short.name},${story.short.email},,Core Training,2027-04-05,2027-04-09,29.5,No,29.5,General: 26.97; Suicide prevention: 2.52`,
    );
    // A name typed like a formula stays text in a spreadsheet.
    expect(lines.some((line) => line.startsWith(`"'=HYPERLINK(""x"")"`))).toBe(true);
    const refused = await fetch(`${http.url}/trainer/sessions/${story.session.id}/board-roster.csv`, {
      headers: { cookie: await sessionCookie(services, otherTrainer.email, PASSWORD) },
    });
    expect(refused.status).toBe(403);
  });

  it("serves the roster page, saves a mark posted without JavaScript, and checks a person in through the QR link", async () => {
    const { session, meetings, people } = await coreTraining(1);
    const [day1, day2] = meetings;
    const sam = await account(`sam-${session.id.slice(0, 6)}@example.org`, "Sam Scanner", "participant");
    const samRegistration = await confirm(session.id, sam);
    setNow(new Date(day2!.startsAt.getTime() + 7 * MINUTE));
    const cookie = await sessionCookie(services, co.email, PASSWORD);
    const page = await fetch(`${http.url}/trainer/sessions/${session.id}/attendance`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Day 2: who was there");
    expect(html).toContain(people[0]!.name);
    // The code is one tap away, not a panel on top of the roster.
    expect(html).not.toContain('src="data:image/svg+xml;base64,');
    expect(html).toContain(`href="/trainer/sessions/${session.id}/check-in?meeting=${day2!.id}"`);
    const forbidden = await fetch(`${http.url}/trainer/sessions/${session.id}/attendance`, {
      headers: { cookie: await sessionCookie(services, otherTrainer.email, PASSWORD) },
    });
    expect(forbidden.status).toBe(403);

    const form = new URLSearchParams({
      intent: "mark",
      registrationId: people[0]!.registrationId,
      meetingId: day1!.id,
      shortcut: "full",
    });
    const posted = await fetch(`${http.url}/trainer/sessions/${session.id}/attendance?meeting=${day1!.id}`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin" },
      body: form,
    });
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain("Full · 7 h");
    expect((await minutesOf(people[0]!.registrationId, day1!.id))!.minutesPresent).toBe(420);

    const display = await fetch(`${http.url}/trainer/sessions/${session.id}/check-in?meeting=${day2!.id}`, {
      headers: { cookie },
    });
    // A Refresh header reloads it for a fresh code, with or without JavaScript; nothing in the body refreshes it.
    expect(display.headers.get("refresh")).toBe("30");
    const displayHtml = await display.text();
    expect(displayHtml).not.toMatch(/<meta[^>]*http-equiv/i);
    expect(displayHtml).toContain('src="data:image/svg+xml;base64,');

    const samCookie = await sessionCookie(services, sam.email, PASSWORD);
    const code = makeCheckInCode(services.config.sessionSecret, day2!.id, services.now());
    const confirmPage = await fetch(`${http.url}/check-in/${code}`, { headers: { cookie: samCookie } });
    expect(await confirmPage.text()).toContain("Check me in for day 2");
    // Opening the link records nothing; confirming does.
    expect(await minutesOf(samRegistration, day2!.id)).toBeUndefined();
    const checkedIn = await fetch(`${http.url}/check-in/${code}`, {
      method: "POST",
      headers: {
        cookie: samCookie,
        "content-type": "application/x-www-form-urlencoded",
        "sec-fetch-site": "same-origin",
      },
      body: "",
    });
    expect(checkedIn.status).toBe(200);
    const arrivedAt = new Intl.DateTimeFormat("en", {
      hour: "numeric",
      minute: "2-digit",
      timeZone: ZONE,
      timeZoneName: "short",
    }).format(services.now());
    expect(await checkedIn.text()).toContain(`checked in for day 2 at ${arrivedAt}.`);
    const old = makeCheckInCode(
      services.config.sessionSecret,
      day2!.id,
      new Date(services.now().getTime() - 5 * MINUTE),
    );
    const refused = await fetch(`${http.url}/check-in/${old}`, { headers: { cookie: samCookie } });
    expect(await refused.text()).toContain("This code has expired.");

    const result = await fetch(`${http.url}/my/results/${samRegistration}`, { headers: { cookie: samCookie } });
    expect(result.status).toBe(200);
    expect(await result.text()).toContain("Not completed yet.");
    const notMine = await fetch(`${http.url}/my/results/${people[0]!.registrationId}`, {
      headers: { cookie: samCookie },
    });
    expect(notMine.status).toBe(404);
  });

  it("saves attendance and signs off through the API, the session's meetings listed with their ids", async () => {
    const { session, meetings, people } = await coreTraining(2);
    const token = async (viewer: Viewer) =>
      (await createPersonalAccessToken(services.db, { userId: viewer.userId, name: "api", expiresAt: null, actor }))
        .token;
    const call = async (method: string, path: string, viewer: Viewer, body?: unknown) => {
      const response = await fetch(`${http.url}${API_BASE_PATH}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${await token(viewer)}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    };
    setNow(new Date(meetings[4]!.endsAt.getTime() + MINUTE));
    const shown = await call("GET", `/sessions/${session.id}`, lead);
    expect((shown.json.meetings as Array<{ id: string; position: number }>).map((m) => [m.id, m.position])).toEqual(
      meetings.map((m) => [m.id, m.position]),
    );

    const marks = people.flatMap((person, index) =>
      meetings.map((meeting) => ({
        registrationId: person.registrationId,
        meetingId: meeting.id,
        minutesPresent: index === 0 ? 420 : 60,
      })),
    );
    const saved = await call("PUT", `/sessions/${session.id}/attendance`, co, marks);
    expect(saved.status).toBe(200);
    expect(saved.json.marks).toHaveLength(10);
    expect((saved.json.marks as Array<Record<string, unknown>>)[0]).toMatchObject({
      minutesPresent: 420,
      method: "trainer",
      updatedAt: expect.any(String),
    });
    expect((await call("PUT", `/sessions/${session.id}/attendance`, otherTrainer, marks)).status).toBe(403);
    const tooMuch = await call("PUT", `/sessions/${session.id}/attendance`, co, [
      { ...marks[0]!, minutesPresent: 500 },
    ]);
    expect(tooMuch.status).toBe(422);
    expect(JSON.stringify(tooMuch.json)).toContain("only 420 minutes of contact time");

    expect((await call("POST", `/sessions/${session.id}/complete`, co)).status).toBe(403);
    const completed = await call("POST", `/sessions/${session.id}/complete`, lead);
    expect(completed.status).toBe(200);
    expect(completed.json).toMatchObject({ sessionCompleted: true, credentialsRequested: 1 });
    expect(completed.json.outcomes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          registrationId: people[0]!.registrationId,
          completed: true,
          credentialRequested: true,
        }),
        expect.objectContaining({
          registrationId: people[1]!.registrationId,
          completed: false,
          credentialRequested: false,
        }),
      ]),
    );
    const again = await call("POST", `/sessions/${session.id}/complete`, admin);
    expect(again.json).toMatchObject({ credentialsRequested: 0 });
    expect(await credentialJobs(people[0]!.registrationId)).toHaveLength(1);
    expect((await call("POST", `/sessions/no-such-session/complete`, lead)).status).toBe(404);
  });

  afterAll(() => {
    if (services) services.now = realNow;
  });
});
