CREATE TABLE "circle_meeting_prompt" (
	"meeting_id" text PRIMARY KEY NOT NULL,
	"circle_id" text NOT NULL,
	"prompt_id" text NOT NULL,
	"chosen_by" text,
	"chosen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "circle_meeting_prompt" ADD CONSTRAINT "circle_meeting_prompt_meeting_id_circle_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."circle_meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_meeting_prompt" ADD CONSTRAINT "circle_meeting_prompt_circle_id_co_reflection_circle_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."co_reflection_circle"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_meeting_prompt" ADD CONSTRAINT "circle_meeting_prompt_prompt_id_reflection_prompt_id_fk" FOREIGN KEY ("prompt_id") REFERENCES "public"."reflection_prompt"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_meeting_prompt" ADD CONSTRAINT "circle_meeting_prompt_chosen_by_user_id_fk" FOREIGN KEY ("chosen_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "circle_meeting_prompt_circle_idx" ON "circle_meeting_prompt" USING btree ("circle_id");--> statement-breakpoint
CREATE INDEX "circle_meeting_prompt_prompt_idx" ON "circle_meeting_prompt" USING btree ("prompt_id");