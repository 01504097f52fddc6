// The outbox as admins read it: newest first, optionally for one address, a page at a time.
import { desc, eq, lt, and, type SQL } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";

/** `before` is the `nextBefore` of the page before (a creation time); the answer's `nextBefore` is null on the last page. */
export async function listOutbox(db: Executor, filter: { to?: string; before?: string; limit?: number } = {}) {
  const limit = Math.min(filter.limit ?? 50, 200);
  const conditions: SQL[] = [];
  if (filter.to) conditions.push(eq(schema.outboxMessage.toAddress, filter.to.toLowerCase()));
  if (filter.before) conditions.push(lt(schema.outboxMessage.createdAt, new Date(filter.before)));
  const table = schema.outboxMessage;
  const rows = await db
    .select({
      id: table.id,
      toAddress: table.toAddress,
      subject: table.subject,
      template: table.template,
      status: table.status,
      createdAt: table.createdAt,
      locale: table.locale,
    })
    .from(table)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(table.createdAt))
    .limit(limit + 1);
  const messages = rows.slice(0, limit);
  return { messages, nextBefore: rows.length > limit ? new Date(messages.at(-1)!.createdAt).toISOString() : null };
}

export async function findOutboxMessage(db: Executor, id: string) {
  const [message] = await db.select().from(schema.outboxMessage).where(eq(schema.outboxMessage.id, id));
  return message ?? null;
}
