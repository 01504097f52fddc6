CREATE TABLE "imported_completion" (
	"registration_id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"certificate_number" text
);
--> statement-breakpoint
CREATE TABLE "imported_session" (
	"session_id" text PRIMARY KEY NOT NULL,
	"ref" text NOT NULL,
	"imported_by" text,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "imported_completion" ADD CONSTRAINT "imported_completion_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_completion" ADD CONSTRAINT "imported_completion_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_session" ADD CONSTRAINT "imported_session_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_session" ADD CONSTRAINT "imported_session_imported_by_user_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imported_completion_session_idx" ON "imported_completion" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "imported_session_ref_key" ON "imported_session" USING btree ("ref");