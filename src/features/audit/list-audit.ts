// Reads the audit log newest first, filtered by action, actor or target, a page at a time.
import { and, desc, eq, ilike, lt, type SQL } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";

export type AuditFilter = { action?: string; actorEmail?: string; targetId?: string; before?: number; limit?: number };

export async function listAudit(db: Executor, filter: AuditFilter) {
  const limit = Math.min(filter.limit ?? 50, 200);
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(ilike(schema.auditEvent.action, `${filter.action.replace(/[%_]/g, "")}%`));
  if (filter.targetId) conditions.push(eq(schema.auditEvent.targetId, filter.targetId));
  if (filter.actorEmail) conditions.push(eq(schema.user.email, filter.actorEmail.toLowerCase()));
  if (filter.before) conditions.push(lt(schema.auditEvent.id, filter.before));
  const rows = await db
    .select({
      id: schema.auditEvent.id,
      action: schema.auditEvent.action,
      targetType: schema.auditEvent.targetType,
      targetId: schema.auditEvent.targetId,
      summary: schema.auditEvent.summary,
      ip: schema.auditEvent.ip,
      createdAt: schema.auditEvent.createdAt,
      actorId: schema.auditEvent.actorId,
      actorLabel: schema.auditEvent.actorLabel,
      actorEmail: schema.user.email,
      actorName: schema.user.name,
    })
    .from(schema.auditEvent)
    .leftJoin(schema.user, eq(schema.user.id, schema.auditEvent.actorId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(schema.auditEvent.id))
    .limit(limit + 1);
  return { events: rows.slice(0, limit), nextBefore: rows.length > limit ? rows[limit - 1]!.id : null };
}
