// The demo hub's people in its sessions, so every page has something true to show: a full circle with a waitlist, a
// Core Training with two seats left, last week's Core Training waiting for its trainers' attendance and sign-off, and
// an earlier one signed off with certificates, plus a certification with CE hours. Written through the real use cases
// where the rules apply today; past runs are written as history.
import { and, eq, inArray } from "drizzle-orm";
import { schema, type Database } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { contactMinutes } from "#core/completion.ts";
import { addDaysToDate, utcToZoned } from "#core/local-time.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { createSession } from "#features/catalog/create-session.ts";
import { registerForSession } from "#features/registration/register-for-session.ts";
import { requestCredentials } from "#features/credentials/issuance.ts";
import { DEMO_COURSE_SLUGS, days, mondayFrom, venues, ZONE } from "./seed-catalog.ts";

const demoActor = { userId: null, label: "demo seed" };

/** Peers who fill the demo's sessions; they have no password (they would sign in with an emailed link). */
const peers = [
  "Avery Brooks",
  "Jamie Nguyen",
  "Morgan Ellis",
  "Riley Santos",
  "Casey Whitehorse",
  "Devon Park",
  "Quinn Alvarez",
  "Harper Okafor",
  "Sage Morales",
  "Rowan Fischer",
  "Emerson Tran",
  "Dakota Reyes",
  "Skyler Haddad",
  "Remy Castillo",
  "Noor Patel",
  "Lennon Price",
  "Ari Delgado",
  "Tatum Yazzie",
  "Marlowe Kim",
];

