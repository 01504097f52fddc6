CREATE TABLE "reflection_prompt" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"seed_key" text,
	"principle" text,
	"task" text,
	"text_en" text NOT NULL,
	"text_es" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reflection_prompt_seed_key_unique" UNIQUE("seed_key")
);
--> statement-breakpoint
CREATE TABLE "journal_entry" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"written_on" date NOT NULL,
	"sealed" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "journal_intention" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"sealed" text NOT NULL,
	"check_in_days" integer,
	"next_check_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journal_key" (
	"user_id" text PRIMARY KEY NOT NULL,
	"wrapped_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "journal_entry" ADD CONSTRAINT "journal_entry_user_id_journal_key_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."journal_key"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_intention" ADD CONSTRAINT "journal_intention_user_id_journal_key_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."journal_key"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_key" ADD CONSTRAINT "journal_key_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reflection_prompt_order_idx" ON "reflection_prompt" USING btree ("active","sort_order");--> statement-breakpoint
CREATE INDEX "journal_entry_user_idx" ON "journal_entry" USING btree ("user_id","written_on");--> statement-breakpoint
CREATE INDEX "journal_entry_removed_idx" ON "journal_entry" USING btree ("removed_at") WHERE "journal_entry"."removed_at" is not null;--> statement-breakpoint
CREATE INDEX "journal_intention_user_idx" ON "journal_intention" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "journal_intention_check_in_idx" ON "journal_intention" USING btree ("next_check_in_at") WHERE "journal_intention"."next_check_in_at" is not null;