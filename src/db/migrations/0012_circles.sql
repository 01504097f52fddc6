CREATE TABLE "co_reflection_circle" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"language" text NOT NULL,
	"min_members" integer DEFAULT 4 NOT NULL,
	"max_members" integer DEFAULT 12 NOT NULL,
	"join_policy" text DEFAULT 'invitation' NOT NULL,
	"time_zone" text NOT NULL,
	"place" text,
	"video_url" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "circle_agreement_ack" (
	"version_id" text NOT NULL,
	"user_id" text NOT NULL,
	"acknowledged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_agreement_ack_version_id_user_id_pk" PRIMARY KEY("version_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "circle_agreement_proposal" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"circle_id" text NOT NULL,
	"proposed_by" text,
	"body" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_agreement_version" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"circle_id" text NOT NULL,
	"version" integer NOT NULL,
	"body" text NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_attendance" (
	"meeting_id" text NOT NULL,
	"user_id" text NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_attendance_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "circle_invitation" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"circle_id" text NOT NULL,
	"email" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"invited_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "circle_meeting" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"circle_id" text NOT NULL,
	"series_id" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"original_starts_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"facilitator_id" text,
	"calendar_sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_member" (
	"circle_id" text NOT NULL,
	"user_id" text NOT NULL,
	"status" text NOT NULL,
	"organizer" boolean DEFAULT false NOT NULL,
	"rotation_position" integer,
	"reminder_minutes" integer,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_member_circle_id_user_id_pk" PRIMARY KEY("circle_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "circle_reminder_sent" (
	"meeting_id" text NOT NULL,
	"user_id" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_reminder_sent_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "circle_rsvp" (
	"meeting_id" text NOT NULL,
	"user_id" text NOT NULL,
	"answer" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_rsvp_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "circle_series" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"circle_id" text NOT NULL,
	"rule" jsonb NOT NULL,
	"rrule" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hub_settings" ADD COLUMN "members_may_start_circles" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "co_reflection_circle" ADD CONSTRAINT "co_reflection_circle_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_agreement_ack" ADD CONSTRAINT "circle_agreement_ack_version_id_circle_agreement_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."circle_agreement_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_agreement_ack" ADD CONSTRAINT "circle_agreement_ack_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_agreement_proposal" ADD CONSTRAINT "circle_agreement_proposal_circle_id_co_reflection_circle_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."co_reflection_circle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_agreement_proposal" ADD CONSTRAINT "circle_agreement_proposal_proposed_by_user_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_agreement_version" ADD CONSTRAINT "circle_agreement_version_circle_id_co_reflection_circle_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."co_reflection_circle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_agreement_version" ADD CONSTRAINT "circle_agreement_version_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_attendance" ADD CONSTRAINT "circle_attendance_meeting_id_circle_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."circle_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_attendance" ADD CONSTRAINT "circle_attendance_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_attendance" ADD CONSTRAINT "circle_attendance_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_invitation" ADD CONSTRAINT "circle_invitation_circle_id_co_reflection_circle_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."co_reflection_circle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_invitation" ADD CONSTRAINT "circle_invitation_invited_by_user_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_meeting" ADD CONSTRAINT "circle_meeting_circle_id_co_reflection_circle_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."co_reflection_circle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_meeting" ADD CONSTRAINT "circle_meeting_series_id_circle_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."circle_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_meeting" ADD CONSTRAINT "circle_meeting_facilitator_id_user_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_member" ADD CONSTRAINT "circle_member_circle_id_co_reflection_circle_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."co_reflection_circle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_member" ADD CONSTRAINT "circle_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_reminder_sent" ADD CONSTRAINT "circle_reminder_sent_meeting_id_circle_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."circle_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_reminder_sent" ADD CONSTRAINT "circle_reminder_sent_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_rsvp" ADD CONSTRAINT "circle_rsvp_meeting_id_circle_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."circle_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_rsvp" ADD CONSTRAINT "circle_rsvp_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_series" ADD CONSTRAINT "circle_series_circle_id_co_reflection_circle_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."co_reflection_circle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "circle_join_policy_idx" ON "co_reflection_circle" USING btree ("join_policy","archived_at");--> statement-breakpoint
CREATE INDEX "circle_agreement_proposal_circle_idx" ON "circle_agreement_proposal" USING btree ("circle_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "circle_agreement_version_key" ON "circle_agreement_version" USING btree ("circle_id","version");--> statement-breakpoint
CREATE INDEX "circle_attendance_user_idx" ON "circle_attendance" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "circle_invitation_email_idx" ON "circle_invitation" USING btree (lower("email"),"status");--> statement-breakpoint
CREATE UNIQUE INDEX "circle_invitation_pending_key" ON "circle_invitation" USING btree ("circle_id",lower("email")) WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "circle_meeting_circle_idx" ON "circle_meeting" USING btree ("circle_id","starts_at");--> statement-breakpoint
CREATE INDEX "circle_meeting_starts_idx" ON "circle_meeting" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "circle_member_user_idx" ON "circle_member" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "circle_rsvp_user_idx" ON "circle_rsvp" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "circle_series_circle_idx" ON "circle_series" USING btree ("circle_id");