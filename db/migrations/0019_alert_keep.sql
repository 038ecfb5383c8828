ALTER TABLE "search_alerts" ADD COLUMN "kept_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "search_alerts" ADD COLUMN "keep_asked_at" timestamp with time zone;