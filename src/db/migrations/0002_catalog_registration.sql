CREATE TABLE "course" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"slug" text NOT NULL,
	"form" text NOT NULL,
	"title_en" text NOT NULL,
	"title_es" text NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"summary_es" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"description_es" text DEFAULT '' NOT NULL,
	"audience_en" text DEFAULT '' NOT NULL,
	"audience_es" text DEFAULT '' NOT NULL,
	"image_url" text,
	"contact_minutes" integer NOT NULL,
	"requires_approval" boolean DEFAULT false NOT NULL,
	"prerequisite_mode" text DEFAULT 'all' NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ce_categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"completion_rules" jsonb,
	"valid_for_months" integer,
	"archived_at" timestamp with time zone,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title_en, '') || ' ' || coalesce(summary_en, '')), 'A') || setweight(to_tsvector('english', coalesce(description_en, '') || ' ' || coalesce(audience_en, '')), 'B') || setweight(to_tsvector('spanish', coalesce(title_es, '') || ' ' || coalesce(summary_es, '')), 'A') || setweight(to_tsvector('spanish', coalesce(description_es, '') || ' ' || coalesce(audience_es, '')), 'B')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "course_prerequisite" (
	"course_id" text NOT NULL,
	"required_course_id" text NOT NULL,
	CONSTRAINT "course_prerequisite_course_id_required_course_id_pk" PRIMARY KEY("course_id","required_course_id")
);
--> statement-breakpoint
CREATE TABLE "session_meeting" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"session_id" text NOT NULL,
	"position" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"breaks" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_trainer" (
	"session_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "session_trainer_session_id_user_id_pk" PRIMARY KEY("session_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "training_session" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"course_id" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"time_zone" text NOT NULL,
	"format" text NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"venue_name" text,
	"venue_address" text,
	"accessibility_notes" text,
	"join_url" text,
	"join_details" text,
	"capacity" integer NOT NULL,
	"reserved_partner_seats" integer DEFAULT 0 NOT NULL,
	"reserved_organization_id" text,
	"reserved_scholarship_seats" integer DEFAULT 0 NOT NULL,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"offer_hold_hours" integer DEFAULT 48 NOT NULL,
	"cancel_cutoff_hours" integer DEFAULT 24 NOT NULL,
	"price_tiers" jsonb DEFAULT '[{"kind":"free","amountCents":0}]'::jsonb NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"notes_en" text DEFAULT '' NOT NULL,
	"notes_es" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"calendar_sequence" integer DEFAULT 0 NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"last_queued_at" timestamp (6) with time zone,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feed" (
	"user_id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_link" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"registration_id" text NOT NULL,
	"action" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outside_completion" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"course_id" text NOT NULL,
	"provider" text NOT NULL,
	"completed_on" text NOT NULL,
	"evidence" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"session_id" text NOT NULL,
	"user_id" text NOT NULL,
	"group_id" text,
	"status" text NOT NULL,
	"reserve" text,
	"held_from" text,
	"requested_at" timestamp (6) with time zone NOT NULL,
	"queue_at" timestamp (6) with time zone NOT NULL,
	"offer_expires_at" timestamp with time zone,
	"organization_id" text,
	"registered_by" text,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"pronouns" text,
	"accommodations" text,
	"price_tier" text DEFAULT 'free' NOT NULL,
	"amount_cents" integer DEFAULT 0 NOT NULL,
	"transferred_from_id" text,
	"decided_by" text,
	"decision_note" text,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_event" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"registration_id" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" text,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scholarship_request" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"registration_id" text NOT NULL,
	"need_statement" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"award_cents" integer,
	"message" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox_message" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "course_prerequisite" ADD CONSTRAINT "course_prerequisite_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_prerequisite" ADD CONSTRAINT "course_prerequisite_required_course_id_course_id_fk" FOREIGN KEY ("required_course_id") REFERENCES "public"."course"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_meeting" ADD CONSTRAINT "session_meeting_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_trainer" ADD CONSTRAINT "session_trainer_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_trainer" ADD CONSTRAINT "session_trainer_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session" ADD CONSTRAINT "training_session_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session" ADD CONSTRAINT "training_session_reserved_organization_id_organization_id_fk" FOREIGN KEY ("reserved_organization_id") REFERENCES "public"."organization"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_link" ADD CONSTRAINT "offer_link_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outside_completion" ADD CONSTRAINT "outside_completion_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outside_completion" ADD CONSTRAINT "outside_completion_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outside_completion" ADD CONSTRAINT "outside_completion_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_registered_by_user_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_event" ADD CONSTRAINT "registration_event_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_event" ADD CONSTRAINT "registration_event_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scholarship_request" ADD CONSTRAINT "scholarship_request_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scholarship_request" ADD CONSTRAINT "scholarship_request_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "course_slug_key" ON "course" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "course_search_idx" ON "course" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "session_meeting_position_key" ON "session_meeting" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "session_trainer_user_idx" ON "session_trainer" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "training_session_course_idx" ON "training_session" USING btree ("course_id","starts_at");--> statement-breakpoint
CREATE INDEX "training_session_listing_idx" ON "training_session" USING btree ("status","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_token_key" ON "calendar_feed" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "offer_link_registration_idx" ON "offer_link" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "outside_completion_user_idx" ON "outside_completion" USING btree ("user_id","course_id");--> statement-breakpoint
CREATE INDEX "outside_completion_status_idx" ON "outside_completion" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_live_key" ON "registration" USING btree ("session_id","user_id") WHERE status in ('pending_approval', 'approved', 'confirmed', 'waitlisted', 'offered');--> statement-breakpoint
CREATE INDEX "registration_session_status_idx" ON "registration" USING btree ("session_id","status","queue_at");--> statement-breakpoint
CREATE INDEX "registration_user_idx" ON "registration" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "registration_group_idx" ON "registration" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "registration_offer_expiry_idx" ON "registration" USING btree ("offer_expires_at") WHERE status = 'offered';--> statement-breakpoint
CREATE INDEX "registration_event_registration_idx" ON "registration_event" USING btree ("registration_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "scholarship_request_registration_key" ON "scholarship_request" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "scholarship_request_status_idx" ON "scholarship_request" USING btree ("status","created_at");