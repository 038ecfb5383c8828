-- Titles and names are one line: every run of spaces, line breaks and control characters one
-- space, as the services store them from now on (server/src/text.ts, oneLine: JavaScript's \s and
-- \p{Cc}). A title with line breaks put lines of its own in the mails that quote it. The classes are
-- spelled out: [[:space:]] and [[:graph:]] follow the database's collation (a review: under C they
-- missed U+2028 and took every accented letter for a change). Only rows with such a run change; a
-- vacancy's new title reaches the search index through the outbox trigger.
UPDATE "vacancies" SET "title" = btrim(regexp_replace("title", '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]+', ' ', 'g'))
 WHERE "title" ~ '[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]|  |^ | $';
--> statement-breakpoint
UPDATE "vacancies" SET "department" = btrim(regexp_replace("department", '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]+', ' ', 'g'))
 WHERE "department" ~ '[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]|  |^ | $';
--> statement-breakpoint
UPDATE "vacancies" SET "contact_name" = btrim(regexp_replace("contact_name", '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]+', ' ', 'g'))
 WHERE "contact_name" ~ '[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]|  |^ | $';
--> statement-breakpoint
UPDATE "users" SET "name" = btrim(regexp_replace("name", '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]+', ' ', 'g'))
 WHERE "name" ~ '[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]|  |^ | $';
--> statement-breakpoint
UPDATE "organisations" SET "name" = btrim(regexp_replace("name", '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]+', ' ', 'g'))
 WHERE "name" ~ '[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]|  |^ | $';
--> statement-breakpoint
UPDATE "organisations" SET "contact_name" = btrim(regexp_replace("contact_name", '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]+', ' ', 'g'))
 WHERE "contact_name" ~ '[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]|  |^ | $';
--> statement-breakpoint
UPDATE "api_keys" SET "name" = btrim(regexp_replace("name", '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]+', ' ', 'g'))
 WHERE "name" ~ '[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]|  |^ | $';
--> statement-breakpoint
UPDATE "search_alerts" SET "name" = btrim(regexp_replace("name", '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]+', ' ', 'g'))
 WHERE "name" ~ '[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f]|  |^ | $';
