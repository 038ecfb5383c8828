CREATE TABLE "vacancy_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"vacancy_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_api_key_id" uuid,
	"action" text NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "offer" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "logo" "bytea";--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "logo_type" text;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "additional_places" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "public_from" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "vacancy_history" ADD CONSTRAINT "vacancy_history_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_history" ADD CONSTRAINT "vacancy_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_history" ADD CONSTRAINT "vacancy_history_actor_api_key_id_api_keys_id_fk" FOREIGN KEY ("actor_api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vacancy_history_vacancy_idx" ON "vacancy_history" USING btree ("vacancy_id","id");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_logo_type" CHECK ("organisations"."logo_type" IS NULL OR "organisations"."logo_type" IN ('image/png', 'image/jpeg', 'image/webp'));