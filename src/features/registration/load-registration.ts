// Reads one registration as a use case needs it: before the lock to find its session, and again under the lock to act on it.
import { and, eq, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import type { RegistrationHolding } from "#core/access.ts";
import type { RegistrationStatus } from "#core/registration.ts";

export type RegistrationRow = typeof schema.registration.$inferSelect;

export async function loadRegistration(db: Executor, registrationId: string): Promise<RegistrationRow> {
  const [row] = await db.select().from(schema.registration).where(eq(schema.registration.id, registrationId));
  if (!row) throw new AppError("not_found", { detail: "No such registration" });
  return row;
}

/** The rows that move together with this one: the whole group entry in the same state, or just itself. */
export async function entryRows(
  tx: Executor,
  row: RegistrationRow,
  status: RegistrationStatus,
): Promise<RegistrationRow[]> {
  if (!row.groupId) return row.status === status ? [row] : [];
  return tx
    .select()
    .from(schema.registration)
    .where(and(eq(schema.registration.groupId, row.groupId), eq(schema.registration.status, status)))
    .orderBy(sql`${schema.registration.id}`);
}

/** Who holds the registration, as the policy in src/core/access.ts asks it. */
export function holdingOf(row: RegistrationRow): RegistrationHolding {
  return { holderId: row.userId, organizationId: row.organizationId };
}
