CREATE TABLE "attendance" (
	"registration_id" text NOT NULL,
	"meeting_id" text NOT NULL,
	"minutes_present" integer NOT NULL,
	"method" text NOT NULL,
	"arrived_at" timestamp with time zone,
	"recorded_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certification" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"type_key" text NOT NULL,
	"number" text,
	"issued_on" date NOT NULL,
	"reminders_on" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certification_reminder" (
	"certification_id" text NOT NULL,
	"kind" text NOT NULL,
	"cycle_ends_on" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certification_type" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"authority" text DEFAULT '' NOT NULL,
	"rules" jsonb NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "completion" (
	"registration_id" text PRIMARY KEY NOT NULL,
	"completed" boolean NOT NULL,
	"contact_minutes" integer NOT NULL,
	"attended_minutes" integer NOT NULL,
	"ce_minutes" integer NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"signed_off_by" text,
	"signed_off_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credential" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"code" text NOT NULL,
	"registration_id" text NOT NULL,
	"user_id" text NOT NULL,
	"course_id" text NOT NULL,
	"session_id" text NOT NULL,
	"recipient_name" text NOT NULL,
	"display_name" text NOT NULL,
	"attended_minutes" integer NOT NULL,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"in_person" boolean NOT NULL,
	"activity_start_date" date NOT NULL,
	"activity_end_date" date NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"status" text DEFAULT 'active' NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone,
	"superseded_by_id" text,
	"status_list_index" integer NOT NULL,
	"key_id" text NOT NULL,
	"document" jsonb NOT NULL,
	"jwt" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outside_hours" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"title" text NOT NULL,
	"provider" text NOT NULL,
	"completed_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"in_person" boolean NOT NULL,
	"evidence" "bytea",
	"evidence_type" text,
	"evidence_name" text,
	"verified_by" text,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signing_key" (
	"id" text PRIMARY KEY NOT NULL,
	"algorithm" text DEFAULT 'EdDSA' NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"private_key_encrypted" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_meeting_id_session_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."session_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification" ADD CONSTRAINT "certification_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification" ADD CONSTRAINT "certification_type_key_certification_type_key_fk" FOREIGN KEY ("type_key") REFERENCES "public"."certification_type"("key") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_reminder" ADD CONSTRAINT "certification_reminder_certification_id_certification_id_fk" FOREIGN KEY ("certification_id") REFERENCES "public"."certification"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "completion" ADD CONSTRAINT "completion_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "completion" ADD CONSTRAINT "completion_signed_off_by_user_id_fk" FOREIGN KEY ("signed_off_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_key_id_signing_key_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."signing_key"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outside_hours" ADD CONSTRAINT "outside_hours_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outside_hours" ADD CONSTRAINT "outside_hours_verified_by_user_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_registration_meeting_key" ON "attendance" USING btree ("registration_id","meeting_id");--> statement-breakpoint
CREATE INDEX "attendance_meeting_idx" ON "attendance" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "certification_user_idx" ON "certification" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certification_reminder_key" ON "certification_reminder" USING btree ("certification_id","kind","cycle_ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "credential_code_key" ON "credential" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "credential_status_list_index_key" ON "credential" USING btree ("status_list_index");--> statement-breakpoint
CREATE INDEX "credential_user_idx" ON "credential" USING btree ("user_id","issued_at");--> statement-breakpoint
CREATE INDEX "credential_registration_idx" ON "credential" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "outside_hours_user_idx" ON "outside_hours" USING btree ("user_id","completed_on");