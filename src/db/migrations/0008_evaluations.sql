CREATE TABLE "evaluation_answer" (
	"response_id" text NOT NULL,
	"question_id" text NOT NULL,
	"score" integer,
	"retro_score" integer,
	"choice" text,
	"text" text,
	CONSTRAINT "evaluation_answer_response_id_question_id_pk" PRIMARY KEY("response_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_form" (
	"scope" text PRIMARY KEY NOT NULL,
	"course_id" text,
	"questions" jsonb NOT NULL,
	"share_open_text" boolean DEFAULT false NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_receipt" (
	"registration_id" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "evaluation_receipt_registration_id_kind_pk" PRIMARY KEY("registration_id","kind")
);
--> statement-breakpoint
CREATE TABLE "evaluation_request" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"registration_id" text NOT NULL,
	"kind" text NOT NULL,
	"token_hash" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"reminded_at" timestamp with time zone,
	"opted_out_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "evaluation_response" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"course_id" text NOT NULL,
	"session_id" text NOT NULL,
	"kind" text NOT NULL,
	"answered_month" date NOT NULL,
	"pair_code" text
);
--> statement-breakpoint
ALTER TABLE "evaluation_answer" ADD CONSTRAINT "evaluation_answer_response_id_evaluation_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."evaluation_response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_form" ADD CONSTRAINT "evaluation_form_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_form" ADD CONSTRAINT "evaluation_form_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_receipt" ADD CONSTRAINT "evaluation_receipt_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_request" ADD CONSTRAINT "evaluation_request_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_response" ADD CONSTRAINT "evaluation_response_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_response" ADD CONSTRAINT "evaluation_response_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_request_registration_kind_key" ON "evaluation_request" USING btree ("registration_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_request_token_key" ON "evaluation_request" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "evaluation_request_reminder_idx" ON "evaluation_request" USING btree ("sent_at") WHERE reminded_at is null and opted_out_at is null;--> statement-breakpoint
CREATE INDEX "evaluation_response_course_idx" ON "evaluation_response" USING btree ("course_id","kind","answered_month");--> statement-breakpoint
CREATE INDEX "evaluation_response_session_idx" ON "evaluation_response" USING btree ("session_id","kind");--> statement-breakpoint
CREATE INDEX "evaluation_response_pair_idx" ON "evaluation_response" USING btree ("pair_code");