CREATE TABLE "partner_directory_entry" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"listed" boolean DEFAULT false NOT NULL,
	"shown_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"description_es" text DEFAULT '' NOT NULL,
	"counties" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"co_reflection_in_place" boolean DEFAULT false NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sponsored_block" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"organization_id" text NOT NULL,
	"session_id" text NOT NULL,
	"seats" integer NOT NULL,
	"code" text NOT NULL,
	"release_at" timestamp with time zone NOT NULL,
	"released_at" timestamp with time zone,
	"amount_cents" integer NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"invoice_reference" text DEFAULT '' NOT NULL,
	"paid" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sponsored_seat" (
	"registration_id" text PRIMARY KEY NOT NULL,
	"block_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_link" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"organization_id" text NOT NULL,
	"email" text NOT NULL,
	"user_id" text,
	"status" text NOT NULL,
	"share_completions" boolean DEFAULT false NOT NULL,
	"share_compliance" boolean DEFAULT false NOT NULL,
	"invited_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "partner_directory_entry" ADD CONSTRAINT "partner_directory_entry_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_directory_entry" ADD CONSTRAINT "partner_directory_entry_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsored_block" ADD CONSTRAINT "sponsored_block_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsored_block" ADD CONSTRAINT "sponsored_block_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsored_block" ADD CONSTRAINT "sponsored_block_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsored_seat" ADD CONSTRAINT "sponsored_seat_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sponsored_seat" ADD CONSTRAINT "sponsored_seat_block_id_sponsored_block_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."sponsored_block"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_link" ADD CONSTRAINT "staff_link_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_link" ADD CONSTRAINT "staff_link_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_link" ADD CONSTRAINT "staff_link_invited_by_user_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sponsored_block_code_key" ON "sponsored_block" USING btree ("code");--> statement-breakpoint
CREATE INDEX "sponsored_block_session_idx" ON "sponsored_block" USING btree ("session_id") WHERE released_at is null;--> statement-breakpoint
CREATE INDEX "sponsored_block_organization_idx" ON "sponsored_block" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "sponsored_block_release_idx" ON "sponsored_block" USING btree ("release_at") WHERE released_at is null;--> statement-breakpoint
CREATE INDEX "sponsored_seat_block_idx" ON "sponsored_seat" USING btree ("block_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_link_open_key" ON "staff_link" USING btree ("organization_id","email") WHERE status in ('invited', 'requested', 'active');--> statement-breakpoint
CREATE INDEX "staff_link_email_idx" ON "staff_link" USING btree ("email","status");--> statement-breakpoint
CREATE INDEX "staff_link_user_idx" ON "staff_link" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "staff_link_organization_idx" ON "staff_link" USING btree ("organization_id","status");