export async function seedDemoRegistrations(db: Database, now: Date): Promise<void> {
  const [admin] = await db
    .select({ id: schema.user.id })
    .from(schema.user)
    .where(eq(schema.user.email, "admin@example.org"));
  const people = await db
    .select({ id: schema.user.id, email: schema.user.email })
    .from(schema.user)
    .where(
      inArray(schema.user.email, [
        "sam@example.org",
        "rosa@example.org",
        "kai@example.org",
        "maya@example.org",
        "luis@example.org",
      ]),
    );
  const byEmail = new Map(people.map((p) => [p.email, p.id]));
  if (!admin) return;
  const viewer: Viewer = {
    userId: admin.id,
    email: "admin@example.org",
    name: "Demo seed",
    emailVerified: true,
    roles: [{ role: "admin", organizationId: null }],
  };
  const peerIds: string[] = [];
  for (const [index, name] of peers.entries()) {
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.org`;
    peerIds.push((await createAccount(db, { email, name, locale: index % 4 === 3 ? "es" : "en" }, demoActor)).id);
  }
  const sessions = await db
    .select({
      id: schema.trainingSession.id,
      slug: schema.course.slug,
      priceTiers: schema.trainingSession.priceTiers,
      format: schema.trainingSession.format,
      capacity: schema.trainingSession.capacity,
      status: schema.trainingSession.status,
      startsAt: schema.trainingSession.startsAt,
    })
    .from(schema.trainingSession)
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId));
  const upcoming = sessions
    .filter((s) => s.status === "published" && s.startsAt > now)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  /** Every other person pays on the sliding scale, at its suggested amount; the others the standard price. */
  const register = (session: (typeof upcoming)[number], userId: string, index: number) => {
    const tiers = session.priceTiers.filter((tier) => tier.kind !== "sponsored");
    const tier = tiers[index % tiers.length]!;
    return registerForSession(
      { db, now: () => now },
      { viewer, sessionId: session.id, userId, consent: true, priceTier: tier.kind, amountCents: tier.amountCents },
      demoActor,
    );
  };

  // The hybrid Core Training: full, with three people in line.
  const full = upcoming.find((s) => s.slug === DEMO_COURSE_SLUGS.core && s.format === "hybrid");
  if (full)
    for (const [index, userId] of peerIds.slice(0, full.capacity + 3).entries()) await register(full, userId, index);
  // The next in-person Core Training: two public seats left (the rest are held for the partner and for scholarships).
  const core = upcoming.find((s) => s.slug === DEMO_COURSE_SLUGS.core && s.format === "in_person");
  if (core) for (const [index, userId] of peerIds.slice(4, 16).entries()) await register(core, userId, index);

  const [coreCourse] = await db.select().from(schema.course).where(eq(schema.course.slug, DEMO_COURSE_SLUGS.core));
  const maya = byEmail.get("maya@example.org");
  const luis = byEmail.get("luis@example.org");
  if (!coreCourse || !maya || !luis) return;
  const today = utcToZoned(now, ZONE).date;
  const participants = [
    byEmail.get("sam@example.org"),
    byEmail.get("rosa@example.org"),
    byEmail.get("kai@example.org"),
    ...peerIds.slice(0, 3),
  ].filter(Boolean) as string[];

  /** A past run: the people were confirmed in it before it began. */
  const pastRun = async (firstDay: string) => {
    const created = await createSession(
      db,
      {
        viewer,
        session: {
          timeZone: ZONE,
          status: "published",
          courseId: coreCourse.id,
          format: "in_person",
          language: "en",
          meetings: days(mondayFrom(firstDay), 5),
          ...venues.portland,
          capacity: 16,
          priceTiers: [{ kind: "free", amountCents: 0 }],
          trainers: [
            { userId: maya, role: "lead" },
            { userId: luis, role: "co" },
          ],
          offerHoldHours: 48,
          cancelCutoffHours: 48,
        },
      },
      demoActor,
    );
    const [session] = await db.select().from(schema.trainingSession).where(eq(schema.trainingSession.id, created.id));
    const requestedAt = new Date(session!.startsAt.getTime() - 21 * 86_400_000);
    const rows = await db
      .insert(schema.registration)
      .values(
        participants.map((userId, index) => ({
          sessionId: created.id,
          userId,
          status: "confirmed" as const,
          heldFrom: "general" as const,
          requestedAt: new Date(requestedAt.getTime() + index * 60_000),
          queueAt: new Date(requestedAt.getTime() + index * 60_000),
          registeredBy: userId,
        })),
      )
      .returning({ id: schema.registration.id, userId: schema.registration.userId });
    await db.insert(schema.registrationEvent).values(
      rows.map((row) => ({
        registrationId: row.id,
        fromStatus: null,
        toStatus: "confirmed",
        actorId: row.userId,
        createdAt: requestedAt,
      })),
    );
    return { id: created.id, registrations: rows };
  };

  // Last week's Core Training: it has ended, and its trainers have not marked attendance or signed off yet.
  await pastRun(addDaysToDate(today, -13));

  // An earlier run, marked, signed off and issued: Sam and Rosa completed; Kai missed a day.
  const earlier = await pastRun(addDaysToDate(today, -120));
  const meetings = await db.select().from(schema.sessionMeeting).where(eq(schema.sessionMeeting.sessionId, earlier.id));
  const minutesOf = (m: (typeof meetings)[number]) =>
    contactMinutes({
      id: m.id,
      position: m.position,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      breaks: m.breaks.map((b) => ({ startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt) })),
    });
  const total = meetings.reduce((sum, m) => sum + minutesOf(m), 0);
  const kai = byEmail.get("kai@example.org");
  const signedOffAt = new Date(Math.max(...meetings.map((m) => m.endsAt.getTime())) + 3_600_000);
  await db.transaction(async (tx) => {
    for (const registration of earlier.registrations) {
      const missedDay = registration.userId === kai ? 3 : null;
      const attended = meetings.map((m) => ({ meeting: m, minutes: m.position === missedDay ? 0 : minutesOf(m) }));
      await tx.insert(schema.attendance).values(
        attended.map(({ meeting, minutes }) => ({
          registrationId: registration.id,
          meetingId: meeting.id,
          minutesPresent: minutes,
          method: "trainer" as const,
          recordedBy: maya,
          updatedAt: signedOffAt,
        })),
      );
      const attendedMinutes = attended.reduce((sum, a) => sum + a.minutes, 0);
      const completed = attendedMinutes === total;
      await tx.insert(schema.completion).values({
        registrationId: registration.id,
        completed,
        contactMinutes: total,
        attendedMinutes,
        ceMinutes: completed ? attendedMinutes : 0,
        reasons: completed ? [] : [{ code: "share_below_minimum", attendedMinutes, requiredMinutes: total }],
        signedOffBy: maya,
        signedOffAt,
      });
    }
    await tx
      .update(schema.trainingSession)
      .set({ status: "completed" })
      .where(eq(schema.trainingSession.id, earlier.id));
    const completedIds = await tx
      .select({ id: schema.completion.registrationId })
      .from(schema.completion)
      .where(
        and(
          inArray(
            schema.completion.registrationId,
            earlier.registrations.map((r) => r.id),
          ),
          eq(schema.completion.completed, true),
        ),
      );
    await requestCredentials(
      tx,
      completedIds.map((row) => row.id),
    );
  });

  // Sam holds an Oregon Peer Support Specialist certification whose renewal window opens in a few months.
  const sam = byEmail.get("sam@example.org");
  if (sam)
    await db.insert(schema.certification).values({
      userId: sam,
      typeKey: "or-thw-pss",
      number: "PSS-204817",
      issuedOn: addDaysToDate(today, -(3 * 365 - 160)),
    });
}
