// The demo hub's trainers (issue 10): the hub's default requirement set; Maya and Luis active, with their Training of
// Trainers done years ago, trainings they ran before this hub's records began, recent co-reflection and public
// profiles; Priya an apprentice with one of two co-trainings done; Tomás lapsed for want of co-reflection.
import { inArray } from "drizzle-orm";
import { schema, type Database } from "#db/client.ts";
import { defaultRequirementSet } from "#core/trainer-standing.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { DEFAULT_LEVEL_NAME, TRAINER_LEVEL_KEY } from "#features/trainers/requirement-set.ts";
import { DEMO_PASSWORD } from "./demo-accounts.ts";
import { DEMO_COURSE_SLUGS, ZONE } from "./seed-catalog.ts";

const demoActor = { userId: null, label: "demo seed" };
const DAY = 86_400_000;

/** Trainers the demo adds beside the demo accounts (same password), each showing one standing. */
export const demoTrainers = [
  { email: "priya@example.org", name: "Priya Natarajan", pronouns: "she/her" },
  { email: "tomas@example.org", name: "Tomás Herrera", pronouns: "él" },
] as const;

export async function seedDemoTrainers(db: Database, now: Date): Promise<void> {
  await db
    .insert(schema.trainerRequirementSet)
    .values({
      key: TRAINER_LEVEL_KEY,
      nameEn: DEFAULT_LEVEL_NAME.en,
      nameEs: DEFAULT_LEVEL_NAME.es,
      ...defaultRequirementSet,
    })
    .onConflictDoNothing();

  const courses = await db
    .select({ id: schema.course.id, slug: schema.course.slug })
    .from(schema.course)
    .where(inArray(schema.course.slug, [DEMO_COURSE_SLUGS.core, DEMO_COURSE_SLUGS.trainingOfTrainers]));
  const core = courses.find((c) => c.slug === DEMO_COURSE_SLUGS.core)?.id;
  const tot = courses.find((c) => c.slug === DEMO_COURSE_SLUGS.trainingOfTrainers)?.id;
  const people = await db
    .select({ id: schema.user.id, email: schema.user.email })
    .from(schema.user)
    .where(inArray(schema.user.email, ["maya@example.org", "luis@example.org"]));
  const maya = people.find((p) => p.email === "maya@example.org")?.id;
  const luis = people.find((p) => p.email === "luis@example.org")?.id;
  if (!core || !tot || !maya || !luis) return;

  const made: string[] = [];
  for (const trainer of demoTrainers) {
    const account = await createAccount(
      db,
      {
        email: trainer.email,
        name: trainer.name,
        password: DEMO_PASSWORD,
        pronouns: trainer.pronouns,
        roles: [{ role: "trainer", organizationId: null }],
      },
      demoActor,
    );
    made.push(account.id);
  }
  const [priyaId, tomasId] = made as [string, string];

  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const isoDay = (date: Date) => date.toISOString().slice(0, 10);
  await db.insert(schema.outsideCompletion).values(
    [
      { userId: maya, on: ago(5 * 365) },
      { userId: luis, on: ago(6 * 365) },
      { userId: tomasId, on: ago(5 * 365) },
      { userId: priyaId, on: ago(60) },
    ].map(({ userId, on }) => ({
      userId,
      courseId: tot,
      provider: "Intentional Peer Support",
      completedOn: isoDay(on),
      evidence: "Training of Trainers certificate (demo)",
      status: "approved" as const,
      decidedAt: now,
    })),
  );

  // Core Trainings run before the hub kept its records here, about every eight months: each a five-day week, completed.
  const lead = (userId: string) => ({ userId, role: "lead" as const });
  const co = (userId: string) => ({ userId, role: "co" as const });
  const history: { daysAgo: number; trainers: { userId: string; role: "lead" | "co" }[] }[] = [
    { daysAgo: 1460, trainers: [lead(luis), co(maya), co(tomasId)] },
    { daysAgo: 1370, trainers: [lead(luis), co(maya), co(tomasId)] },
    { daysAgo: 1130, trainers: [lead(maya), co(luis)] },
    { daysAgo: 890, trainers: [lead(luis), co(tomasId)] },
    { daysAgo: 650, trainers: [lead(maya), co(luis)] },
    { daysAgo: 420, trainers: [lead(tomasId), co(luis)] },
    { daysAgo: 300, trainers: [lead(maya), co(luis)] },
    // Priya's first co-training as an apprentice, beside Maya.
    { daysAgo: 30, trainers: [lead(maya), co(priyaId)] },
  ];
  for (const run of history) {
    const first = ago(run.daysAgo);
    first.setUTCHours(16, 0, 0, 0);
    const meetings = Array.from({ length: 5 }, (_, index) => {
      const startsAt = new Date(first.getTime() + index * DAY);
      return { position: index + 1, startsAt, endsAt: new Date(startsAt.getTime() + 7 * 3_600_000) };
    });
    const [session] = await db
      .insert(schema.trainingSession)
      .values({
        courseId: core,
        status: "completed",
        timeZone: ZONE,
        format: "in_person",
        language: "en",
        venueName: "Peer Resource Center",
        capacity: 16,
        startsAt: meetings[0]!.startsAt,
        endsAt: meetings.at(-1)!.endsAt,
      })
      .returning({ id: schema.trainingSession.id });
    await db.insert(schema.sessionMeeting).values(meetings.map((m) => ({ ...m, sessionId: session!.id })));
    await db.insert(schema.sessionTrainer).values(run.trainers.map((t) => ({ ...t, sessionId: session!.id })));
  }

  // Co-reflection an admin recorded, about every quarter: Maya and Luis up to this month; Tomás stopped coming about a
  // year ago, so his standing has lapsed (he comes back by attending one).
  const coReflection = (userId: string, fromDaysAgo: number, toDaysAgo: number) =>
    Array.from({ length: Math.ceil((fromDaysAgo - toDaysAgo) / 80) + 1 }, (_, index) => ({
      userId,
      kind: "co_reflection" as const,
      occurredAt: ago(Math.max(toDaysAgo, fromDaysAgo - index * 80)),
    }));
  await db
    .insert(schema.trainerActivity)
    .values([...coReflection(maya, 1440, 20), ...coReflection(luis, 1440, 35), ...coReflection(tomasId, 1440, 360)]);

  await db.insert(schema.trainerProfile).values([
    {
      userId: maya,
      isPublic: true,
      pronouns: "she/her",
      languages: ["English", "Mandarin"],
      regions: ["Portland metro", "Willamette Valley"],
      bioEn:
        "Maya found IPS through a peer-run warmline in 2012 and has co-trained Core Trainings across Oregon since. She loves the moment a group notices how much of what we call 'help' is really fear.",
      bioEs:
        "Maya conoció IPS en una línea de apoyo entre pares en 2012 y desde entonces cofacilita capacitaciones en todo Oregón. Le encanta el momento en que un grupo nota cuánto de lo que llamamos «ayuda» es en realidad miedo.",
    },
    {
      userId: luis,
      isPublic: true,
      pronouns: "él",
      languages: ["Español", "English"],
      regions: ["Eugene", "Central Oregon"],
      bioEn:
        "Luis trains in Spanish and English and works with rural crisis teams. He came to peer support after his own years in and out of hospital.",
      bioEs:
        "Luis facilita en español e inglés y trabaja con equipos de crisis rurales. Llegó al apoyo entre pares después de sus propios años entrando y saliendo del hospital.",
    },
    { userId: priyaId, isPublic: false, languages: ["English", "Tamil"], regions: ["Salem"] },
  ]);
}
