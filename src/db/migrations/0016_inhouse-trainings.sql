CREATE TABLE "inhouse_training_message" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"report_id" text NOT NULL,
	"author_id" text,
	"action" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inhouse_training_report" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"organization_id" text NOT NULL,
	"reporter_id" text NOT NULL,
	"status" text NOT NULL,
	"fields" jsonb NOT NULL,
	"session_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" text
);
--> statement-breakpoint
ALTER TABLE "inhouse_training_message" ADD CONSTRAINT "inhouse_training_message_report_id_inhouse_training_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."inhouse_training_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inhouse_training_message" ADD CONSTRAINT "inhouse_training_message_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inhouse_training_report" ADD CONSTRAINT "inhouse_training_report_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inhouse_training_report" ADD CONSTRAINT "inhouse_training_report_reporter_id_user_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inhouse_training_report" ADD CONSTRAINT "inhouse_training_report_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inhouse_training_report" ADD CONSTRAINT "inhouse_training_report_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inhouse_training_message_report_idx" ON "inhouse_training_message" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE INDEX "inhouse_training_report_status_idx" ON "inhouse_training_report" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "inhouse_training_report_reporter_idx" ON "inhouse_training_report" USING btree ("reporter_id");--> statement-breakpoint
CREATE INDEX "inhouse_training_report_session_idx" ON "inhouse_training_report" USING btree ("session_id");