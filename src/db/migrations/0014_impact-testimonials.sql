ALTER TABLE "testimonial" DROP CONSTRAINT "testimonial_published_by_user_id_fk";
--> statement-breakpoint
DROP INDEX "testimonial_published_idx";--> statement-breakpoint
DROP INDEX "testimonial_user_idx";--> statement-breakpoint
ALTER TABLE "testimonial" ALTER COLUMN "shown_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "impact_settings" ADD COLUMN "block_visibility" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "testimonial" ADD COLUMN "attribution" text NOT NULL;--> statement-breakpoint
ALTER TABLE "testimonial" ADD COLUMN "consent_wording" text NOT NULL;--> statement-breakpoint
ALTER TABLE "testimonial" ADD COLUMN "consented_at" timestamp with time zone NOT NULL;--> statement-breakpoint
ALTER TABLE "testimonial" ADD COLUMN "status" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "testimonial" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "testimonial" ADD COLUMN "reviewed_by" text;--> statement-breakpoint
ALTER TABLE "testimonial" ADD CONSTRAINT "testimonial_reviewed_by_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "testimonial_shown_idx" ON "testimonial" USING btree ("status","language","reviewed_at");--> statement-breakpoint
CREATE INDEX "testimonial_review_idx" ON "testimonial" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "testimonial_user_idx" ON "testimonial" USING btree ("user_id","created_at");--> statement-breakpoint
ALTER TABLE "impact_settings" DROP COLUMN "hidden_blocks";--> statement-breakpoint
ALTER TABLE "testimonial" DROP COLUMN "published_at";--> statement-breakpoint
ALTER TABLE "testimonial" DROP COLUMN "published_by";