// Reads one registration as a use case needs it: before the lock to find its session, and again under the lock to act on it.
import { and, eq, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { hasRole, type Viewer } from "#core/access.ts";
import type { RegistrationStatus } from "#core/registration.ts";

export type RegistrationRow = typeof schema.registration.$inferSelect;

export async function loadRegistration(db: Executor, registrationId: string): Promise<RegistrationRow> {
  const [row] = await db.select().from(schema.registration).where(eq(schema.registration.id, registrationId));
  if (!row) throw new AppError("not_found", { detail: "No such registration" });
  return row;
}

/** The rows that move together with this one: the whole group entry in the same state, or just itself. */
export async function entryRows(tx: Executor, row: RegistrationRow, status: RegistrationStatus): Promise<RegistrationRow[]> {
  if (!row.groupId) return row.status === status ? [row] : [];
  return tx
    .select()
    .from(schema.registration)
    .where(and(eq(schema.registration.groupId, row.groupId), eq(schema.registration.status, status)))
    .orderBy(sql`${schema.registration.id}`);
}

/** The person the registration is for, the partner admin who registered them for their organization, or an admin. */
export function mayActFor(viewer: Viewer | null, row: RegistrationRow): "self" | "staff" | null {
  if (!viewer) return null;
  if (row.userId === viewer.userId) return "self";
  if (hasRole(viewer, "admin")) return "staff";
  if (row.organizationId && viewer.roles.some((grant) => grant.role === "partner_admin" && grant.organizationId === row.organizationId)) return "staff";
  return null;
}

/** Whether this person is one of the session's trainers. */
export async function isSessionTrainer(db: Executor, userId: string, sessionId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: schema.sessionTrainer.userId })
    .from(schema.sessionTrainer)
    .where(and(eq(schema.sessionTrainer.sessionId, sessionId), eq(schema.sessionTrainer.userId, userId)));
  return Boolean(row);
}

/** Admins and the session's own trainers see sensitive answers, accommodations and join details. */
export async function seesSessionPrivately(db: Executor, viewer: Viewer | null, sessionId: string): Promise<boolean> {
  if (!viewer) return false;
  return hasRole(viewer, "admin") || (await isSessionTrainer(db, viewer.userId, sessionId));
}
