// The demo's co-reflection circle: a few months of fortnightly meetings with attendance, meetings still to come (one
// moved, one cancelled), a prompt the next facilitator chose, and a group agreement in two versions; the demo
// participant (Sam) is a member.
import { eq, inArray } from "drizzle-orm";
import { assignFacilitators } from "#core/circles.ts";
import { expandRecurrence, rruleFor, type CircleRecurrence } from "#core/circle-recurrence.ts";
import { addDaysToDate, utcToZoned } from "#core/local-time.ts";
import { schema, type Database } from "#db/client.ts";
import { recordAudit } from "#features/audit/record-audit.ts";
import { ensureSeedPrompts } from "#features/prompts/seed-prompts.ts";

const ZONE = "America/Los_Angeles";
const DAY = 86_400_000;

const AGREEMENT_V1 = [
  "What is shared in the circle stays in the circle.",
  "We speak from our own experience and practice, not about people who are not here.",
  "Anyone may pass.",
].join("\n");
const AGREEMENT_V2 = [
  AGREEMENT_V1,
  "If something said touches a hard place, we can say so and take a pause together.",
  "We start and end on time.",
].join("\n");

/** Adds the demo circle once; a hub that already has it is left alone. Answers whether it added it. */
export async function seedDemoCircles(db: Database, now: Date): Promise<boolean> {
  const emails = ["maya@example.org", "sam@example.org", "rosa@example.org", "kai@example.org"];
  const people = await db
    .select({ id: schema.user.id, email: schema.user.email })
    .from(schema.user)
    .where(inArray(schema.user.email, emails));
  const byEmail = new Map(people.map((p) => [p.email, p.id]));
  const [maya, sam, rosa, kai] = emails.map((e) => byEmail.get(e));
  if (!maya || !sam || !rosa || !kai) return false;
  const [existing] = await db
    .select({ id: schema.circle.id })
    .from(schema.circle)
    .where(eq(schema.circle.name, "Thursday evening co-reflection"));
  if (existing) return false;

  return db.transaction(async (tx) => {
    const [circle] = await tx
      .insert(schema.circle)
      .values({
        name: "Thursday evening co-reflection",
        description:
          "Peer supporters from around the Willamette Valley reflecting together on our practice with the IPS framework, every other Thursday.",
        language: "en",
        joinPolicy: "invitation",
        timeZone: ZONE,
        videoUrl: "https://video.example.org/thursday-circle",
        createdBy: maya,
        createdAt: new Date(now.getTime() - 130 * DAY),
      })
      .returning({ id: schema.circle.id });
    const circleId = circle!.id;
    const rotation = [maya, sam, rosa, kai];
    await tx.insert(schema.circleMember).values(
      rotation.map((userId, i) => ({
        circleId,
        userId,
        status: "active" as const,
        // Maya started it; Rosa helps organize (and so the Spanish demo shows the organizer's view).
        organizer: userId === maya || userId === rosa,
        rotationPosition: i + 1,
        reminderMinutes: userId === sam ? 1440 : null,
        joinedAt: new Date(now.getTime() - (125 - i) * DAY),
      })),
    );

    // Every other Thursday at 6 pm in Oregon, starting about four months back; about nine weeks still to come.
    const back = utcToZoned(new Date(now.getTime() - 120 * DAY), ZONE).date;
    const weekday = new Date(`${back}T12:00:00Z`).getUTCDay();
    const firstDate = addDaysToDate(back, (4 - weekday + 7) % 7);
    const rule: CircleRecurrence = {
      frequency: "weekly",
      interval: 2,
      firstDate,
      startTime: "18:00",
      durationMinutes: 90,
      timeZone: ZONE,
      count: 14,
    };
    const dates = expandRecurrence(rule);
    const [series] = await tx
      .insert(schema.circleSeries)
      .values({ circleId, rule, rrule: rruleFor(rule) })
      .returning({ id: schema.circleSeries.id });
    const facilitators = assignFacilitators(rotation, dates.length, null);
    const meetings = await tx
      .insert(schema.circleMeeting)
      .values(
        dates.map((d, i) => ({
          circleId,
          seriesId: series!.id,
          startsAt: d.startsAt,
          endsAt: d.endsAt,
          originalStartsAt: d.startsAt,
          facilitatorId: facilitators[i],
        })),
      )
      .returning({ id: schema.circleMeeting.id, startsAt: schema.circleMeeting.startsAt });
    const past = meetings.filter((m) => m.startsAt < now);
    const upcoming = meetings.filter((m) => m.startsAt >= now);

    // Attendance for past meetings: most people most times, nobody every time.
    const attendance = past.flatMap((m, i) =>
      rotation
        .filter((_, p) => (i + p) % 5 !== 0)
        .map((userId) => ({ meetingId: m.id, userId, recordedBy: facilitators[meetings.indexOf(m)] ?? maya })),
    );
    if (attendance.length) await tx.insert(schema.circleAttendance).values(attendance);

    // The second coming meeting moves a day later (a holiday); the fourth is cancelled. Sam answered both.
    if (upcoming[1]) {
      const moved = new Date(upcoming[1].startsAt.getTime() + DAY);
      await tx
        .update(schema.circleMeeting)
        .set({ startsAt: moved, endsAt: new Date(moved.getTime() + 90 * 60_000), calendarSequence: 1 })
        .where(eq(schema.circleMeeting.id, upcoming[1].id));
    }
    if (upcoming[3])
      await tx
        .update(schema.circleMeeting)
        .set({ status: "cancelled", calendarSequence: 1 })
        .where(eq(schema.circleMeeting.id, upcoming[3].id));
    // The next meeting's facilitator chose a prompt on mutuality; the dates after it show the library's in turn.
    await ensureSeedPrompts(tx);
    const [mutuality] = await tx
      .select({ id: schema.reflectionPrompt.id })
      .from(schema.reflectionPrompt)
      .where(eq(schema.reflectionPrompt.seedKey, "mutuality-1"));
    if (upcoming[0] && mutuality)
      await tx.insert(schema.circleMeetingPrompt).values({
        meetingId: upcoming[0].id,
        circleId,
        promptId: mutuality.id,
        chosenBy: facilitators[meetings.indexOf(upcoming[0])] ?? maya,
        chosenAt: now,
      });
    const answers = [
      upcoming[0] && { meetingId: upcoming[0].id, userId: sam, answer: "going" as const },
      upcoming[1] && { meetingId: upcoming[1].id, userId: sam, answer: "maybe" as const },
      upcoming[0] && { meetingId: upcoming[0].id, userId: rosa, answer: "going" as const },
      upcoming[0] && { meetingId: upcoming[0].id, userId: maya, answer: "going" as const },
    ].filter((a) => a !== undefined);
    if (answers.length) await tx.insert(schema.circleRsvp).values(answers);

    const versions = await tx
      .insert(schema.circleAgreementVersion)
      .values([
        {
          circleId,
          version: 1,
          body: AGREEMENT_V1,
          publishedBy: maya,
          publishedAt: new Date(now.getTime() - 118 * DAY),
        },
        { circleId, version: 2, body: AGREEMENT_V2, publishedBy: sam, publishedAt: new Date(now.getTime() - 40 * DAY) },
      ])
      .returning({ id: schema.circleAgreementVersion.id, version: schema.circleAgreementVersion.version });
    const v1 = versions.find((v) => v.version === 1)!.id;
    const v2 = versions.find((v) => v.version === 2)!.id;
    // Everyone agreed to the first version; Sam has not yet acknowledged the second, so the demo shows that step.
    await tx
      .insert(schema.circleAgreementAck)
      .values([
        ...rotation.map((userId) => ({ versionId: v1, userId })),
        { versionId: v2, userId: maya },
        { versionId: v2, userId: rosa },
      ]);
    await recordAudit(
      tx,
      { userId: null, label: "demo seed" },
      {
        action: "circle.create",
        targetType: "circle",
        targetId: circleId,
      },
    );
    return true;
  });
}
