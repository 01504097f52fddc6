// A year of evaluation history for the demo hub: past runs of the Overview and the Core Training, their people's
// evaluations and pre/post/follow-up self-assessments — enough for most groups to show, and one small group that shows
// the "not enough answers" message. Written as history (the answers as people would have left them), never through links.
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { schema, type Database } from "#db/client.ts";
import { defaultEvaluationForm } from "#core/evaluation-forms.ts";
import { selfAssessmentItems } from "#core/self-assessment.ts";
import { hashLinkToken } from "#features/evaluations/evaluation-keys.ts";
import { answeredMonth } from "#features/evaluations/submit-evaluation.ts";
import { requestEvaluationsAfterSignOff } from "#features/evaluations/send-evaluation-request.ts";
import { DEMO_COURSE_SLUGS } from "./seed-catalog.ts";

const DAY = 86_400_000;

/** A small deterministic generator, so every demo hub tells the same story. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const words = [
  "Being curious instead of fixing things.",
  "That a disconnect can be a place to start talking.",
  "Naming power out loud felt strange and then freeing.",
  "Sitting with not knowing, together.",
  "The story behind the story.",
  "Thinking about what we move towards, not only away from.",
  "Hearing other peers' worldviews.",
];

type Run = {
  course: keyof typeof DEMO_COURSE_SLUGS;
  monthsAgo: number;
  people: number;
  answering: number;
  days: number;
};

/** Four runs over the last year; the latest is small, so its results stay private. */
const runs: Run[] = [
  { course: "core", monthsAgo: 11, people: 9, answering: 8, days: 5 },
  { course: "overview", monthsAgo: 8, people: 8, answering: 7, days: 2 },
  { course: "core", monthsAgo: 5, people: 10, answering: 8, days: 5 },
  { course: "overview", monthsAgo: 2, people: 5, answering: 3, days: 2 },
];

