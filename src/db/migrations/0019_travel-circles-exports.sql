CREATE TABLE "impact_export" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"kinds" jsonb NOT NULL,
	"filter" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cadence" text NOT NULL,
	"weekday" integer,
	"month_day" integer,
	"time_zone" text NOT NULL,
	"recipients" jsonb NOT NULL,
	"language" text NOT NULL,
	"paused_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_export_mailing" (
	"export_id" text NOT NULL,
	"send_day" date NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"recipients" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "impact_export_mailing_export_id_send_day_pk" PRIMARY KEY("export_id","send_day")
);
--> statement-breakpoint
ALTER TABLE "outside_hours" ADD COLUMN "credential" jsonb;--> statement-breakpoint
ALTER TABLE "outside_hours" ADD COLUMN "credential_key" text;--> statement-breakpoint
ALTER TABLE "outside_hours" ADD COLUMN "verification" jsonb;--> statement-breakpoint
ALTER TABLE "outside_hours" ADD COLUMN "queue_reason" text;--> statement-breakpoint
ALTER TABLE "outside_hours" ADD COLUMN "trusted_issuer_id" text;--> statement-breakpoint
ALTER TABLE "co_reflection_circle" ADD COLUMN "archived_by" text;--> statement-breakpoint
ALTER TABLE "co_reflection_circle" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "impact_export" ADD CONSTRAINT "impact_export_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_export_mailing" ADD CONSTRAINT "impact_export_mailing_export_id_impact_export_id_fk" FOREIGN KEY ("export_id") REFERENCES "public"."impact_export"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "impact_export_created_idx" ON "impact_export" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "outside_hours" ADD CONSTRAINT "outside_hours_trusted_issuer_id_trusted_issuer_id_fk" FOREIGN KEY ("trusted_issuer_id") REFERENCES "public"."trusted_issuer"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "co_reflection_circle" ADD CONSTRAINT "co_reflection_circle_archived_by_user_id_fk" FOREIGN KEY ("archived_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outside_hours_credential_key" ON "outside_hours" USING btree ("user_id","credential_key");--> statement-breakpoint
CREATE INDEX "outside_hours_trusted_issuer_idx" ON "outside_hours" USING btree ("trusted_issuer_id");