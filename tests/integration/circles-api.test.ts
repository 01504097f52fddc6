// The circles API on both engines, and the pieces it reads: each meeting's prompt (the facilitator's choice for that
// date, else the library's in turn), moving and cancelling one date, swapping who facilitates, attendance, the
// agreement, invitations and requests to join, and the hub setting that lets participants start circles. Members
// only: anyone else is told the circle does not exist, and members see how many answered, never who.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { updateHubSettings } from "#features/hub/update-hub-settings.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import { ensureSeedPrompts } from "#features/prompts/seed-prompts.ts";
import { listPrompts } from "#features/prompts/list-prompts.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { sessionCookie } from "../support/http.ts";
import {
  CIRCLE_PASSWORD as PASSWORD,
  pageText,
  planCircle,
  startCircleHub,
  type CircleHub,
} from "../support/circles.ts";

const actor = { userId: null, label: "test" };

type Meeting = {
  id: string;
  startsAt: string;
  status: string;
  moved: boolean;
  facilitatorId: string | null;
  myAnswer: string | null;
  going: number;
  maybe: number;
  prompt: { id: string; en: string; es: string; chosen: boolean } | null;
};

describe.each(enginesUnderTest())("circles API (%s)", (engine) => {
  let hub: CircleHub;
  let circleId: string;
  let meetingIds: string[];
  let library: { id: string; textEn: string }[];

  // The hub's parts and people under the names the tests use, bound once it has started.
  let services: CircleHub["services"], http: CircleHub["http"], at: CircleHub["at"];
  let call: CircleHub["call"], postForm: CircleHub["postForm"];
  let admin: Viewer, trainer: Viewer, rosa: Viewer, sam: Viewer, stranger: Viewer;
  const meetingsAs = async (viewer: Viewer): Promise<Meeting[]> => {
    const shown = await call("GET", `/circles/${circleId}`, viewer);
    expect(shown.status).toBe(200);
    return shown.json.meetings;
  };

  beforeAll(async () => {
    hub = await startCircleHub(engine, { now: "2026-02-20T12:00:00Z" });
    ({ services, http, call, postForm, at } = hub);
    ({ admin, trainer, rosa, sam, stranger } = hub.people);
    await ensureSeedPrompts(services.db);
    library = await listPrompts(services.db, { locale: "en" });
  });
  afterAll(async () => {
    await hub?.close();
  });

  it("starts a circle, plans four weekly dates and brings two members in through the API", async () => {
    const { created, planned, ...thursday } = await planCircle(hub, trainer);
    expect(created.status).toBe(201);
    expect(planned.status).toBe(201);
    expect(thursday.meetingIds).toHaveLength(4);
    ({ circleId, meetingIds } = thursday);

    await call("POST", `/circles/${circleId}/invitations`, trainer, { emails: ["rosa@example.org"] });
    const rosasList = await call("GET", "/me/circles", rosa);
    const invitation = rosasList.json.invitations.find((i: { circleId: string }) => i.circleId === circleId);
    // Only the invited address can answer; anyone else is told there is no such invitation.
    expect((await call("POST", `/me/circle-invitations/${invitation.id}/answer`, sam, { accept: true })).status).toBe(
      404,
    );
    expect(await call("POST", `/me/circle-invitations/${invitation.id}/answer`, rosa, { accept: true })).toEqual({
      status: 200,
      json: { circleId, joined: true },
    });
    expect((await call("POST", `/me/circle-invitations/${invitation.id}/answer`, rosa, { accept: true })).status).toBe(
      409,
    );

    // Sam finds the circle open to requests, asks, and the trainer lets him in on the page's use case.
    const samsList = await call("GET", "/me/circles", sam);
    expect(samsList.json.openToRequests.map((c: { id: string }) => c.id)).toContain(circleId);
    expect((await call("POST", `/circles/${circleId}/join-requests`, sam)).status).toBe(204);
    const waiting = await call("GET", "/me/circles", sam);
    expect(waiting.json.requested.map((c: { id: string }) => c.id)).toEqual([circleId]);
    expect(waiting.json.circles).toEqual([]);
    const { answerJoinRequest } = await import("#features/circles/request-to-join.ts");
    await answerJoinRequest(services, { viewer: trainer, circleId, userId: sam.userId, admit: true }, actor);
    expect((await call("GET", "/me/circles", sam)).json.circles.map((c: { id: string }) => c.id)).toEqual([circleId]);
  });

  it("shows each date the library's prompt in turn until the facilitator chooses one for that date only", async () => {
    const before = await meetingsAs(rosa);
    expect(before.map((m) => m.prompt?.id)).toEqual(library.slice(0, 4).map((p) => p.id));
    expect(before.every((m) => m.prompt && !m.prompt.chosen && m.prompt.en && m.prompt.es)).toBe(true);

    const chosen = library.at(-1)!;
    // The date is Tess's turn; Rosa (a member, not its facilitator) may not choose, a stranger is not told it exists.
    const path = `/circles/${circleId}/meetings/${meetingIds[1]}/prompt`;
    expect((await call("PUT", path, rosa, { promptId: chosen.id })).status).toBe(403);
    expect((await call("PUT", path, stranger, { promptId: chosen.id })).status).toBe(404);
    expect((await call("PUT", path, trainer, { promptId: "no-such-prompt" })).status).toBe(422);
    expect(await call("PUT", path, trainer, { promptId: chosen.id })).toEqual({
      status: 200,
      json: { promptId: chosen.id },
    });
    const after = await meetingsAs(rosa);
    expect(after[1]!.prompt).toMatchObject({ id: chosen.id, en: chosen.textEn, chosen: true });
    // The other dates keep their turn.
    for (const i of [0, 2, 3]) expect(after[i]!.prompt).toEqual(before[i]!.prompt);
    const [row] = await services.db
      .select()
      .from(schema.circleMeetingPrompt)
      .where(eq(schema.circleMeetingPrompt.meetingId, meetingIds[1]!));
    expect(row).toMatchObject({ circleId, promptId: chosen.id, chosenBy: trainer.userId });

    // Going back to the rotation removes the choice.
    expect((await call("PUT", path, trainer, { promptId: null })).json).toEqual({ promptId: null });
    expect((await meetingsAs(rosa))[1]!.prompt).toEqual(before[1]!.prompt);
    await call("PUT", path, trainer, { promptId: chosen.id });
  });

  it("lets the facilitator swap turns, and then the new facilitator chooses that date's prompt", async () => {
    const path = `/circles/${circleId}/meetings/${meetingIds[2]}/facilitator`;
    // Every date was planned while Tess was the only member, so every turn is hers; Sam may not take one himself.
    expect((await meetingsAs(rosa)).map((m) => m.facilitatorId)).toEqual(Array(4).fill(trainer.userId));
    expect((await call("PUT", path, sam, { facilitatorId: sam.userId })).status).toBe(403);
    expect((await call("PUT", path, stranger, { facilitatorId: stranger.userId })).status).toBe(404);
    expect((await call("PUT", path, trainer, { facilitatorId: stranger.userId })).status).toBe(422);
    expect((await call("PUT", path, trainer, { facilitatorId: rosa.userId })).json).toEqual({
      facilitatorId: rosa.userId,
    });
    const prompt = library[5]!;
    expect(
      (await call("PUT", `/circles/${circleId}/meetings/${meetingIds[2]}/prompt`, rosa, { promptId: prompt.id }))
        .status,
    ).toBe(200);
    expect((await meetingsAs(sam))[2]!.prompt).toMatchObject({ id: prompt.id, chosen: true });
  });

  it("keeps answers per date and shows members counts, never who answered what", async () => {
    expect(
      (await call("PUT", `/circles/${circleId}/meetings/${meetingIds[1]}/rsvp`, rosa, { answer: "going" })).status,
    ).toBe(200);
    expect(
      (await call("PUT", `/circles/${circleId}/meetings/${meetingIds[1]}/rsvp`, sam, { answer: "maybe" })).status,
    ).toBe(200);
    expect(
      (await call("PUT", `/circles/${circleId}/meetings/${meetingIds[1]}/rsvp`, stranger, { answer: "going" })).status,
    ).toBe(404);
    const seenBySam = await call("GET", `/circles/${circleId}`, sam);
    const second = seenBySam.json.meetings[1] as Meeting;
    expect(second).toMatchObject({ myAnswer: "maybe", going: 1, maybe: 1 });
    expect(seenBySam.json.meetings.map((m: Meeting) => m.myAnswer)).toEqual([null, "maybe", null, null]);
    // Nothing in the answer names Rosa's answer, or anyone's.
    const text = JSON.stringify(seenBySam.json);
    expect(text).not.toMatch(/"answers"|"rsvps"|"attended"/);
    expect(Object.keys(second).sort()).toEqual(
      ["endsAt", "facilitatorId", "going", "id", "maybe", "moved", "myAnswer", "prompt", "startsAt", "status"].sort(),
    );
  });

  it("moves one date (its answers and prompt stay) and cancels another, organizers only", async () => {
    const path = `/circles/${circleId}/meetings/${meetingIds[1]}`;
    expect((await call("PATCH", path, rosa, { date: "2026-03-13", startTime: "18:30" })).status).toBe(403);
    expect((await call("PATCH", path, stranger, { date: "2026-03-13", startTime: "18:30" })).status).toBe(404);
    expect((await call("PATCH", path, trainer, { date: "2026-03-08", startTime: "02:30" })).status).toBe(422);
    expect(
      (await call("PATCH", path, trainer, { date: "2026-03-13", startTime: "18:30", durationMinutes: 60 })).status,
    ).toBe(204);
    const chosen = library.at(-1)!;
    const moved = (await meetingsAs(rosa))[1]!;
    // 6:30 pm in Oregon after the March change is 01:30 UTC the next day.
    expect(moved).toMatchObject({
      id: meetingIds[1],
      startsAt: "2026-03-14T01:30:00.000Z",
      moved: true,
      myAnswer: "going",
      going: 1,
      prompt: { id: chosen.id, chosen: true },
    });

    const cancel = `/circles/${circleId}/meetings/${meetingIds[3]}/cancel`;
    expect((await call("POST", cancel, sam)).status).toBe(403);
    expect((await call("POST", cancel, trainer)).status).toBe(204);
    expect((await call("POST", cancel, trainer)).status).toBe(409);
    const after = await meetingsAs(rosa);
    expect(after.map((m) => m.status)).toEqual(["scheduled", "scheduled", "scheduled", "cancelled"]);
    expect(
      (await call("PUT", `/circles/${circleId}/meetings/${meetingIds[3]}/prompt`, trainer, { promptId: null })).status,
    ).toBe(409);
  });

  it("records attendance once a meeting started: oneself, or others as facilitator", async () => {
    const path = `/circles/${circleId}/meetings/${meetingIds[0]}/attendance`;
    expect((await call("PUT", path, rosa, { present: [rosa.userId] })).status).toBe(409);
    at("2026-03-06T02:30:00Z");
    expect((await call("PUT", path, rosa, { present: [sam.userId] })).status).toBe(403);
    expect((await call("PUT", path, stranger, { present: [stranger.userId] })).status).toBe(404);
    expect((await call("PUT", path, rosa, { present: [rosa.userId] })).status).toBe(204);
    expect((await call("PUT", path, trainer, { present: [sam.userId, trainer.userId] })).status).toBe(204);
    const rows = await services.db
      .select({ userId: schema.circleAttendance.userId })
      .from(schema.circleAttendance)
      .where(eq(schema.circleAttendance.meetingId, meetingIds[0]!));
    expect(rows.map((r) => r.userId).sort()).toEqual([rosa.userId, sam.userId, trainer.userId].sort());
    // A prompt can no longer be chosen for a meeting that has ended.
    at("2026-03-06T04:00:00Z");
    expect(
      (await call("PUT", `/circles/${circleId}/meetings/${meetingIds[0]}/prompt`, trainer, { promptId: null })).status,
    ).toBe(409);
  });

  it("versions the agreement through the API: members propose, the facilitator publishes, each acknowledges", async () => {
    const base = `/circles/${circleId}/agreement`;
    expect((await call("GET", base, stranger)).status).toBe(404);
    expect((await call("GET", base, admin)).status).toBe(404);
    expect((await call("GET", base, sam)).json).toMatchObject({ current: null, history: [], mayPublish: false });
    expect((await call("POST", `${base}/acknowledgements`, sam, { version: 1 })).status).toBe(404);
    const proposed = await call("POST", `${base}/proposals`, sam, { body: "What is said here stays here." });
    expect(proposed.status).toBe(201);
    expect((await call("POST", `${base}/proposals`, stranger, { body: "Let me in" })).status).toBe(404);
    expect((await call("POST", `${base}/versions`, sam, { body: "Sam's own" })).status).toBe(403);
    expect((await call("POST", `${base}/versions`, trainer, { body: "" })).status).toBe(422);
    expect(await call("POST", `${base}/versions`, trainer, { body: "What is said here stays here." })).toEqual({
      status: 201,
      json: { version: 1 },
    });
    await call("POST", `${base}/versions`, trainer, { body: "What is said here stays here.\nWe speak for ourselves." });
    expect((await call("POST", `${base}/acknowledgements`, sam, { version: 1 })).status).toBe(409);
    expect((await call("POST", `${base}/acknowledgements`, sam, { version: 2 })).status).toBe(204);
    const read = await call("GET", base, rosa);
    expect(read.json).toMatchObject({
      current: { version: 2, acknowledgedByMe: false, acknowledgements: 1 },
      history: [{ version: 1, body: "What is said here stays here." }],
      openProposals: [],
      mayPublish: false,
    });
    expect(JSON.stringify(read.json)).not.toContain(sam.userId);
    expect((await call("GET", base, sam)).json.current.acknowledgedByMe).toBe(true);
  });

  it("shows members the prompt of each date ahead on the circle page; its facilitator chooses one there without JavaScript", async () => {
    const samCookie = await sessionCookie(services, sam.email, PASSWORD);
    const samsPage = await pageText(await fetch(`${http.url}/circles/${circleId}`, { headers: { cookie: samCookie } }));
    const chosen = library.at(-1)!;
    expect(samsPage).toContain(chosen.textEn);
    expect(samsPage).toContain("chosen by the facilitator");
    expect(samsPage).toContain(library[5]!.textEn);
    // Sam facilitates none of the dates ahead: no prompt form, and the library is not sent to him.
    expect(samsPage).not.toContain('name="promptId"');
    expect(
      (
        await postForm(`/circles/${circleId}`, samCookie, {
          intent: "prompt",
          meetingId: meetingIds[2]!,
          promptId: library[0]!.id,
        })
      ).status,
    ).toBe(403);

    const rosaCookie = await sessionCookie(services, rosa.email, PASSWORD);
    const rosasPage = await pageText(
      await fetch(`${http.url}/circles/${circleId}`, { headers: { cookie: rosaCookie } }),
    );
    expect(rosasPage).toContain(`id="prompt-${meetingIds[2]}-${library[0]!.id}"`);
    expect(rosasPage).not.toContain(`id="prompt-${meetingIds[1]}-${library[0]!.id}"`);
    const saved = await postForm(`/circles/${circleId}`, rosaCookie, {
      intent: "prompt",
      meetingId: meetingIds[2]!,
      promptId: library[0]!.id,
    });
    expect(saved.status).toBe(200);
    expect(await pageText(saved)).toContain("The prompt for that meeting is saved.");
    expect((await meetingsAs(sam))[2]!.prompt).toMatchObject({ id: library[0]!.id, chosen: true });
    const back = await postForm(`/circles/${circleId}`, rosaCookie, {
      intent: "prompt",
      meetingId: meetingIds[2]!,
      promptId: "",
    });
    expect(back.status).toBe(200);
    expect((await meetingsAs(sam))[2]!.prompt).toMatchObject({ id: library[2]!.id, chosen: false });
  });

  it("lists the prompt library in both languages for signed-in people", async () => {
    const listed = await call("GET", "/prompts", sam);
    expect(listed.status).toBe(200);
    expect(listed.json.prompts.map((p: { id: string }) => p.id)).toEqual(library.map((p) => p.id));
    expect(listed.json.prompts.every((p: { en: string; es: string }) => p.en && p.es)).toBe(true);
    const anonymous = await fetch(`${http.url}${API_BASE_PATH}/prompts`);
    expect(anonymous.status).toBe(401);
  });

  it("lets participants start circles only while the hub's setting is on; the starter facilitates first", async () => {
    const start = () => call("POST", "/circles", rosa, { name: "Rosa's circle", language: "es", timeZone: "UTC" });
    expect((await start()).status).toBe(403);
    const settings = await readHubSettings(services.db);
    const fields = {
      name: settings.name,
      tagline: settings.tagline ?? "",
      logoUrl: settings.logoUrl ?? "",
      accentColor: settings.accentColor,
      contactEmail: settings.contactEmail ?? "",
      providerNumber: settings.providerNumber ?? "",
      region: settings.region ?? "",
    };
    await expect(
      updateHubSettings(
        services.db,
        { viewer: sam, now: services.now(), ...fields, membersMayStartCircles: true },
        actor,
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    await updateHubSettings(
      services.db,
      { viewer: admin, now: services.now(), ...fields, membersMayStartCircles: true },
      actor,
    );
    const created = await start();
    expect(created.status).toBe(201);
    const planned = await call("POST", `/circles/${created.json.id}/meetings`, rosa, {
      frequency: "once",
      firstDate: "2026-04-01",
      startTime: "17:00",
    });
    expect(planned.status).toBe(201);
    const own = await call("GET", `/circles/${created.json.id}`, rosa);
    expect(own.json.members).toEqual([{ userId: rosa.userId, name: "Rosa Peer", organizer: true }]);
    expect(own.json.meetings[0].facilitatorId).toBe(rosa.userId);
    // The admin settings page shows the setting and saves it without JavaScript.
    const adminCookie = await sessionCookie(services, admin.email, PASSWORD);
    const settingsPage = await pageText(
      await fetch(`${http.url}/admin/settings`, { headers: { cookie: adminCookie } }),
    );
    expect(settingsPage).toMatch(/<input type="checkbox" id="field-membersMayStartCircles"[^>]*checked/);
    expect(settingsPage).toContain("Participants may start circles");
    const unticked = await postForm("/admin/settings", adminCookie, { ...fields });
    expect(unticked.status).toBe(200);
    expect((await readHubSettings(services.db)).membersMayStartCircles).toBe(false);
    await postForm("/admin/settings", adminCookie, { ...fields, membersMayStartCircles: "on" });
    expect((await readHubSettings(services.db)).membersMayStartCircles).toBe(true);
    const audits = await services.db
      .select({ summary: schema.auditEvent.summary })
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, "hub.settings.update"));
    // On through the use case, off and on again through the page: each change audited with what changed.
    expect(audits.map((a) => a.summary.membersMayStartCircles).sort()).toEqual([false, true, true]);
    // Saving the other settings without naming this one leaves it as it is; turning it off closes the door again.
    await updateHubSettings(services.db, { viewer: admin, now: services.now(), ...fields }, actor);
    expect((await readHubSettings(services.db)).membersMayStartCircles).toBe(true);
    await updateHubSettings(
      services.db,
      { viewer: admin, now: services.now(), ...fields, membersMayStartCircles: false },
      actor,
    );
    expect((await start()).status).toBe(403);
  });

  it("lets a member leave: answers ahead go, attendance stays, and the last organizer hands over to the next in turn", async () => {
    expect((await meetingsAs(rosa))[1]).toMatchObject({ going: 1, maybe: 1 });
    expect((await call("DELETE", `/me/circles/${circleId}`, stranger)).status).toBe(404);
    expect((await call("DELETE", `/me/circles/${circleId}`, sam)).status).toBe(204);
    expect((await call("GET", `/circles/${circleId}`, sam)).status).toBe(404);
    expect((await call("DELETE", `/me/circles/${circleId}`, sam)).status).toBe(404);
    const afterSam = await call("GET", `/circles/${circleId}`, rosa);
    expect(afterSam.json.members.map((m: { userId: string }) => m.userId).sort()).toEqual(
      [trainer.userId, rosa.userId].sort(),
    );
    expect(afterSam.json.meetings[1]).toMatchObject({ going: 1, maybe: 0 });
    const kept = await services.db
      .select({ userId: schema.circleAttendance.userId })
      .from(schema.circleAttendance)
      .where(eq(schema.circleAttendance.meetingId, meetingIds[0]!));
    expect(kept.map((r) => r.userId)).toContain(sam.userId);

    // Tess, the only organizer, leaves: Rosa (next in turn) organizes now, and Tess's turns ahead wait for someone.
    expect(
      (
        await call("PATCH", `/circles/${circleId}/meetings/${meetingIds[1]}`, rosa, {
          date: "2026-03-20",
          startTime: "18:00",
        })
      ).status,
    ).toBe(403);
    expect((await call("DELETE", `/me/circles/${circleId}`, trainer)).status).toBe(204);
    const afterTess = await call("GET", `/circles/${circleId}`, rosa);
    expect(afterTess.json.members).toEqual([{ userId: rosa.userId, name: "Rosa Peer", organizer: true }]);
    expect(afterTess.json.meetings.map((m: Meeting) => m.facilitatorId)).toEqual([
      trainer.userId,
      null,
      rosa.userId,
      null,
    ]);
    expect(
      (
        await call("PATCH", `/circles/${circleId}/meetings/${meetingIds[1]}`, rosa, {
          date: "2026-03-20",
          startTime: "18:00",
        })
      ).status,
    ).toBe(204);

    // On the page, leaving takes a second step and ends on the circles page with a kind word.
    const rosaCookie = await sessionCookie(services, rosa.email, PASSWORD);
    const page = await pageText(await fetch(`${http.url}/circles/${circleId}`, { headers: { cookie: rosaCookie } }));
    expect(page).toContain("Yes, leave Thursday circle");
    const left = await postForm(`/circles/${circleId}`, rosaCookie, { intent: "leave" });
    expect(left.status).toBe(200);
    expect(left.url).toMatch(/\/circles\?done=left$/);
    expect(await pageText(left)).toContain("You left the circle.");
    expect((await call("GET", `/circles/${circleId}`, rosa)).status).toBe(404);
  });
});
