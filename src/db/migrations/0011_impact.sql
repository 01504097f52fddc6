CREATE TABLE "impact_fact" (
	"registration_id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"session_id" text NOT NULL,
	"course_id" text NOT NULL,
	"form" text NOT NULL,
	"organization_id" text,
	"county_fips" text,
	"starts_at" timestamp with time zone NOT NULL,
	"month" text NOT NULL,
	"status" text NOT NULL,
	"seated" boolean NOT NULL,
	"attended" boolean NOT NULL,
	"completed" boolean NOT NULL,
	"ce_minutes" integer NOT NULL,
	"minutes_to_seat" integer,
	"scholarship_cents" integer
);
--> statement-breakpoint
CREATE TABLE "impact_figure_copy" (
	"view_key" text PRIMARY KEY NOT NULL,
	"figures" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_rollup_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"hidden_blocks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_county" (
	"user_id" text PRIMARY KEY NOT NULL,
	"county_fips" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_view_daily" (
	"session_id" text NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "session_view_daily_session_id_day_pk" PRIMARY KEY("session_id","day")
);
--> statement-breakpoint
CREATE TABLE "testimonial" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"shown_name" text NOT NULL,
	"body" text NOT NULL,
	"language" text NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_county" ADD CONSTRAINT "person_county_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_view_daily" ADD CONSTRAINT "session_view_daily_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "testimonial" ADD CONSTRAINT "testimonial_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "testimonial" ADD CONSTRAINT "testimonial_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "impact_fact_starts_idx" ON "impact_fact" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "impact_fact_course_idx" ON "impact_fact" USING btree ("course_id");--> statement-breakpoint
CREATE INDEX "impact_fact_organization_idx" ON "impact_fact" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "impact_fact_county_idx" ON "impact_fact" USING btree ("county_fips");--> statement-breakpoint
CREATE INDEX "impact_fact_session_idx" ON "impact_fact" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "person_county_fips_idx" ON "person_county" USING btree ("county_fips","user_id");--> statement-breakpoint
CREATE INDEX "testimonial_user_idx" ON "testimonial" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "testimonial_published_idx" ON "testimonial" USING btree ("published_at");