ALTER TABLE "applications" ADD COLUMN "rejected_at" timestamp with time zone;--> statement-breakpoint
-- Those turned down before the moment was kept: their last change is the nearest we know.
UPDATE "applications" SET "rejected_at" = "updated_at" WHERE "status" = 'rejected';--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_rejected_at" CHECK (("applications"."status" = 'rejected') = ("applications"."rejected_at" IS NOT NULL));
