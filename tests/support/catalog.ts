// Test fixtures for catalog and registration tests: a course, a published session with meetings, and people, written directly.
import { randomUUID } from "node:crypto";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";

type CourseRow = typeof schema.course.$inferInsert;
type SessionRow = typeof schema.trainingSession.$inferInsert;

let counter = 0;

export async function seedCourse(db: Executor, overrides: Partial<CourseRow> = {}) {
  counter += 1;
  const [course] = await db
    .insert(schema.course)
    .values({
      slug: `course-${counter}-${randomUUID().slice(0, 6)}`,
      form: "core",
      titleEn: "Core Training",
      titleEs: "Capacitación básica",
      summaryEn: "Five days of Intentional Peer Support practice.",
      summaryEs: "Cinco días de práctica de Apoyo Intencional entre Pares.",
      contactMinutes: 35 * 60,
      ...overrides,
    })
    .returning();
  return course!;
}

/** A published session starting `startsInDays` from `now` with one meeting per day of `days` (9:00–16:00 UTC). */
export async function seedSession(
  db: Executor,
  courseId: string,
  options: { now?: Date; startsInDays?: number; days?: number; overrides?: Partial<SessionRow> } = {},
) {
  const now = options.now ?? new Date();
  const firstDay = new Date(now.getTime() + (options.startsInDays ?? 30) * 86_400_000);
  firstDay.setUTCHours(16, 0, 0, 0);
  const meetings = Array.from({ length: options.days ?? 1 }, (_, index) => {
    const startsAt = new Date(firstDay.getTime() + index * 86_400_000);
    return { position: index + 1, startsAt, endsAt: new Date(startsAt.getTime() + 7 * 3_600_000) };
  });
  const [session] = await db
    .insert(schema.trainingSession)
    .values({
      courseId,
      status: "published",
      timeZone: "America/Los_Angeles",
      format: "online",
      capacity: 10,
      joinUrl: "https://meet.example.org/ips-core",
      startsAt: meetings[0]!.startsAt,
      endsAt: meetings.at(-1)!.endsAt,
      ...options.overrides,
    })
    .returning();
  await db.insert(schema.sessionMeeting).values(meetings.map((m) => ({ ...m, sessionId: session!.id })));
  return session!;
}

/** People with verified emails and a participant role, inserted in one statement each table. */
export async function seedPeople(db: Executor, count: number, prefix = "person"): Promise<Viewer[]> {
  const tag = randomUUID().slice(0, 6);
  const people = Array.from({ length: count }, (_, index) => ({
    id: randomUUID(),
    name: `${prefix} ${index + 1}`,
    email: `${prefix}-${index + 1}-${tag}@example.org`,
    emailVerified: true,
  }));
  await db.insert(schema.user).values(people);
  await db.insert(schema.roleGrant).values(people.map((p) => ({ userId: p.id, role: "participant" as const })));
  return people.map((p) => ({
    userId: p.id,
    email: p.email,
    name: p.name,
    emailVerified: true,
    roles: [{ role: "participant", organizationId: null }],
  }));
}

export function adminViewer(userId: string): Viewer {
  return {
    userId,
    email: `${userId}@example.org`,
    name: "Admin",
    emailVerified: true,
    roles: [{ role: "admin", organizationId: null }],
  };
}
