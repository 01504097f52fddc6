CREATE TABLE "circle_meeting_prompt" (
	"meeting_id" text PRIMARY KEY NOT NULL,
	"circle_id" text NOT NULL,
	"prompt_id" text NOT NULL,
	"chosen_by" text,
	"chosen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trainer_photo" (
	"user_id" text PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL,
	"type" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trusted_achievement_mapping" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"trusted_issuer_id" text NOT NULL,
	"achievement_id" text,
	"achievement_name" text,
	"course_id" text NOT NULL,
	"added_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trusted_issuer" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"issuer_id" text NOT NULL,
	"name" text NOT NULL,
	"key_origin" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"added_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_record" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"purpose" text NOT NULL,
	"subject_id" text,
	"wording_version" integer NOT NULL,
	"wording_locale" text NOT NULL,
	"recorded_by" text,
	"granted_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "data_export" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"token_hash" text,
	"requested_at" timestamp with time zone NOT NULL,
	"ready_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"size_bytes" integer,
	"archive" "bytea"
);
--> statement-breakpoint
ALTER TABLE "testimonial" DROP CONSTRAINT "testimonial_published_by_user_id_fk";
--> statement-breakpoint
DROP INDEX "testimonial_published_idx";--> statement-breakpoint
DROP INDEX "testimonial_user_idx";--> statement-breakpoint
ALTER TABLE "testimonial" ALTER COLUMN "shown_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outside_completion" ADD COLUMN "credential" jsonb;--> statement-breakpoint
ALTER TABLE "outside_completion" ADD COLUMN "verification" jsonb;--> statement-breakpoint
ALTER TABLE "outside_completion" ADD COLUMN "queue_reason" text;--> statement-breakpoint
ALTER TABLE "outside_completion" ADD COLUMN "trusted_issuer_id" text;--> statement-breakpoint
ALTER TABLE "impact_settings" ADD COLUMN "block_visibility" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "testimonial" ADD COLUMN "attribution" text DEFAULT 'name' NOT NULL;--> statement-breakpoint
ALTER TABLE "testimonial" ADD COLUMN "consent_wording" text DEFAULT 'unrecorded' NOT NULL;--> statement-breakpoint
ALTER TABLE "testimonial" ADD COLUMN "consented_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "testimonial" ADD COLUMN "status" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "testimonial" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "testimonial" ADD COLUMN "reviewed_by" text;--> statement-breakpoint
-- Hand-written: testimonials kept before consent records were offered under the name shown, on the day they were
-- written (their wording was not recorded, and says so); a published one stays approved by whoever published it. A hidden
-- impact block stays hidden. The defaults above only carry existing rows across and are dropped again.
UPDATE "testimonial" SET "consented_at" = "created_at", "attribution" = 'name', "status" = CASE WHEN "published_at" IS NULL THEN 'pending' ELSE 'approved' END, "reviewed_at" = "published_at", "reviewed_by" = "published_by";--> statement-breakpoint
UPDATE "impact_settings" SET "block_visibility" = coalesce((SELECT jsonb_object_agg(block, 'hidden') FROM jsonb_array_elements_text("hidden_blocks") AS block), '{}'::jsonb);--> statement-breakpoint
ALTER TABLE "testimonial" ALTER COLUMN "attribution" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "testimonial" ALTER COLUMN "consent_wording" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "testimonial" ALTER COLUMN "consented_at" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "circle_meeting_prompt" ADD CONSTRAINT "circle_meeting_prompt_meeting_id_circle_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."circle_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_meeting_prompt" ADD CONSTRAINT "circle_meeting_prompt_circle_id_co_reflection_circle_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."co_reflection_circle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_meeting_prompt" ADD CONSTRAINT "circle_meeting_prompt_prompt_id_reflection_prompt_id_fk" FOREIGN KEY ("prompt_id") REFERENCES "public"."reflection_prompt"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_meeting_prompt" ADD CONSTRAINT "circle_meeting_prompt_chosen_by_user_id_fk" FOREIGN KEY ("chosen_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainer_photo" ADD CONSTRAINT "trainer_photo_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trusted_achievement_mapping" ADD CONSTRAINT "trusted_achievement_mapping_trusted_issuer_id_trusted_issuer_id_fk" FOREIGN KEY ("trusted_issuer_id") REFERENCES "public"."trusted_issuer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trusted_achievement_mapping" ADD CONSTRAINT "trusted_achievement_mapping_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trusted_achievement_mapping" ADD CONSTRAINT "trusted_achievement_mapping_added_by_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trusted_issuer" ADD CONSTRAINT "trusted_issuer_added_by_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_record" ADD CONSTRAINT "consent_record_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_record" ADD CONSTRAINT "consent_record_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_export" ADD CONSTRAINT "data_export_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "circle_meeting_prompt_circle_idx" ON "circle_meeting_prompt" USING btree ("circle_id");--> statement-breakpoint
CREATE INDEX "circle_meeting_prompt_prompt_idx" ON "circle_meeting_prompt" USING btree ("prompt_id");--> statement-breakpoint
CREATE INDEX "trusted_achievement_mapping_issuer_idx" ON "trusted_achievement_mapping" USING btree ("trusted_issuer_id","course_id");--> statement-breakpoint
CREATE INDEX "trusted_achievement_mapping_course_idx" ON "trusted_achievement_mapping" USING btree ("course_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trusted_issuer_issuer_key" ON "trusted_issuer" USING btree ("issuer_id");--> statement-breakpoint
CREATE INDEX "consent_record_user_idx" ON "consent_record" USING btree ("user_id","purpose","granted_at");--> statement-breakpoint
CREATE INDEX "consent_record_subject_idx" ON "consent_record" USING btree ("purpose","subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "data_export_token_key" ON "data_export" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "data_export_user_idx" ON "data_export" USING btree ("user_id","requested_at");--> statement-breakpoint
CREATE INDEX "data_export_expiry_idx" ON "data_export" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "outside_completion" ADD CONSTRAINT "outside_completion_trusted_issuer_id_trusted_issuer_id_fk" FOREIGN KEY ("trusted_issuer_id") REFERENCES "public"."trusted_issuer"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "testimonial" ADD CONSTRAINT "testimonial_reviewed_by_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outside_completion_trusted_issuer_idx" ON "outside_completion" USING btree ("trusted_issuer_id");--> statement-breakpoint
CREATE INDEX "testimonial_shown_idx" ON "testimonial" USING btree ("status","language","reviewed_at");--> statement-breakpoint
CREATE INDEX "testimonial_review_idx" ON "testimonial" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "testimonial_user_idx" ON "testimonial" USING btree ("user_id","created_at");--> statement-breakpoint
ALTER TABLE "impact_settings" DROP COLUMN "hidden_blocks";--> statement-breakpoint
ALTER TABLE "testimonial" DROP COLUMN "published_at";--> statement-breakpoint
ALTER TABLE "testimonial" DROP COLUMN "published_by";