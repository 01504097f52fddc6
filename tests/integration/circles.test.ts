// Co-reflection circles on both engines: starting and joining, meetings from a rule, answers per date (moving or
// cancelling one date leaves the others and keeps its answers), the agreement's versions and acknowledgements,
// attendance and how it counts toward a rule set, privacy toward admins, reminders, feeds, and the API.
import { and, eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { createCircle } from "#features/circles/create-circle.ts";
import { inviteToCircle } from "#features/circles/invite-to-circle.ts";
import { answerCircleInvitation } from "#features/circles/answer-circle-invitation.ts";
import { requestToJoin, answerJoinRequest } from "#features/circles/request-to-join.ts";
import { scheduleCircleMeetings } from "#features/circles/schedule-circle-meetings.ts";
import { changeCircleMeeting, setMeetingFacilitator } from "#features/circles/change-circle-meeting.ts";
import { answerMeeting } from "#features/circles/answer-meeting.ts";
import { acknowledgeAgreement, proposeAgreementChange, publishAgreement } from "#features/circles/agreement.ts";
import { recordCircleAttendance } from "#features/circles/record-circle-attendance.ts";
import { coReflectionDates } from "#features/circles/co-reflection-attendance.ts";
import { readCircle } from "#features/circles/read-circle.ts";
import { listCircles } from "#features/circles/list-circles.ts";
import { setCircleReminder } from "#features/circles/set-circle-reminder.ts";
import { sendCircleReminders } from "#features/circles/send-circle-reminders.ts";
import { readCircleCalendar } from "#features/circles/circle-calendar.ts";
import { readPersonalFeed, rotatePersonalFeed } from "#features/calendar/personal-feed.ts";
import { addCertification } from "#features/certifications/manage-certifications.ts";
import { personCompliance } from "#features/certifications/person-compliance.ts";
import { ensureCertificationTypes } from "#features/hub/seed-defaults.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { startCircleHub, type CircleHub } from "../support/circles.ts";

const actor = { userId: null, label: "test" };

describe.each(enginesUnderTest())("co-reflection circles (%s)", (engine) => {
  let hub: CircleHub;
  let circleId: string;
  let meetingIds: string[];

  // The hub's parts and people under the names the tests use, bound once it has started.
  let services: CircleHub["services"], at: CircleHub["at"], call: CircleHub["call"];
  let admin: Viewer, trainer: Viewer, rosa: Viewer, sam: Viewer, stranger: Viewer;

  beforeAll(async () => {
    // Rosa reads Spanish: her mail and her personal feed come in it.
    hub = await startCircleHub(engine, { now: "2026-02-20T12:00:00Z", locales: { rosa: "es" } });
    ({ services, at, call } = hub);
    ({ admin, trainer, rosa, sam, stranger } = hub.people);
    await ensureCertificationTypes(services.db);
  });
  afterAll(async () => {
    await hub?.close();
  });

  it("lets a trainer start a circle, but not a participant unless the hub allows it", async () => {
    await expect(
      createCircle(services, { viewer: sam, circle: { name: "Mine", language: "en", timeZone: "UTC" } }, actor),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      createCircle(
        services,
        { viewer: trainer, circle: { name: " ", language: "en", timeZone: "Nowhere/Else" } },
        actor,
      ),
    ).rejects.toMatchObject({ code: "invalid" });
    ({ circleId } = await createCircle(
      services,
      {
        viewer: trainer,
        circle: {
          name: "Tuesday evening circle",
          description: "Peer supporters reflecting together.",
          language: "en",
          timeZone: "America/Los_Angeles",
          videoUrl: "https://video.example.org/tuesday",
          joinPolicy: "invitation",
        },
      },
      actor,
    ));
  });

  it("invites by email in each person's language; only the invited address can answer", async () => {
    const result = await inviteToCircle(
      services,
      { viewer: trainer, circleId, emails: ["Rosa@example.org", "sam@example.org", "new@example.org"] },
      actor,
    );
    expect(result.invited.sort()).toEqual(["new@example.org", "rosa@example.org", "sam@example.org"]);
    const mails = await services.db
      .select({
        to: schema.outboxMessage.toAddress,
        locale: schema.outboxMessage.locale,
        subject: schema.outboxMessage.subject,
      })
      .from(schema.outboxMessage)
      .where(eq(schema.outboxMessage.template, "notice.circle-invitation"));
    expect(mails.find((m) => m.to === "rosa@example.org")).toMatchObject({ locale: "es" });
    expect(mails.find((m) => m.to === "rosa@example.org")!.subject).toContain("círculo de co-reflexión");
    expect(mails.find((m) => m.to === "sam@example.org")).toMatchObject({ locale: "en" });
    // Inviting again does not send a second invitation.
    const again = await inviteToCircle(services, { viewer: trainer, circleId, emails: ["sam@example.org"] }, actor);
    expect(again.alreadyInvited).toEqual(["sam@example.org"]);
    // Someone outside the circle may not invite, and is not told the circle exists.
    await expect(
      inviteToCircle(services, { viewer: stranger, circleId, emails: ["x@example.org"] }, actor),
    ).rejects.toMatchObject({ code: "not_found" });

    const page = await listCircles(services.db, { viewer: rosa });
    const invitation = page.invitations.find((i) => i.circleId === circleId)!;
    await expect(
      answerCircleInvitation(services, { viewer: stranger, invitationId: invitation.id, accept: true }, actor),
    ).rejects.toMatchObject({ code: "not_found" });
    await answerCircleInvitation(services, { viewer: rosa, invitationId: invitation.id, accept: true }, actor);
    const samInvitation = (await listCircles(services.db, { viewer: sam })).invitations[0]!;
    await answerCircleInvitation(services, { viewer: sam, invitationId: samInvitation.id, accept: true }, actor);
    await expect(
      answerCircleInvitation(services, { viewer: sam, invitationId: samInvitation.id, accept: false }, actor),
    ).rejects.toMatchObject({ code: "conflict" });
    const view = await readCircle(services.db, { viewer: rosa, circleId, now: services.now() });
    expect(view.members.map((m) => m.name)).toEqual(["Tess Trainer", "Rosa Peer", "Sam Peer"]);
  });

  it("stores a weekly rule as one meeting per date at the same local time across the March change", async () => {
    const result = await scheduleCircleMeetings(
      services,
      {
        viewer: trainer,
        circleId,
        schedule: { frequency: "weekly", firstDate: "2026-03-03", startTime: "18:00", durationMinutes: 90, count: 4 },
      },
      actor,
    );
    meetingIds = result.meetingIds;
    const rows = await services.db
      .select({ startsAt: schema.circleMeeting.startsAt, facilitatorId: schema.circleMeeting.facilitatorId })
      .from(schema.circleMeeting)
      .where(eq(schema.circleMeeting.circleId, circleId))
      .orderBy(schema.circleMeeting.startsAt);
    expect(rows.map((r) => r.startsAt.toISOString())).toEqual([
      "2026-03-04T02:00:00.000Z",
      "2026-03-11T01:00:00.000Z",
      "2026-03-18T01:00:00.000Z",
      "2026-03-25T01:00:00.000Z",
    ]);
    // Facilitators take turns in rotation order.
    expect(rows.map((r) => r.facilitatorId)).toEqual([trainer.userId, rosa.userId, sam.userId, trainer.userId]);
    await expect(
      scheduleCircleMeetings(
        services,
        { viewer: rosa, circleId, schedule: { frequency: "once", firstDate: "2026-04-01", startTime: "18:00" } },
        actor,
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("keeps an answer to one date on that date only, and keeps it when the date moves", async () => {
    await answerMeeting(services, { viewer: rosa, circleId, meetingId: meetingIds[1]!, answer: "going" });
    let view = await readCircle(services.db, { viewer: rosa, circleId, now: services.now() });
    expect(view.meetings.map((m) => m.myAnswer)).toEqual([null, "going", null, null]);
    // Changing the answer changes that date only.
    await answerMeeting(services, { viewer: rosa, circleId, meetingId: meetingIds[1]!, answer: "maybe" });
    await answerMeeting(services, { viewer: sam, circleId, meetingId: meetingIds[2]!, answer: "not_going" });
    view = await readCircle(services.db, { viewer: rosa, circleId, now: services.now() });
    expect(view.meetings.map((m) => m.myAnswer)).toEqual([null, "maybe", null, null]);
    await expect(
      answerMeeting(services, { viewer: stranger, circleId, meetingId: meetingIds[1]!, answer: "going" }),
    ).rejects.toMatchObject({ code: "not_found" });

    await changeCircleMeeting(
      services,
      {
        viewer: trainer,
        circleId,
        meetingId: meetingIds[1]!,
        change: { kind: "move", date: "2026-03-12", startTime: "17:30", durationMinutes: 90 },
      },
      actor,
    );
    await changeCircleMeeting(
      services,
      { viewer: trainer, circleId, meetingId: meetingIds[3]!, change: { kind: "cancel" } },
      actor,
    );
    view = await readCircle(services.db, { viewer: rosa, circleId, now: services.now() });
    const moved = view.meetings.find((m) => m.id === meetingIds[1])!;
    expect(moved.startsAt.toISOString()).toBe("2026-03-13T00:30:00.000Z");
    expect(moved).toMatchObject({ moved: true, myAnswer: "maybe", status: "scheduled" });
    expect(view.meetings.find((m) => m.id === meetingIds[3])!.status).toBe("cancelled");
    // The other dates are untouched.
    expect(view.meetings.find((m) => m.id === meetingIds[0])!.startsAt.toISOString()).toBe("2026-03-04T02:00:00.000Z");
    expect(view.meetings.find((m) => m.id === meetingIds[2])!.status).toBe("scheduled");
    const [samAnswer] = await services.db
      .select({ answer: schema.circleRsvp.answer })
      .from(schema.circleRsvp)
      .where(and(eq(schema.circleRsvp.meetingId, meetingIds[2]!), eq(schema.circleRsvp.userId, sam.userId)));
    expect(samAnswer?.answer).toBe("not_going");
    const notices = await services.db
      .select({ to: schema.outboxMessage.toAddress, locale: schema.outboxMessage.locale })
      .from(schema.outboxMessage)
      .where(eq(schema.outboxMessage.template, "notice.circle-moved"));
    expect(notices.map((n) => n.to).sort()).toEqual(["rosa@example.org", "sam@example.org", "tess@example.org"]);
    expect(notices.find((n) => n.to === "rosa@example.org")!.locale).toBe("es");
  });

  it("versions the agreement: any member proposes, the facilitator publishes, each acknowledges the current one", async () => {
    await proposeAgreementChange(services, { viewer: sam, circleId, body: "We keep what is shared here." }, actor);
    // The next meeting's facilitator is Tess (4 March); Sam may not publish.
    await expect(
      publishAgreement(services, { viewer: sam, circleId, body: "Sam's version" }, actor),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(
      await publishAgreement(services, { viewer: trainer, circleId, body: "We keep what is shared here." }, actor),
    ).toEqual({ version: 1 });
    await acknowledgeAgreement(services, { viewer: rosa, circleId, version: 1 });
    await publishAgreement(
      services,
      { viewer: trainer, circleId, body: "We keep what is shared here.\nWe speak from our own experience." },
      actor,
    );
    await expect(acknowledgeAgreement(services, { viewer: sam, circleId, version: 1 })).rejects.toMatchObject({
      code: "conflict",
    });
    await acknowledgeAgreement(services, { viewer: sam, circleId, version: 2 });
    const rosaView = await readCircle(services.db, { viewer: rosa, circleId, now: services.now() });
    expect(rosaView.agreement.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(rosaView.agreement.acknowledgedCurrent).toBe(false);
    expect(rosaView.agreement.acknowledgements).toBe(1);
    expect(rosaView.agreement.openProposals).toEqual([]);
    const samView = await readCircle(services.db, { viewer: sam, circleId, now: services.now() });
    expect(samView.agreement.acknowledgedCurrent).toBe(true);
  });

  it("records attendance by the facilitator or by oneself, and counts it toward a co-reflection rule", async () => {
    at("2026-03-04T04:00:00Z");
    await expect(
      recordCircleAttendance(
        services,
        { viewer: rosa, circleId, meetingId: meetingIds[0]!, present: [sam.userId] },
        actor,
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    await recordCircleAttendance(
      services,
      { viewer: trainer, circleId, meetingId: meetingIds[0]!, present: [trainer.userId, sam.userId] },
      actor,
    );
    await recordCircleAttendance(
      services,
      { viewer: rosa, circleId, meetingId: meetingIds[0]!, present: [rosa.userId] },
      actor,
    );
    await expect(
      recordCircleAttendance(
        services,
        { viewer: rosa, circleId, meetingId: meetingIds[2]!, present: [rosa.userId] },
        actor,
      ),
    ).rejects.toMatchObject({ code: "conflict" });
    at("2026-03-13T02:00:00Z");
    await recordCircleAttendance(
      services,
      { viewer: rosa, circleId, meetingId: meetingIds[1]!, present: [rosa.userId] },
      actor,
    );

    // The meeting at 6 pm on 3 March in Oregon is on 3 March, though it is 4 March in UTC.
    const dates = await coReflectionDates(
      services.db,
      [rosa.userId, sam.userId, stranger.userId],
      new Date("2026-01-01T00:00:00Z"),
    );
    expect(dates.get(rosa.userId)).toEqual(["2026-03-03", "2026-03-12"]);
    expect(dates.get(sam.userId)).toEqual(["2026-03-03"]);
    expect(dates.get(stranger.userId)).toEqual([]);

    await addCertification(services, { viewer: rosa, typeKey: "ips-co-reflection", issuedOn: "2026-01-01" }, actor);
    const withQ1 = await personCompliance(services.db, rosa.userId, services.now(), "2026-04-02");
    expect(withQ1.standings[0]!.compliance.coReflection?.quarters).toEqual([{ quarter: "2026-Q1", attended: true }]);
    expect(withQ1.standings[0]!.compliance.complete).toBe(true);
    const laterWithoutQ2 = await personCompliance(services.db, rosa.userId, services.now(), "2026-07-02");
    expect(laterWithoutQ2.standings[0]!.compliance.coReflection?.quartersMissed).toBe(1);
    expect(laterWithoutQ2.standings[0]!.compliance.complete).toBe(false);
  });

  it("shows admins who are not members only that a circle exists, its size and meeting count", async () => {
    const page = await listCircles(services.db, { viewer: admin });
    const row = page.all!.find((c) => c.id === circleId)!;
    expect(row).toMatchObject({ name: "Tuesday evening circle", memberCount: 3, meetingCount: 3 });
    expect(JSON.stringify(page)).not.toContain("Rosa");
    await expect(readCircle(services.db, { viewer: admin, circleId, now: services.now() })).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await listCircles(services.db, { viewer: sam })).all).toBeNull();
  });

  it("lets a member take a facilitating turn and admits people who ask to join an open circle", async () => {
    await setMeetingFacilitator(
      services,
      { viewer: trainer, circleId, meetingId: meetingIds[2]!, facilitatorId: rosa.userId },
      actor,
    );
    await expect(
      setMeetingFacilitator(
        services,
        { viewer: trainer, circleId, meetingId: meetingIds[2]!, facilitatorId: stranger.userId },
        actor,
      ),
    ).rejects.toMatchObject({ code: "invalid" });
    const open = await createCircle(
      services,
      {
        viewer: admin,
        circle: {
          name: "Open circle",
          language: "es",
          timeZone: "UTC",
          joinPolicy: "request",
          maxMembers: 2,
          minMembers: 2,
        },
      },
      actor,
    );
    await requestToJoin(services, { viewer: stranger, circleId: open.circleId }, actor);
    await requestToJoin(services, { viewer: sam, circleId: open.circleId }, actor);
    await answerJoinRequest(
      services,
      { viewer: admin, circleId: open.circleId, userId: stranger.userId, admit: true },
      actor,
    );
    // Two is the most this circle holds.
    await expect(
      answerJoinRequest(services, { viewer: admin, circleId: open.circleId, userId: sam.userId, admit: true }, actor),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(requestToJoin(services, { viewer: sam, circleId }, actor)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("reminds a member who asked, once, and not for a date they said no to", async () => {
    await setCircleReminder(services, { viewer: sam, circleId, minutes: 1440 });
    await setCircleReminder(services, { viewer: rosa, circleId, minutes: 60 });
    at("2026-03-17T02:00:00Z");
    // The 17 March meeting (6 pm Oregon = 01:00 UTC on the 18th): Sam said not going; Rosa's hour has not come.
    expect(await sendCircleReminders(services)).toBe(0);
    at("2026-03-18T00:10:00Z");
    expect(await sendCircleReminders(services)).toBe(1);
    expect(await sendCircleReminders(services)).toBe(0);
    const reminders = await services.db
      .select({ to: schema.outboxMessage.toAddress })
      .from(schema.outboxMessage)
      .where(eq(schema.outboxMessage.template, "notice.circle-reminder"));
    expect(reminders.map((r) => r.to)).toEqual(["rosa@example.org"]);
  });

  it("puts the meetings in the circle's feed and in each member's personal feed, readable by ical.js", async () => {
    const { ics } = await readCircleCalendar(services.db, {
      viewer: sam,
      circleId,
      locale: "en",
      publicUrl: "https://hub.example.org",
      now: services.now(),
    });
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(4);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe("2026-03-04T02:00:00.000Z");
    expect(events[0]!.description).toContain("https://video.example.org/tuesday");
    const cancelled = events.find((e) => e.component.getFirstPropertyValue("status") === "CANCELLED");
    expect(cancelled?.startDate.toJSDate().toISOString()).toBe("2026-03-25T01:00:00.000Z");
    await expect(
      readCircleCalendar(services.db, {
        viewer: stranger,
        circleId,
        locale: "en",
        publicUrl: "https://hub.example.org",
        now: services.now(),
      }),
    ).rejects.toMatchObject({ code: "not_found" });

    const { token } = await rotatePersonalFeed(
      services.db,
      { userId: rosa.userId, publicUrl: "https://hub.example.org" },
      actor,
    );
    const feed = await readPersonalFeed(services.db, {
      token,
      publicUrl: "https://hub.example.org",
      hubName: "Hub",
      now: new Date("2026-03-01T00:00:00Z"),
    });
    const personal = new ICAL.Component(ICAL.parse(feed!)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(personal.map((e) => e.summary)).toContain("Co-reflexión: Tuesday evening circle");
    expect(
      personal
        .find((e) => e.uid.includes(meetingIds[1]!))!
        .startDate.toJSDate()
        .toISOString(),
    ).toBe("2026-03-13T00:30:00.000Z");
  });

  it("serves circles, meetings and answers through the API, to members only", async () => {
    const created = await call("POST", "/circles", trainer, {
      name: "API circle",
      language: "es",
      timeZone: "Australia/Sydney",
    });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    expect((await call("POST", "/circles", sam, { name: "No", language: "en", timeZone: "UTC" })).status).toBe(403);
    const planned = await call("POST", `/circles/${id}/meetings`, trainer, {
      frequency: "monthly_weekday",
      firstDate: "2026-03-04",
      startTime: "19:00",
      count: 3,
    });
    expect(planned.status).toBe(201);
    expect(planned.json.meetingIds).toHaveLength(3);
    const invited = await call("POST", `/circles/${id}/invitations`, trainer, { emails: ["sam@example.org"] });
    expect(invited.json.invited).toEqual(["sam@example.org"]);
    const mine = await call("GET", "/me/circles", sam);
    const invitation = mine.json.invitations.find((i: { circleId: string }) => i.circleId === id);
    await answerCircleInvitation(services, { viewer: sam, invitationId: invitation.id, accept: true }, actor);

    const second = planned.json.meetingIds[1] as string;
    const answered = await call("PUT", `/circles/${id}/meetings/${second}/rsvp`, sam, { answer: "going" });
    expect(answered).toEqual({ status: 200, json: { answer: "going" } });
    expect((await call("PUT", `/circles/${id}/meetings/${second}/rsvp`, sam, { answer: "often" })).status).toBe(422);
    const shown = await call("GET", `/circles/${id}`, sam);
    expect(shown.status).toBe(200);
    expect(shown.json.meetings.map((m: { myAnswer: string | null }) => m.myAnswer)).toEqual([null, "going", null]);
    // 7 pm in Sydney: AEDT (UTC+11) on 4 March, AEST (UTC+10) from April.
    expect(shown.json.meetings.map((m: { startsAt: string }) => m.startsAt)).toEqual([
      "2026-03-04T08:00:00.000Z",
      "2026-04-01T08:00:00.000Z",
      "2026-05-06T09:00:00.000Z",
    ]);
    expect((await call("GET", `/circles/${id}`, admin)).status).toBe(404);
    expect((await call("GET", `/circles/${id}`, stranger)).status).toBe(404);
  });
});
