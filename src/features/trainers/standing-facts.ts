// Gathers everything trainer standing depends on for many people at once: the opening credential (a completed Training
// of Trainers here, or one done elsewhere and approved), trainings they trained in, and recorded activity — in one
// query — plus admins' overrides in a second. Co-reflection counts both as an admin records it and as the hub's own
// circles record it (a meeting attended that was not cancelled).
import { inArray, sql } from "drizzle-orm";
import { queryRows, schema, type Executor } from "#db/client.ts";
import type { ActivityKind, StandingFacts } from "#core/trainer-standing.ts";

type FactRow = { user_id: string; kind: string; at: Date | string; role: "lead" | "co" | null };

/** Standing facts for each of these people (people with none get an empty set of facts). */
export async function standingFactsFor(db: Executor, userIds: readonly string[]): Promise<Map<string, StandingFacts>> {
  const facts = new Map<string, StandingFacts>();
  if (userIds.length === 0) return facts;
  const ids = [...new Set(userIds)];
  for (const id of ids) facts.set(id, { credentialAt: null, trainings: [], activities: [], override: null });

  const rows = await queryRows<FactRow>(
    db,
    sql`SELECT r.user_id, 'credential' AS kind, s.ends_at AS at, NULL AS role
          FROM completion c
          JOIN registration r ON r.id = c.registration_id
          JOIN training_session s ON s.id = r.session_id
          JOIN course k ON k.id = s.course_id
         WHERE c.completed AND k.form = 'training_of_trainers' AND r.user_id IN ${ids}
        UNION ALL
        SELECT o.user_id, 'credential', (o.completed_on || 'T12:00:00Z')::timestamptz, NULL
          FROM outside_completion o JOIN course k ON k.id = o.course_id
         WHERE o.status = 'approved' AND k.form = 'training_of_trainers' AND o.user_id IN ${ids}
        UNION ALL
        SELECT t.user_id, 'training', s.ends_at, t.role
          FROM session_trainer t JOIN training_session s ON s.id = t.session_id
         WHERE s.status IN ('published', 'completed') AND t.user_id IN ${ids}
        UNION ALL
        SELECT a.user_id, a.kind, a.occurred_at, NULL
          FROM trainer_activity a
         WHERE a.user_id IN ${ids}
        UNION ALL
        SELECT ca.user_id, 'co_reflection', m.starts_at, NULL
          FROM circle_attendance ca JOIN circle_meeting m ON m.id = ca.meeting_id
         WHERE m.status = 'scheduled' AND ca.user_id IN ${ids}`,
  );
  for (const row of rows) {
    const f = facts.get(row.user_id)!;
    const at = new Date(row.at);
    if (row.kind === "credential") {
      if (!f.credentialAt || at < f.credentialAt) f.credentialAt = at;
    } else if (row.kind === "training")
      (f.trainings as { at: Date; role: "lead" | "co" }[]).push({ at, role: row.role! });
    else (f.activities as { at: Date; kind: ActivityKind }[]).push({ at, kind: row.kind as ActivityKind });
  }

  const overrides = await db
    .select()
    .from(schema.trainerStandingOverride)
    .where(inArray(schema.trainerStandingOverride.userId, ids));
  for (const o of overrides)
    facts.get(o.userId)!.override = { status: o.status, reason: o.reason, setAt: o.setAt, until: o.until };
  return facts;
}
