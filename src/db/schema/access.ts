// Roles people hold (some scoped to a partner organization), the organizations, and pending invitations.
import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { user } from "./accounts.ts";

export const organization = pgTable(
  "organization",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    website: text("website"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("organization_slug_key").on(t.slug)],
);

export const roleGrant = pgTable(
  "role_grant",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["admin", "trainer", "partner_admin", "participant"] }).notNull(),
    /** Set only for partner_admin: the one organization this grant reaches. */
    organizationId: text("organization_id").references(() => organization.id, { onDelete: "cascade" }),
    grantedBy: text("granted_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("role_grant_unique_key").on(t.userId, t.role, sql`coalesce(${t.organizationId}, '')`),
    index("role_grant_user_idx").on(t.userId),
  ],
);

export const invitation = pgTable(
  "invitation",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    email: text("email").notNull(),
    name: text("name").notNull(),
    roles: jsonb("roles").$type<{ role: string; organizationId: string | null }[]>().notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: text("invited_by").references(() => user.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("invitation_token_key").on(t.tokenHash), index("invitation_email_idx").on(t.email)],
);
