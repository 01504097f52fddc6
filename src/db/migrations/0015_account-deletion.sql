CREATE TABLE "account_deletion" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text,
	"credentials" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "account_deletion" ADD CONSTRAINT "account_deletion_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_deletion_pending_key" ON "account_deletion" USING btree ("user_id") WHERE "account_deletion"."completed_at" is null;--> statement-breakpoint
CREATE INDEX "account_deletion_requested_idx" ON "account_deletion" USING btree ("requested_at");--> statement-breakpoint
-- Hand-written (decision 0038): the audit log stays append-only, except that the account-deletion job may blank the
-- person's own words (actor label, address, summary fields) in rows about them. It says so by setting
-- ips.audit_anonymize for its own transaction only; what happened, to what, and when can never change.
CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND current_setting('ips.audit_anonymize', true) = 'on'
     AND NEW.id = OLD.id
     AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
     AND NEW.action = OLD.action
     AND NEW.target_type = OLD.target_type
     AND NEW.target_id IS NOT DISTINCT FROM OLD.target_id
     AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id
     AND NEW.created_at = OLD.created_at THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
