ALTER TABLE "co_reflection_circle" ADD COLUMN "archived_by" text;--> statement-breakpoint
ALTER TABLE "co_reflection_circle" ADD COLUMN "archive_reason" text;--> statement-breakpoint
ALTER TABLE "co_reflection_circle" ADD CONSTRAINT "co_reflection_circle_archived_by_user_id_fk" FOREIGN KEY ("archived_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;