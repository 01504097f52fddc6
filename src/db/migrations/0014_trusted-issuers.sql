CREATE TABLE "trusted_achievement_mapping" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"trusted_issuer_id" text NOT NULL,
	"achievement_id" text,
	"achievement_name" text,
	"course_id" text NOT NULL,
	"added_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trusted_issuer" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"issuer_id" text NOT NULL,
	"name" text NOT NULL,
	"key_origin" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"added_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outside_completion" ADD COLUMN "credential" jsonb;--> statement-breakpoint
ALTER TABLE "outside_completion" ADD COLUMN "verification" jsonb;--> statement-breakpoint
ALTER TABLE "outside_completion" ADD COLUMN "queue_reason" text;--> statement-breakpoint
ALTER TABLE "outside_completion" ADD COLUMN "trusted_issuer_id" text;--> statement-breakpoint
ALTER TABLE "trusted_achievement_mapping" ADD CONSTRAINT "trusted_achievement_mapping_trusted_issuer_id_trusted_issuer_id_fk" FOREIGN KEY ("trusted_issuer_id") REFERENCES "public"."trusted_issuer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trusted_achievement_mapping" ADD CONSTRAINT "trusted_achievement_mapping_course_id_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."course"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trusted_achievement_mapping" ADD CONSTRAINT "trusted_achievement_mapping_added_by_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trusted_issuer" ADD CONSTRAINT "trusted_issuer_added_by_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trusted_achievement_mapping_issuer_idx" ON "trusted_achievement_mapping" USING btree ("trusted_issuer_id","course_id");--> statement-breakpoint
CREATE INDEX "trusted_achievement_mapping_course_idx" ON "trusted_achievement_mapping" USING btree ("course_id");--> statement-breakpoint
CREATE UNIQUE INDEX "trusted_issuer_issuer_key" ON "trusted_issuer" USING btree ("issuer_id");--> statement-breakpoint
ALTER TABLE "outside_completion" ADD CONSTRAINT "outside_completion_trusted_issuer_id_trusted_issuer_id_fk" FOREIGN KEY ("trusted_issuer_id") REFERENCES "public"."trusted_issuer"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outside_completion_trusted_issuer_idx" ON "outside_completion" USING btree ("trusted_issuer_id");