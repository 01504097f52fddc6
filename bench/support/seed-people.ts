// People and sessions for the benchmarks that register over the API (bench:surge, bench:drills), written in bulk.
import { randomBytes, randomUUID } from "node:crypto";
import { schema, type Database } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { hashToken } from "#features/tokens/personal-access-tokens.ts";

export type Person = Viewer & { token: string };

/** A published online session of `seats` seats a month ahead, with one meeting. */
export async function seedSession(db: Database, courseId: string, label: string, seats: number): Promise<string> {
  const startsAt = new Date(Date.now() + 30 * 86_400_000);
  startsAt.setUTCHours(16, 0, 0, 0);
  const endsAt = new Date(startsAt.getTime() + 7 * 3_600_000);
  const [session] = await db
    .insert(schema.trainingSession)
    .values({
      courseId,
      status: "published",
      timeZone: "America/Los_Angeles",
      format: "online",
      capacity: seats,
      joinUrl: `https://meet.example.org/${label}`,
      startsAt,
      endsAt,
    })
    .returning({ id: schema.trainingSession.id });
  await db.insert(schema.sessionMeeting).values({ sessionId: session!.id, position: 1, startsAt, endsAt });
  return session!.id;
}

/**
 * People with confirmed emails, the participant role and one API token each, written in bulk. Tokens are stored as
 * personal-access-tokens.ts stores them: a SHA-256 hash and the last four characters; the secret stays in memory.
 */
export async function seedPeople(db: Database, count: number, prefix: string): Promise<Person[]> {
  const people: Person[] = Array.from({ length: count }, (_, index) => ({
    userId: randomUUID(),
    name: `${prefix} ${index + 1}`,
    email: `${prefix}-${index + 1}@surge.example.org`,
    emailVerified: true,
    roles: [{ role: "participant", organizationId: null }],
    token: `iph_${randomBytes(32).toString("base64url")}`,
  }));
  for (let start = 0; start < people.length; start += 500) {
    const batch = people.slice(start, start + 500);
    await db
      .insert(schema.user)
      .values(batch.map((p) => ({ id: p.userId, name: p.name, email: p.email, emailVerified: true })));
    await db.insert(schema.roleGrant).values(batch.map((p) => ({ userId: p.userId, role: "participant" as const })));
    await db.insert(schema.personalAccessToken).values(
      batch.map((p) => ({
        id: randomUUID(),
        userId: p.userId,
        name: "surge",
        tokenHash: hashToken(p.token),
        lastFour: p.token.slice(-4),
        expiresAt: null,
      })),
    );
  }
  return people;
}
