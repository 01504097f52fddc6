// Counts one opening of a session's public page: a number per session and day, with no person, address or cookie.
import { sql } from "drizzle-orm";
import type { Executor } from "#db/client.ts";

export async function countSessionView(db: Executor, request: { sessionId: string; now: Date }): Promise<void> {
  const day = request.now.toISOString().slice(0, 10);
  await db.execute(sql`
    INSERT INTO session_view_daily (session_id, day, views) VALUES (${request.sessionId}, ${day}::date, 1)
    ON CONFLICT (session_id, day) DO UPDATE SET views = session_view_daily.views + 1
  `);
}
