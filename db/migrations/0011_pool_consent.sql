ALTER TABLE "applications" ADD COLUMN "pool_consent_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "pool_reminder_sent_at" timestamp with time zone;--> statement-breakpoint
-- Pool consents given before this column existed run a year from the application.
UPDATE "applications" SET "pool_consent_until" = "created_at" + interval '365 days' WHERE "consent" = 'pool';
