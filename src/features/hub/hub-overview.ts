// The numbers on the admin home page: people, open invitations, mail waiting or kept, and the latest audit events.
import { count } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { listAudit } from "#features/audit/list-audit.ts";
import { invitationsIn } from "#features/access/list-invitations.ts";

export async function hubOverview(db: Executor, now: Date) {
  const total = async (query: Promise<Array<{ total: number }>>) => (await query)[0]?.total ?? 0;
  const [people, pendingInvitations, organizations, outbox, recent] = await Promise.all([
    total(db.select({ total: count() }).from(schema.user)),
    total(db.select({ total: count() }).from(schema.invitation).where(invitationsIn("pending", now))),
    total(db.select({ total: count() }).from(schema.organization)),
    db
      .select({ status: schema.outboxMessage.status, total: count() })
      .from(schema.outboxMessage)
      .groupBy(schema.outboxMessage.status),
    listAudit(db, { limit: 5 }),
  ]);
  const byStatus = (status: string) => outbox.find((row) => row.status === status)?.total ?? 0;
  return {
    people,
    pendingInvitations,
    organizations,
    outbox: {
      total: outbox.reduce((sum, row) => sum + row.total, 0),
      kept: byStatus("kept"),
      failed: byStatus("failed"),
    },
    recentEvents: recent.events,
  };
}
