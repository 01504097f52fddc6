// What organizers do on a circle's page, through the API too, on both engines: answering requests to join, a member's
// own reminder, and archiving (organizers or an admin; dates ahead cancelled, read-only for members with the history
// still readable, listed apart, restored by an admin, audited). Outsiders are told a circle does not exist; members
// who may not are told so; an archived circle refuses changes with a problem that says why.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { sendCircleReminders } from "#features/circles/send-circle-reminders.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { sessionCookie } from "../support/http.ts";
import {
  CIRCLE_PASSWORD as PASSWORD,
  pageText,
  planCircle,
  THURSDAY_CIRCLE,
  startCircleHub,
  type CircleHub,
} from "../support/circles.ts";

describe.each(enginesUnderTest())("circles: join requests, reminders and archiving over the API (%s)", (engine) => {
  let hub: CircleHub;
  let circleId: string;
  let meetingIds: string[];

  // The hub's parts and people under the names the tests use, bound once it has started.
  let services: CircleHub["services"], http: CircleHub["http"], at: CircleHub["at"];
  let call: CircleHub["call"], callWithContentType: CircleHub["callWithContentType"], postForm: CircleHub["postForm"];
  let admin: Viewer, trainer: Viewer, rosa: Viewer, sam: Viewer, stranger: Viewer;
  const audits = (action: string) =>
    services.db
      .select({ targetId: schema.auditEvent.targetId, summary: schema.auditEvent.summary })
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, action));

  beforeAll(async () => {
    hub = await startCircleHub(engine, { now: "2026-02-20T12:00:00Z" });
    ({ services, http, call, callWithContentType, postForm, at } = hub);
    ({ admin, trainer, rosa, sam, stranger } = hub.people);
    ({ circleId, meetingIds } = await planCircle(hub, trainer, {
      ...THURSDAY_CIRCLE,
      circle: { ...THURSDAY_CIRCLE.circle, videoUrl: "https://video.example.org/thursday" },
    }));
  });
  afterAll(async () => {
    await hub?.close();
  });

  it("lets organizers list requests to join and answer them; members are told no, outsiders nothing", async () => {
    const requests = `/circles/${circleId}/join-requests`;
    expect((await call("POST", requests, rosa)).status).toBe(204);
    at("2026-02-20T13:00:00Z");
    expect((await call("POST", requests, sam)).status).toBe(204);
    expect((await call("GET", requests, stranger)).status).toBe(404);
    expect((await call("GET", requests, admin)).status).toBe(404);
    expect(await call("GET", requests, trainer)).toMatchObject({
      status: 200,
      json: {
        requests: [
          { userId: rosa.userId, name: "Rosa Peer", requestedAt: "2026-02-20T12:00:00.000Z" },
          { userId: sam.userId, name: "Sam Peer", requestedAt: "2026-02-20T13:00:00.000Z" },
        ],
      },
    });
    const answer = (userId: string) => `${requests}/${userId}/answer`;
    expect((await call("POST", answer(rosa.userId), trainer, { admit: "yes" })).status).toBe(422);
    expect((await call("POST", answer(rosa.userId), rosa, { admit: true })).status).toBe(404);
    expect(await call("POST", answer(rosa.userId), trainer, { admit: true })).toMatchObject({
      status: 200,
      json: { userId: rosa.userId, admitted: true },
    });
    // Rosa is in now, but not an organizer: she is told she may not, rather than that the circle does not exist.
    expect((await call("GET", requests, rosa)).status).toBe(403);
    expect((await call("POST", answer(sam.userId), rosa, { admit: true })).status).toBe(403);
    expect((await call("POST", answer(stranger.userId), trainer, { admit: true })).status).toBe(404);
    expect((await call("POST", answer(sam.userId), trainer, { admit: false })).json).toEqual({
      userId: sam.userId,
      admitted: false,
    });
    expect((await call("POST", answer(sam.userId), trainer, { admit: true })).status).toBe(404);
    expect((await call("GET", requests, trainer)).json).toEqual({ requests: [] });
    const members = (await call("GET", `/circles/${circleId}`, rosa)).json.members.map(
      (m: { userId: string }) => m.userId,
    );
    expect(members.sort()).toEqual([trainer.userId, rosa.userId].sort());
    expect((await audits("circle.request.admit")).map((a) => a.summary)).toEqual([{ userId: rosa.userId }]);
    expect((await audits("circle.request.decline")).map((a) => a.summary)).toEqual([{ userId: sam.userId }]);
  });

  it("lets a member choose their own reminder through the API", async () => {
    const path = `/circles/${circleId}/reminder`;
    expect((await call("PUT", path, rosa, { minutes: 5 })).status).toBe(422);
    expect((await call("PUT", path, stranger, { minutes: 60 })).status).toBe(404);
    expect((await call("PUT", path, rosa, { minutes: 60 })).status).toBe(204);
    const [row] = await services.db
      .select({ minutes: schema.circleMember.reminderMinutes })
      .from(schema.circleMember)
      .where(and(eq(schema.circleMember.circleId, circleId), eq(schema.circleMember.userId, rosa.userId)));
    expect(row?.minutes).toBe(60);
  });

  it("archives a circle: only its organizers (or an admin), dates ahead cancelled, no reminder, audited", async () => {
    // The first meeting (5 March) has happened and Rosa came; the agreement has a version.
    at("2026-03-06T03:00:00Z");
    expect(
      (await call("PUT", `/circles/${circleId}/meetings/${meetingIds[0]}/attendance`, rosa, { present: [rosa.userId] }))
        .status,
    ).toBe(204);
    // Recorded for sure, so the reminder that does not go out below is withheld by the archive, not missing.
    expect(
      (
        await call("POST", `/circles/${circleId}/agreement/versions`, trainer, {
          body: "What is said here stays here.",
        })
      ).status,
    ).toBe(201);
    expect(
      (await call("PUT", `/circles/${circleId}/meetings/${meetingIds[1]}/rsvp`, rosa, { answer: "going" })).status,
    ).toBe(200);

    const path = `/circles/${circleId}/archive`;
    expect((await call("POST", path, stranger, {})).status).toBe(404);
    expect((await call("POST", path, rosa, {})).status).toBe(403);
    expect((await call("POST", path, trainer, { reason: "x".repeat(501) })).status).toBe(422);
    const archived = await call("POST", path, trainer, { reason: "We finished our year together." });
    expect(archived).toMatchObject({
      status: 200,
      json: { archivedAt: "2026-03-06T03:00:00.000Z", cancelledMeetings: 3 },
    });
    const again = await callWithContentType("POST", path, trainer, {});
    expect(again.status).toBe(409);
    expect(again.type).toContain("application/problem+json");

    // The meetings ahead are cancelled; the one held stays, with who came.
    const shown = await call("GET", `/circles/${circleId}`, rosa);
    expect(shown.json).toMatchObject({
      archivedAt: "2026-03-06T03:00:00.000Z",
      archiveReason: "We finished our year together.",
    });
    expect(shown.json.meetings.map((m: { status: string }) => m.status)).toEqual([
      "scheduled",
      "cancelled",
      "cancelled",
      "cancelled",
    ]);
    const kept = await services.db
      .select({ userId: schema.circleAttendance.userId })
      .from(schema.circleAttendance)
      .where(eq(schema.circleAttendance.meetingId, meetingIds[0]!));
    expect(kept).toEqual([{ userId: rosa.userId }]);
    // Rosa asked for a reminder an hour ahead and said she is going on 12 March (6 pm in Oregon, 01:00 UTC on the
    // 13th); half an hour before it, nothing goes out.
    at("2026-03-13T00:30:00Z");
    expect(await sendCircleReminders(services)).toBe(0);
    const [audit] = await audits("circle.archive");
    expect(audit).toEqual({ targetId: circleId, summary: { cancelledMeetings: 3, reasonGiven: true } });
  });

  it("keeps an archived circle read-only for its members, with its history readable, and lists it apart", async () => {
    const refused = [
      await callWithContentType("PUT", `/circles/${circleId}/meetings/${meetingIds[0]}/rsvp`, rosa, {
        answer: "going",
      }),
      await callWithContentType("POST", `/circles/${circleId}/meetings`, trainer, {
        frequency: "once",
        firstDate: "2026-04-02",
        startTime: "18:00",
      }),
      await callWithContentType("PATCH", `/circles/${circleId}/meetings/${meetingIds[0]}`, trainer, {
        date: "2026-03-06",
        startTime: "18:00",
      }),
      await callWithContentType("PUT", `/circles/${circleId}/meetings/${meetingIds[0]}/attendance`, trainer, {
        present: [trainer.userId],
      }),
      await callWithContentType("POST", `/circles/${circleId}/invitations`, trainer, { emails: ["sam@example.org"] }),
      await callWithContentType("POST", `/circles/${circleId}/agreement/proposals`, rosa, { body: "One more line" }),
      await callWithContentType("POST", `/circles/${circleId}/agreement/acknowledgements`, rosa, { version: 1 }),
      await callWithContentType("PUT", `/circles/${circleId}/reminder`, rosa, { minutes: 0 }),
    ];
    for (const answer of refused) {
      expect(answer.status).toBe(409);
      expect(answer.type).toContain("application/problem+json");
      expect(answer.json.detail).toBe(
        "This circle is archived. Its history is here to read, but nothing can be changed or planned in it.",
      );
    }
    // Outsiders are still told nothing, not even that it is archived.
    expect(
      (await call("PUT", `/circles/${circleId}/meetings/${meetingIds[0]}/rsvp`, stranger, { answer: "going" })).status,
    ).toBe(404);
    expect((await call("POST", `/circles/${circleId}/join-requests`, stranger)).status).toBe(404);

    const agreement = await call("GET", `/circles/${circleId}/agreement`, rosa);
    expect(agreement.json).toMatchObject({ current: { version: 1, body: "What is said here stays here." } });
    expect(agreement.json.mayPublish).toBe(false);

    const rosasList = (await call("GET", "/me/circles", rosa)).json;
    expect(rosasList.circles).toEqual([]);
    expect(rosasList.archived).toMatchObject([
      { id: circleId, name: "Thursday circle", archivedAt: "2026-03-06T03:00:00.000Z", meetingCount: 1 },
    ]);
    expect((await call("GET", "/me/circles", stranger)).json.archived).toEqual([]);
    expect((await call("GET", "/me/circles", stranger)).json.openToRequests).toEqual([]);
    expect((await call("GET", "/me/circles", admin)).json.archived.map((c: { id: string }) => c.id)).toEqual([
      circleId,
    ]);

    // The page shows why and when, the history, and no form to change anything; leaving stays possible.
    const cookie = await sessionCookie(services, rosa.email, PASSWORD);
    const page = await pageText(await fetch(`${http.url}/circles/${circleId}`, { headers: { cookie } }));
    expect(page).toContain("This circle was archived on");
    // Said of this one circle; its dates ahead are named as cancelled, and nobody is due to facilitate one.
    expect(page).toContain('<h2 id="archived-title">This circle is archived</h2>');
    expect(page).toContain('<h2 id="upcoming-title">Cancelled meetings</h2>');
    expect(page).not.toContain("Coming meetings");
    expect(page).not.toMatch(/facilitat(e|ing) the next meeting/);
    // No meetings are held any more, so neither the meeting link nor "no place or link yet" is shown.
    expect(page).not.toContain("video.example.org");
    expect(page).not.toContain("No place or link yet.");
    expect(page).toContain("We finished our year together.");
    expect(page).toContain("What is said here stays here.");
    for (const intent of ["answer", "acknowledge", "propose", "reminder", "attended-self", "archive"])
      expect(page).not.toContain(`value="${intent}"`);
    expect(page).toContain("Yes, leave Thursday circle");
    const answered = await postForm(`/circles/${circleId}`, cookie, {
      intent: "answer",
      meetingId: meetingIds[0]!,
      answer: "going",
    });
    expect(answered.status).toBe(409);
    expect(await pageText(answered)).toContain("This circle is archived.");
    const list = await pageText(await fetch(`${http.url}/circles`, { headers: { cookie } }));
    expect(list).toContain("Archived circles");
    expect(list).not.toContain("Restore Thursday circle");

    // The circle's own feed shows the dates ahead as cancelled, with a raised sequence, so calendars drop them.
    const feed = await (await fetch(`${http.url}/circles/${circleId}/calendar.ics`, { headers: { cookie } })).text();
    expect(feed.match(/STATUS:CANCELLED/g)?.length).toBe(3);
    expect(feed.match(/STATUS:CONFIRMED/g)?.length).toBe(1);
  });

  it("lets only an admin restore an archived circle; its organizers can plan again", async () => {
    at("2026-03-20T12:00:00Z");
    const path = `/circles/${circleId}/restore`;
    expect((await call("POST", path, trainer)).status).toBe(403);
    expect((await call("POST", "/circles/00000000-0000-4000-8000-000000000000/restore", admin)).status).toBe(404);
    expect((await call("POST", path, admin)).status).toBe(204);
    expect((await call("POST", path, admin)).status).toBe(409);
    const shown = await call("GET", `/circles/${circleId}`, rosa);
    expect(shown.json).toMatchObject({ archivedAt: null, archiveReason: null });
    // The dates cancelled when it was archived stay cancelled; new ones can be planned and answered.
    expect(
      (await call("PUT", `/circles/${circleId}/meetings/${meetingIds[3]}/rsvp`, rosa, { answer: "going" })).status,
    ).toBe(409);
    const planned = await call("POST", `/circles/${circleId}/meetings`, trainer, {
      frequency: "once",
      firstDate: "2026-04-02",
      startTime: "18:00",
    });
    expect(planned.status).toBe(201);
    expect(
      (await call("PUT", `/circles/${circleId}/meetings/${planned.json.meetingIds[0]}/rsvp`, rosa, { answer: "going" }))
        .status,
    ).toBe(200);
    expect((await audits("circle.restore")).map((a) => a.targetId)).toEqual([circleId]);
  });

  it("lets an admin archive and restore any circle from the circles page without JavaScript, seeing no members", async () => {
    const adminCookie = await sessionCookie(services, admin.email, PASSWORD);
    const before = await pageText(await fetch(`${http.url}/circles`, { headers: { cookie: adminCookie } }));
    expect(before).toContain("Archive Thursday circle");
    expect(before).not.toContain("Rosa Peer");
    const tooLong = await postForm("/circles", adminCookie, {
      intent: "archive",
      id: circleId,
      reason: "x".repeat(501),
    });
    expect(tooLong.status).toBe(400);
    expect(await pageText(tooLong)).toContain("Please keep the reason to 500 characters.");
    const archived = await postForm("/circles", adminCookie, { intent: "archive", id: circleId, reason: "" });
    expect(archived.status).toBe(200);
    expect(archived.url).toMatch(/\/circles\?done=archived$/);
    const after = await pageText(archived);
    expect(after).toContain("The circle is archived.");
    expect(after).toContain("Restore Thursday circle");
    const [row] = await services.db
      .select({ archivedBy: schema.circle.archivedBy, reason: schema.circle.archiveReason })
      .from(schema.circle)
      .where(eq(schema.circle.id, circleId));
    expect(row).toEqual({ archivedBy: admin.userId, reason: null });

    // A member who is not an organizer cannot archive from the circle page either.
    const rosaCookie = await sessionCookie(services, rosa.email, PASSWORD);
    const restored = await postForm("/circles", adminCookie, { intent: "restore", id: circleId });
    expect(restored.url).toMatch(/\/circles\?done=restored$/);
    expect(await pageText(restored)).toContain("The circle is restored.");
    expect((await postForm(`/circles/${circleId}`, rosaCookie, { intent: "archive" })).status).toBe(403);
    expect((await postForm("/circles", rosaCookie, { intent: "restore", id: circleId })).status).toBe(403);

    // The organizer archives from the circle page, with a reason members then read.
    const tessCookie = await sessionCookie(services, trainer.email, PASSWORD);
    const tessPage = await pageText(
      await fetch(`${http.url}/circles/${circleId}`, { headers: { cookie: tessCookie } }),
    );
    expect(tessPage).toContain("Archiving the circle");
    // Restored, the circle hands out its meeting link again.
    expect(tessPage).toContain('href="https://video.example.org/thursday"');
    const done = await postForm(`/circles/${circleId}`, tessCookie, {
      intent: "archive",
      reason: "Resting for summer.",
    });
    expect(done.status).toBe(200);
    expect(await pageText(done)).toContain("The circle is archived. Its history stays here to read.");
    expect((await call("GET", `/circles/${circleId}`, rosa)).json.archiveReason).toBe("Resting for summer.");
  });
});
