CREATE TABLE "organisation_days" (
	"organisation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"from_widget" integer DEFAULT 0 NOT NULL,
	"from_feed" integer DEFAULT 0 NOT NULL,
	"impressions" integer DEFAULT 0 NOT NULL,
	"applications" integer DEFAULT 0 NOT NULL,
	"hires" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "organisation_days_organisation_id_day_pk" PRIMARY KEY("organisation_id","day")
);
--> statement-breakpoint
ALTER TABLE "organisation_days" ADD CONSTRAINT "organisation_days_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Everything counted so far, summed per organisation and day.
INSERT INTO "organisation_days" ("organisation_id", "day", "views", "from_widget", "from_feed", "impressions", "applications", "hires")
SELECT v."organisation_id", c."day", sum(c."views"), sum(c."from_widget"), sum(c."from_feed"), sum(c."impressions"), sum(c."applications"), sum(c."hires")
  FROM "vacancy_views" c JOIN "vacancies" v ON v."id" = c."vacancy_id"
 GROUP BY 1, 2;
