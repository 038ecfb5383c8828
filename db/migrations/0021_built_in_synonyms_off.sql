CREATE TABLE "search_synonyms_off" (
	"group_id" text PRIMARY KEY NOT NULL,
	"switched_off_at" timestamp with time zone DEFAULT now() NOT NULL
);
