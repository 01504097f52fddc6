// Courses (the forms of IPS training) and their sessions (one run of a course: meetings, place, seats, trainers, prices).
import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { CategoryMinutes } from "#core/certification.ts";
import type { CourseQuestion, PriceTier } from "#core/catalog.ts";
import type { CompletionRules } from "#core/completion.ts";
import { user } from "./accounts.ts";
import { organization } from "./access.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const course = pgTable(
  "course",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    slug: text("slug").notNull(),
    form: text("form", {
      enum: ["overview", "core", "advanced", "co_reflection", "training_of_trainers", "other"],
    }).notNull(),
    titleEn: text("title_en").notNull(),
    titleEs: text("title_es").notNull(),
    summaryEn: text("summary_en").notNull().default(""),
    summaryEs: text("summary_es").notNull().default(""),
    /** Safe Markdown (rendered without raw HTML). */
    descriptionEn: text("description_en").notNull().default(""),
    descriptionEs: text("description_es").notNull().default(""),
    audienceEn: text("audience_en").notNull().default(""),
    audienceEs: text("audience_es").notNull().default(""),
    imageUrl: text("image_url"),
    contactMinutes: integer("contact_minutes").notNull(),
    /** A course that requires approval takes applications: each starts pending until an admin decides. */
    requiresApproval: boolean("requires_approval").notNull().default(false),
    /** With several prerequisites: must all be done, or any one of them. */
    prerequisiteMode: text("prerequisite_mode", { enum: ["all", "any"] })
      .notNull()
      .default("all"),
    questions: jsonb("questions").$type<CourseQuestion[]>().notNull().default([]),
    ceCategories: jsonb("ce_categories").$type<CategoryMinutes[]>().notNull().default([]),
    /** Completion rules as data (docs/product.md, C4); null until set, which means "every contact minute". */
    completionRules: jsonb("completion_rules").$type<CompletionRules | null>(),
    /** Credentials for this course stop being valid this many months after issue; null means they do not expire. */
    validForMonths: integer("valid_for_months"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(title_en, '') || ' ' || coalesce(summary_en, '')), 'A') || setweight(to_tsvector('english', coalesce(description_en, '') || ' ' || coalesce(audience_en, '')), 'B') || setweight(to_tsvector('spanish', coalesce(title_es, '') || ' ' || coalesce(summary_es, '')), 'A') || setweight(to_tsvector('spanish', coalesce(description_es, '') || ' ' || coalesce(audience_es, '')), 'B')`,
    ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("course_slug_key").on(t.slug), index("course_search_idx").using("gin", t.searchVector)],
);

export const coursePrerequisite = pgTable(
  "course_prerequisite",
  {
    courseId: text("course_id")
      .notNull()
      .references(() => course.id, { onDelete: "cascade" }),
    requiredCourseId: text("required_course_id")
      .notNull()
      .references(() => course.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.requiredCourseId] })],
);

/** One run of a course. (Named training_session: better-auth owns the table called session.) */
export const trainingSession = pgTable(
  "training_session",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    courseId: text("course_id")
      .notNull()
      .references(() => course.id, { onDelete: "restrict" }),
    status: text("status", { enum: ["draft", "published", "cancelled", "completed"] })
      .notNull()
      .default("draft"),
    /** IANA zone the meetings are planned in. */
    timeZone: text("time_zone").notNull(),
    format: text("format", { enum: ["in_person", "online", "hybrid"] }).notNull(),
    language: text("language", { enum: ["en", "es"] })
      .notNull()
      .default("en"),
    venueName: text("venue_name"),
    venueAddress: text("venue_address"),
    accessibilityNotes: text("accessibility_notes"),
    /** The Spanish wording of the two notes above and below; either language falls back to the other, marked with lang. */
    accessibilityNotesEs: text("accessibility_notes_es"),
    /** Shown only to confirmed participants and the session's trainers. */
    joinUrl: text("join_url"),
    joinDetails: text("join_details"),
    joinDetailsEs: text("join_details_es"),
    capacity: integer("capacity").notNull(),
    /** Seats held back for one partner organization's staff. */
    reservedPartnerSeats: integer("reserved_partner_seats").notNull().default(0),
    reservedOrganizationId: text("reserved_organization_id").references(() => organization.id, {
      onDelete: "set null",
    }),
    /** Seats held back for people with a scholarship request. */
    reservedScholarshipSeats: integer("reserved_scholarship_seats").notNull().default(0),
    registrationOpensAt: timestamp("registration_opens_at", { withTimezone: true }),
    registrationClosesAt: timestamp("registration_closes_at", { withTimezone: true }),
    /** How long an offered seat is held (hours, at least 6). */
    offerHoldHours: integer("offer_hold_hours").notNull().default(48),
    /** People may cancel themselves until this many hours before the first meeting. */
    cancelCutoffHours: integer("cancel_cutoff_hours").notNull().default(24),
    priceTiers: jsonb("price_tiers")
      .$type<PriceTier[]>()
      .notNull()
      .default([{ kind: "free", amountCents: 0 }]),
    currency: text("currency").notNull().default("USD"),
    notesEn: text("notes_en").notNull().default(""),
    notesEs: text("notes_es").notNull().default(""),
    /** First meeting's start and last meeting's end, kept with the meetings so lists sort and filter without a join. */
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    /** iCalendar SEQUENCE: raised whenever a time or place changes. */
    calendarSequence: integer("calendar_sequence").notNull().default(0),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelReason: text("cancel_reason"),
    /**
     * The last place handed out in this session's line. Taking a place raises it under the session's row lock, so
     * first-come order is the order of the lock, whatever the clocks of the app processes say.
     */
    lastQueuedAt: timestamp("last_queued_at", { withTimezone: true, precision: 6 }),
    /** Set when the reminder two days before the first meeting went out, so it goes once. */
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("training_session_course_idx").on(t.courseId, t.startsAt),
    index("training_session_listing_idx").on(t.status, t.startsAt),
  ],
);

export const sessionMeeting = pgTable(
  "session_meeting",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    sessionId: text("session_id")
      .notNull()
      .references(() => trainingSession.id, { onDelete: "cascade" }),
    /** 1, 2, 3… in time order ("day 1"). */
    position: integer("position").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    /** Breaks inside the meeting (ISO instants), which are not contact time. */
    breaks: jsonb("breaks").$type<{ startsAt: string; endsAt: string }[]>().notNull().default([]),
  },
  (t) => [uniqueIndex("session_meeting_position_key").on(t.sessionId, t.position)],
);

export const sessionTrainer = pgTable(
  "session_trainer",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => trainingSession.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "restrict" }),
    role: text("role", { enum: ["lead", "co"] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] }), index("session_trainer_user_idx").on(t.userId)],
);
