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
ALTER TABLE "impact_export" ADD CONSTRAINT "impact_export_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_export_mailing" ADD CONSTRAINT "impact_export_mailing_export_id_impact_export_id_fk" FOREIGN KEY ("export_id") REFERENCES "public"."impact_export"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "impact_export_created_idx" ON "impact_export" USING btree ("created_at");