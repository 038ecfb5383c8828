CREATE TYPE "public"."application_state" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "membership_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"state" "application_state" DEFAULT 'pending' NOT NULL,
	"reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vacancy_views" (
	"vacancy_id" uuid NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "vacancy_views_vacancy_id_day_pk" PRIMARY KEY("vacancy_id","day")
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "leave_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "leave_reason" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "cost_weight" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "withdrawn_from_state" "vacancy_state";--> statement-breakpoint
ALTER TABLE "membership_applications" ADD CONSTRAINT "membership_applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_views" ADD CONSTRAINT "vacancy_views_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "membership_applications_state_idx" ON "membership_applications" USING btree ("state");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_applications_one_pending" ON "membership_applications" USING btree ("organisation_id") WHERE "membership_applications"."state" = 'pending';--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_cost_weight" CHECK ("organisations"."cost_weight" >= 0);--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_coordinating_body_active" CHECK (NOT "organisations"."is_coordinating_body" OR "organisations"."state" = 'active');