-- A link to a place of its own ("/werken", "#solliciteren") has no site to be on: the portal is not
-- the member's, and a feed reader has no page to read it against. Its text stays, without the link,
-- as the sanitiser keeps it from now on (server/src/vacancies/sanitize.ts). Links do not nest, so a
-- link's content runs to the first "</a>". The text is unchanged: the search index is not touched.
UPDATE "vacancies"
   SET "description" = regexp_replace("description", '<a(?![^>]*href="\s*(https?://|mailto:))[^>]*>((?:[^<]|<(?!/a>))*)</a>', '\1', 'gi')
 WHERE "description" ~* '<a(?![^>]*href="\s*(https?://|mailto:))';--> statement-breakpoint
UPDATE "organisations"
   SET "description" = regexp_replace("description", '<a(?![^>]*href="\s*(https?://|mailto:))[^>]*>((?:[^<]|<(?!/a>))*)</a>', '\1', 'gi')
 WHERE "description" ~* '<a(?![^>]*href="\s*(https?://|mailto:))';
