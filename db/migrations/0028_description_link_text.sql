-- A link to a place of its own ("/werken", "#solliciteren") has no site to be on: the portal is not
-- the member's, and a feed reader has no page to read it against. Its text stays, without the link,
-- as the sanitiser keeps it from now on (server/src/vacancies/sanitize.ts). A link is unwrapped when
-- it holds no other link (its content runs to its "</a>"); a link inside a link comes out on the next
-- round. The text is unchanged: the search index is not touched.
DO $$
DECLARE
  link_to_nowhere constant text := '<a(?![^>]*href="\s*(https?://|mailto:))[^>]*>((?:[^<]|<(?!/?a[\s>]))*)</a>';
BEGIN
  LOOP
    UPDATE "vacancies" SET "description" = regexp_replace("description", link_to_nowhere, '\1', 'gi')
     WHERE "description" ~* link_to_nowhere;
    EXIT WHEN NOT FOUND;
  END LOOP;
  LOOP
    UPDATE "organisations" SET "description" = regexp_replace("description", link_to_nowhere, '\1', 'gi')
     WHERE "description" ~* link_to_nowhere;
    EXIT WHEN NOT FOUND;
  END LOOP;
END $$;
