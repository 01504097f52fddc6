// The course title of a session anyone may see, so pages about signing in can say which training a person is on the way to.
import { and, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Localized } from "#i18n/localized.ts";

/** The title in both languages, or null for a session that does not exist or is not public (a draft, a cancelled one). */
export async function readSessionTitle(db: Executor, sessionId: string): Promise<Localized | null> {
  const s = schema.trainingSession;
  const c = schema.course;
  const [row] = await db
    .select({ en: c.titleEn, es: c.titleEs })
    .from(s)
    .innerJoin(c, eq(c.id, s.courseId))
    .where(and(eq(s.id, sessionId), inArray(s.status, ["published", "completed"])))
    .limit(1);
  return row ?? null;
}
