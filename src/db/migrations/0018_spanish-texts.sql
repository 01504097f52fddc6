ALTER TABLE "hub_settings" ADD COLUMN "tagline_es" text;--> statement-breakpoint
ALTER TABLE "training_session" ADD COLUMN "accessibility_notes_es" text;--> statement-breakpoint
ALTER TABLE "training_session" ADD COLUMN "join_details_es" text;--> statement-breakpoint
-- HAND-WRITTEN BACKFILL (spanish-texts, decision 0041): a session taught in Spanish was described in Spanish in the
-- single columns, so its text belongs in the new _es columns too; Spanish pages then show it without a lang="en" mark.
UPDATE "training_session" SET "accessibility_notes_es" = "accessibility_notes" WHERE "language" = 'es' AND "accessibility_notes_es" IS NULL;--> statement-breakpoint
UPDATE "training_session" SET "join_details_es" = "join_details" WHERE "language" = 'es' AND "join_details_es" IS NULL;
