CREATE TYPE "public"."apply_method" AS ENUM('portal', 'url', 'email');--> statement-breakpoint
CREATE TYPE "public"."education_level" AS ENUM('vmbo', 'mbo', 'hbo', 'wo');--> statement-breakpoint
CREATE TYPE "public"."employment_type" AS ENUM('permanent', 'temporary', 'temporary_to_permanent', 'traineeship', 'internship', 'secondment', 'interim');--> statement-breakpoint
CREATE TYPE "public"."membership_state" AS ENUM('applied', 'active', 'suspended', 'left', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('municipality', 'province', 'water_board', 'joint_arrangement', 'central_government', 'health', 'education', 'other');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('job_seeker', 'hr_officer', 'org_admin', 'coordinator');--> statement-breakpoint
CREATE TYPE "public"."vacancy_state" AS ENUM('draft', 'scheduled', 'published', 'closed', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."vacancy_visibility" AS ENUM('public', 'internal');--> statement-breakpoint
CREATE TYPE "public"."work_mode" AS ENUM('on_site', 'hybrid', 'remote');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"organisation_id" uuid,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"reason" text,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"code" text PRIMARY KEY NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	CONSTRAINT "membership_periods_order" CHECK ("membership_periods"."ended_at" IS NULL OR "membership_periods"."ended_at" >= "membership_periods"."started_at")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"is_coordinating_body" boolean DEFAULT false NOT NULL,
	"municipality_code" text NOT NULL,
	"website" text,
	"description" text DEFAULT '' NOT NULL,
	"state" "membership_state" DEFAULT 'applied' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_format" CHECK ("organisations"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "organisations_municipality_code_format" CHECK ("organisations"."municipality_code" ~ '^GM[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"vacancy_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_sync_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"last_synced_at" timestamp with time zone,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	"consecutive_failures" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"role" "user_role" NOT NULL,
	"organisation_id" uuid,
	"locale" text DEFAULT 'nl' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_organisation" CHECK (("users"."role" = 'job_seeker') = ("users"."organisation_id" IS NULL)),
	CONSTRAINT "users_locale" CHECK ("users"."locale" IN ('nl', 'en'))
);
--> statement-breakpoint
CREATE TABLE "vacancies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"external_id" text,
	"state" "vacancy_state" DEFAULT 'draft' NOT NULL,
	"withdrawn_reason" text,
	"title" text NOT NULL,
	"department" text,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category_code" text NOT NULL,
	"education_level" "education_level" NOT NULL,
	"or_equivalent" boolean DEFAULT true NOT NULL,
	"employment_type" "employment_type" NOT NULL,
	"hours_min" integer NOT NULL,
	"hours_max" integer NOT NULL,
	"salary_scale" integer,
	"salary_min" integer,
	"salary_max" integer,
	"municipality_code" text NOT NULL,
	"postcode" text,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"work_mode" "work_mode" DEFAULT 'on_site' NOT NULL,
	"publish_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"closing_date" date,
	"closed_at" timestamp with time zone,
	"apply_method" "apply_method" DEFAULT 'portal' NOT NULL,
	"apply_url" text,
	"apply_email" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"visibility" "vacancy_visibility" DEFAULT 'public' NOT NULL,
	"language" text DEFAULT 'nl' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vacancies_hours" CHECK ("vacancies"."hours_min" >= 1 AND "vacancies"."hours_min" <= "vacancies"."hours_max" AND "vacancies"."hours_max" <= 40),
	CONSTRAINT "vacancies_scale" CHECK ("vacancies"."salary_scale" IS NULL OR "vacancies"."salary_scale" BETWEEN 1 AND 18),
	CONSTRAINT "vacancies_salary" CHECK (("vacancies"."salary_min" IS NULL OR "vacancies"."salary_min" >= 0) AND ("vacancies"."salary_min" IS NULL OR "vacancies"."salary_max" IS NULL OR "vacancies"."salary_min" <= "vacancies"."salary_max")),
	CONSTRAINT "vacancies_municipality_code_format" CHECK ("vacancies"."municipality_code" ~ '^GM[0-9]{4}$'),
	CONSTRAINT "vacancies_postcode_format" CHECK ("vacancies"."postcode" IS NULL OR "vacancies"."postcode" ~ '^[0-9]{4}$'),
	CONSTRAINT "vacancies_language" CHECK ("vacancies"."language" IN ('nl', 'en')),
	CONSTRAINT "vacancies_published_has_date" CHECK ("vacancies"."state" <> 'published' OR "vacancies"."published_at" IS NOT NULL),
	CONSTRAINT "vacancies_version_positive" CHECK ("vacancies"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_periods" ADD CONSTRAINT "membership_periods_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_category_code_categories_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_organisation_idx" ON "audit_log" USING btree ("organisation_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "membership_periods_organisation_idx" ON "membership_periods" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_periods_one_open" ON "membership_periods" USING btree ("organisation_id") WHERE "membership_periods"."ended_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_slug_key" ON "organisations" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "search_outbox_vacancy_idx" ON "search_outbox" USING btree ("vacancy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "vacancies_organisation_idx" ON "vacancies" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "vacancies_state_idx" ON "vacancies" USING btree ("state");--> statement-breakpoint
CREATE UNIQUE INDEX "vacancies_external_id_key" ON "vacancies" USING btree ("organisation_id","external_id");