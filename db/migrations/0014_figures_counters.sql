CREATE TYPE "public"."cost_key" AS ENUM('equal', 'vacancies', 'weight');--> statement-breakpoint
CREATE TABLE "alliance_budgets" (
	"year" integer PRIMARY KEY NOT NULL,
	"amount_cents" bigint NOT NULL,
	"cost_key" "cost_key" DEFAULT 'equal' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alliance_budgets_amount" CHECK ("alliance_budgets"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"day" date NOT NULL,
	"term" text NOT NULL,
	"searches" integer DEFAULT 0 NOT NULL,
	"zero_results" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "search_terms_day_term_pk" PRIMARY KEY("day","term")
);
--> statement-breakpoint
ALTER TABLE "vacancy_views" ADD COLUMN "from_widget" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "vacancy_views" ADD COLUMN "from_feed" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "vacancy_views" ADD COLUMN "impressions" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "vacancy_views" ADD COLUMN "applications" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "vacancy_views" ADD COLUMN "hires" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "vacancy_views_day_idx" ON "vacancy_views" USING btree ("day");--> statement-breakpoint
-- The applications and hires made before these counters existed, on their Dutch day.
INSERT INTO "vacancy_views" ("vacancy_id", "day", "applications")
SELECT "vacancy_id", ("created_at" AT TIME ZONE 'Europe/Amsterdam')::date, count(*) FROM "applications" GROUP BY 1, 2
ON CONFLICT ("vacancy_id", "day") DO UPDATE SET "applications" = "vacancy_views"."applications" + excluded."applications";--> statement-breakpoint
INSERT INTO "vacancy_views" ("vacancy_id", "day", "hires")
SELECT "vacancy_id", ("hired_at" AT TIME ZONE 'Europe/Amsterdam')::date, count(*) FROM "applications" WHERE "hired_at" IS NOT NULL GROUP BY 1, 2
ON CONFLICT ("vacancy_id", "day") DO UPDATE SET "hires" = "vacancy_views"."hires" + excluded."hires";
