// The job that ends offers whose hold ran out and passes their seats on, session by session; safe to run in several workers.
import { and, eq, lte, sql } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Services } from "#platform/services.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import { fillFreedSeats, lockSession } from "./seat-ledger.ts";
import { moveRegistrations } from "./transition.ts";
import type { expireOffersJob } from "./expire-offers.job.ts";

const system: AuditActor = { userId: null, label: "offer timer" };

/** Expires every offer due at `now`; answers how many registrations expired. */
export async function expireOffers(services: Pick<Services, "db" | "now">): Promise<number> {
  const now = services.now();
  const sessions = await services.db
    .selectDistinct({ sessionId: schema.registration.sessionId })
    .from(schema.registration)
    .where(and(eq(schema.registration.status, "offered"), lte(schema.registration.offerExpiresAt, now)));
  let expired = 0;
  for (const { sessionId } of sessions) {
    expired += await services.db.transaction(async (tx) => {
      const { session } = await lockSession(tx, sessionId);
      // Read again under the lock: an accept may have won the race, and then the seat is theirs.
      const due = await tx
        .select({
          id: schema.registration.id,
          status: schema.registration.status,
          sessionId: schema.registration.sessionId,
          offerExpiresAt: schema.registration.offerExpiresAt,
        })
        .from(schema.registration)
        .where(
          and(
            eq(schema.registration.sessionId, sessionId),
            eq(schema.registration.status, "offered"),
            lte(schema.registration.offerExpiresAt, now),
          ),
        )
        .orderBy(sql`${schema.registration.queueAt}`);
      await moveRegistrations(tx, due, "expired", { now, actor: system, notice: { kind: "offer_expired" } });
      await fillFreedSeats(tx, session, { now, actor: system });
      return due.length;
    });
  }
  return expired;
}

/** The worker's handler for `expireOffersJob`. */
export const expireOffersHandler: JobHandler<typeof expireOffersJob> = async (services) => {
  await expireOffers(services);
};
