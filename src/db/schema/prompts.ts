// The hub's library of reflection prompts, each tagged by an IPS principle and/or task, in both languages (C8).
import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { IpsPrinciple, IpsTask } from "#core/journal.ts";

export const reflectionPrompt = pgTable(
  "reflection_prompt",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    /** Set on the prompts the hub ships with, so a newer version adds its own without repeating or overwriting. */
    seedKey: text("seed_key").unique(),
    principle: text("principle").$type<IpsPrinciple>(),
    task: text("task").$type<IpsTask>(),
    textEn: text("text_en").notNull(),
    textEs: text("text_es").notNull(),
    /** Hidden prompts stay for entries that used them but are not offered any more. */
    active: boolean("active").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("reflection_prompt_order_idx").on(t.active, t.sortOrder)],
);
