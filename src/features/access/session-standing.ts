// Looks up how a person stands toward one session (its trainer? holding a confirmed seat?) for the policy in src/core/access.ts.
import { and, eq } from "drizzle-orm";
import type { SessionStanding, Viewer } from "#core/access.ts";
import { schema, type Executor } from "#db/client.ts";

const nobody: SessionStanding = { trainer: null, confirmedSeat: false };

/** The viewer's place on the session's teaching team and whether they hold a confirmed seat in it (nothing for a stranger). */
export async function standingInSession(
  db: Executor,
  viewer: Viewer | null,
  sessionId: string,
): Promise<SessionStanding> {
  if (!viewer) return nobody;
  const [trainer] = await db
    .select({ role: schema.sessionTrainer.role })
    .from(schema.sessionTrainer)
    .where(and(eq(schema.sessionTrainer.sessionId, sessionId), eq(schema.sessionTrainer.userId, viewer.userId)));
  const [seat] = await db
    .select({ id: schema.registration.id })
    .from(schema.registration)
    .where(
      and(
        eq(schema.registration.sessionId, sessionId),
        eq(schema.registration.userId, viewer.userId),
        eq(schema.registration.status, "confirmed"),
      ),
    )
    .limit(1);
  return { trainer: trainer?.role ?? null, confirmedSeat: Boolean(seat) };
}

/** The same standing, from a session's trainers and the viewer's registration status already loaded by the caller. */
export function standingFrom(
  viewer: Viewer | null,
  trainers: ReadonlyArray<{ userId: string; role: "lead" | "co" }>,
  registrationStatus: string | null | undefined,
): SessionStanding {
  if (!viewer) return nobody;
  return {
    trainer: trainers.find((trainer) => trainer.userId === viewer.userId)?.role ?? null,
    confirmedSeat: registrationStatus === "confirmed",
  };
}