export async function seedDemoEvaluations(db: Database, now: Date): Promise<void> {
  const courses = await db
    .select({ id: schema.course.id, slug: schema.course.slug })
    .from(schema.course)
    .where(inArray(schema.course.slug, [DEMO_COURSE_SLUGS.core, DEMO_COURSE_SLUGS.overview]));
  const courseId = new Map(courses.map((c) => [c.slug, c.id]));
  const [maya] = await db
    .select({ id: schema.user.id })
    .from(schema.user)
    .where(eq(schema.user.email, "maya@example.org"));
  if (!maya || courseId.size < 2) return;
  // The demo's last signed-off training (seed-registrations.ts) asks its people now, as a real sign-off does: the
  // worker sends those invitations with real links when the hub starts.
  const signedOff = await db
    .select({ id: schema.completion.registrationId, attended: schema.completion.attendedMinutes })
    .from(schema.completion);
  await requestEvaluationsAfterSignOff(
    db,
    signedOff.filter((row) => row.attended > 0).map((row) => row.id),
    now,
  );
  const random = generator(2014);
  const score = (base: number) => Math.max(1, Math.min(5, Math.round(base + (random() - 0.5) * 2)));

  // The Core Training shares written answers with its trainers; the Overview keeps them for hub staff.
  await db
    .insert(schema.evaluationForm)
    .values({
      scope: courseId.get(DEMO_COURSE_SLUGS.core)!,
      courseId: courseId.get(DEMO_COURSE_SLUGS.core)!,
      questions: defaultEvaluationForm.questions,
      shareOpenText: true,
    })
    .onConflictDoNothing();

  let peerNumber = 0;
  for (const run of runs) {
    const course = courseId.get(DEMO_COURSE_SLUGS[run.course])!;
    const first = new Date(now.getTime() - run.monthsAgo * 30 * DAY);
    first.setUTCHours(16, 0, 0, 0);
    const meetings = Array.from({ length: run.days }, (_, index) => {
      const startsAt = new Date(first.getTime() + index * DAY);
      return { position: index + 1, startsAt, endsAt: new Date(startsAt.getTime() + 7 * 3_600_000) };
    });
    const [session] = await db
      .insert(schema.trainingSession)
      .values({
        courseId: course,
        status: "completed",
        timeZone: "America/Los_Angeles",
        format: "online",
        capacity: 12,
        joinUrl: "https://meet.example.org/ips",
        startsAt: meetings[0]!.startsAt,
        endsAt: meetings.at(-1)!.endsAt,
      })
      .returning({ id: schema.trainingSession.id });
    const sessionId = session!.id;
    const meetingRows = await db
      .insert(schema.sessionMeeting)
      .values(meetings.map((m) => ({ ...m, sessionId })))
      .returning({ id: schema.sessionMeeting.id });
    await db.insert(schema.sessionTrainer).values({ sessionId, userId: maya.id, role: "lead" });

    const people = Array.from({ length: run.people }, () => {
      peerNumber += 1;
      const n = String(peerNumber).padStart(2, "0");
      return { id: randomUUID(), name: `Demo Peer ${n}`, email: `peer-${n}@example.org`, emailVerified: true };
    });
    await db.insert(schema.user).values(people);
    await db.insert(schema.roleGrant).values(people.map((p) => ({ userId: p.id, role: "participant" as const })));
    const registrations = await db
      .insert(schema.registration)
      .values(
        people.map((p) => ({
          sessionId,
          userId: p.id,
          status: "confirmed" as const,
          requestedAt: new Date(first.getTime() - 20 * DAY),
          queueAt: new Date(first.getTime() - 20 * DAY),
        })),
      )
      .returning({ id: schema.registration.id });
    await db.insert(schema.attendance).values(
      registrations.flatMap((r) =>
        meetingRows.map((m) => ({
          registrationId: r.id,
          meetingId: m.id,
          minutesPresent: 420,
          method: "trainer" as const,
        })),
      ),
    );
    const contact = 420 * run.days;
    const end = meetings.at(-1)!.endsAt;
    await db.insert(schema.completion).values(
      registrations.map((r) => ({
        registrationId: r.id,
        completed: true,
        contactMinutes: contact,
        attendedMinutes: contact,
        ceMinutes: contact,
        signedOffBy: maya.id,
        signedOffAt: end,
      })),
    );

    const followUpDue = end.getTime() + 90 * DAY <= now.getTime();
    const kinds = ["pre", "evaluation", "post", ...(followUpDue ? (["follow_up"] as const) : [])] as const;
    const sentAt = {
      pre: new Date(first.getTime() - 7 * DAY),
      evaluation: end,
      post: end,
      follow_up: new Date(end.getTime() + 90 * DAY),
    };
    await db.insert(schema.evaluationRequest).values(
      registrations.flatMap((r) =>
        kinds.map((kind) => ({
          registrationId: r.id,
          kind,
          tokenHash: hashLinkToken(randomUUID()),
          sentAt: sentAt[kind],
        })),
      ),
    );

    // Who answered: the first `answering` people, every round (the demo keeps it simple); answers carry only a month.
    const answering = registrations.slice(0, run.answering);
    await db
      .insert(schema.evaluationReceipt)
      .values(answering.flatMap((r) => kinds.map((kind) => ({ registrationId: r.id, kind }))));
    const responses: (typeof schema.evaluationResponse.$inferInsert)[] = [];
    const answers: (typeof schema.evaluationAnswer.$inferInsert)[] = [];
    for (const [index] of answering.entries()) {
      const pairCode = randomUUID();
      const before = 1.8 + random();
      for (const kind of kinds) {
        const id = randomUUID();
        responses.push({
          id,
          courseId: course,
          sessionId,
          kind,
          answeredMonth: answeredMonth(sentAt[kind]),
          pairCode: kind === "evaluation" ? null : pairCode,
        });
        if (kind === "evaluation") {
          answers.push(
            { responseId: id, questionId: "felt-welcome", score: score(4.4) },
            { responseId: id, questionId: "learned-together", score: score(4.2) },
            { responseId: id, questionId: "will-use", score: score(4) },
            {
              responseId: id,
              questionId: "pace",
              choice: random() < 0.7 ? "about-right" : random() < 0.5 ? "too-fast" : "too-slow",
            },
            { responseId: id, questionId: "what-stays", text: words[(index + run.monthsAgo) % words.length]! },
          );
          continue;
        }
        const level = kind === "pre" ? before : kind === "post" ? before + 1.4 : before + 1.1;
        for (const item of selfAssessmentItems)
          answers.push({
            responseId: id,
            questionId: item,
            score: score(level),
            ...(kind === "post" && index % 2 === 0 ? { retroScore: score(before - 0.4) } : {}),
          });
      }
    }
    // Shuffled, so the order rows were written in says nothing about who wrote them.
    responses.sort(() => random() - 0.5);
    await db.insert(schema.evaluationResponse).values(responses);
    await db.insert(schema.evaluationAnswer).values(answers);
  }
}
