ALTER TABLE "outside_hours" ADD COLUMN "credential" jsonb;--> statement-breakpoint
ALTER TABLE "outside_hours" ADD COLUMN "credential_key" text;--> statement-breakpoint
ALTER TABLE "outside_hours" ADD COLUMN "verification" jsonb;--> statement-breakpoint
ALTER TABLE "outside_hours" ADD COLUMN "queue_reason" text;--> statement-breakpoint
ALTER TABLE "outside_hours" ADD COLUMN "trusted_issuer_id" text;--> statement-breakpoint
ALTER TABLE "outside_hours" ADD CONSTRAINT "outside_hours_trusted_issuer_id_trusted_issuer_id_fk" FOREIGN KEY ("trusted_issuer_id") REFERENCES "public"."trusted_issuer"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outside_hours_credential_key" ON "outside_hours" USING btree ("user_id","credential_key");--> statement-breakpoint
CREATE INDEX "outside_hours_trusted_issuer_idx" ON "outside_hours" USING btree ("trusted_issuer_id");