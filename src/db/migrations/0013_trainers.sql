CREATE TABLE "trainer_activity" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trainer_profile" (
	"user_id" text PRIMARY KEY NOT NULL,
	"bio_en" text DEFAULT '' NOT NULL,
	"bio_es" text DEFAULT '' NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"regions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"pronouns" text,
	"is_public" boolean DEFAULT false NOT NULL,
	"reminders_off" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trainer_requirement_set" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"key" text NOT NULL,
	"name_en" text NOT NULL,
	"name_es" text NOT NULL,
	"apprentice_co_trainings" integer NOT NULL,
	"active_months_after_training" integer NOT NULL,
	"co_reflection_every_months" integer,
	"refresher_every_months" integer,
	"alumni_after_lapsed_months" integer NOT NULL,
	"return_months" integer NOT NULL,
	"alumni_return_co_trainings" integer NOT NULL,
	"remind_days_before" integer DEFAULT 30 NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trainer_standing_override" (
	"user_id" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"until" timestamp with time zone,
	"set_by" text,
	"set_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trainer_standing_reminder" (
	"user_id" text NOT NULL,
	"lapses_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "trainer_activity" ADD CONSTRAINT "trainer_activity_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainer_activity" ADD CONSTRAINT "trainer_activity_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainer_profile" ADD CONSTRAINT "trainer_profile_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainer_requirement_set" ADD CONSTRAINT "trainer_requirement_set_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainer_standing_override" ADD CONSTRAINT "trainer_standing_override_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainer_standing_override" ADD CONSTRAINT "trainer_standing_override_set_by_user_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainer_standing_reminder" ADD CONSTRAINT "trainer_standing_reminder_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trainer_activity_user_idx" ON "trainer_activity" USING btree ("user_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "trainer_requirement_set_key" ON "trainer_requirement_set" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "trainer_standing_reminder_key" ON "trainer_standing_reminder" USING btree ("user_id","lapses_at");