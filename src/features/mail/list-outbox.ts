// The outbox as admins read it: newest first, optionally for one address.
import { desc, eq, lt, and, type SQL } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";

export async function listOutbox(db: Executor, filter: { to?: string; before?: string; limit?: number } = {}) {
  const limit = Math.min(filter.limit ?? 50, 200);
  const conditions: SQL[] = [];
  if (filter.to) conditions.push(eq(schema.outboxMessage.toAddress, filter.to.toLowerCase()));
  if (filter.before) conditions.push(lt(schema.outboxMessage.createdAt, new Date(filter.before)));
  return db
    .select()
    .from(schema.outboxMessage)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(schema.outboxMessage.createdAt))
    .limit(limit);
}

export async function findOutboxMessage(db: Executor, id: string) {
  const [message] = await db.select().from(schema.outboxMessage).where(eq(schema.outboxMessage.id, id));
  return message ?? null;
}
