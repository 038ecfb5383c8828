-- Titles and names are one line: every run of spaces, line breaks and control characters one
-- space, as the services store them from now on (server/src/text.ts, oneLine). A title with line
-- breaks put lines of its own in the mails that quote it. Only rows that have such a run change; a
-- vacancy's new title reaches the search index through the outbox trigger.
UPDATE "vacancies" SET "title" = btrim(regexp_replace("title", '[[:space:][:cntrl:]]+', ' ', 'g'))
 WHERE "title" ~ '[^ [:graph:]]|  |^ | $';
--> statement-breakpoint
UPDATE "vacancies" SET "department" = btrim(regexp_replace("department", '[[:space:][:cntrl:]]+', ' ', 'g'))
 WHERE "department" ~ '[^ [:graph:]]|  |^ | $';
--> statement-breakpoint
UPDATE "vacancies" SET "contact_name" = btrim(regexp_replace("contact_name", '[[:space:][:cntrl:]]+', ' ', 'g'))
 WHERE "contact_name" ~ '[^ [:graph:]]|  |^ | $';
--> statement-breakpoint
UPDATE "users" SET "name" = btrim(regexp_replace("name", '[[:space:][:cntrl:]]+', ' ', 'g'))
 WHERE "name" ~ '[^ [:graph:]]|  |^ | $';
--> statement-breakpoint
UPDATE "organisations" SET "name" = btrim(regexp_replace("name", '[[:space:][:cntrl:]]+', ' ', 'g'))
 WHERE "name" ~ '[^ [:graph:]]|  |^ | $';
--> statement-breakpoint
UPDATE "organisations" SET "contact_name" = btrim(regexp_replace("contact_name", '[[:space:][:cntrl:]]+', ' ', 'g'))
 WHERE "contact_name" ~ '[^ [:graph:]]|  |^ | $';
--> statement-breakpoint
UPDATE "api_keys" SET "name" = btrim(regexp_replace("name", '[[:space:][:cntrl:]]+', ' ', 'g'))
 WHERE "name" ~ '[^ [:graph:]]|  |^ | $';
