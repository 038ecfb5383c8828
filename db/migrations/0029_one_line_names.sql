-- Titles and names are one line: every run of spaces, line breaks and control characters one
-- space, as the services store them from now on (server/src/text.ts, oneLine: JavaScript's \s and
-- \p{Cc}). A title with line breaks put lines of its own in the mails that quote it. The classes are
-- spelled out: [[:space:]] and [[:graph:]] follow the database's collation (a review: under C they
-- missed U+2028 and took every accented letter for a change). Only rows with such a run change; a
-- vacancy's new title reaches the search index through the outbox trigger.
DO $$
DECLARE
  -- What JavaScript's \s and \p{Cc} match, the plain space aside.
  breaks constant text := '\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f';
  field record;
BEGIN
  FOR field IN SELECT * FROM (VALUES
    ('vacancies', 'title'), ('vacancies', 'department'), ('vacancies', 'contact_name'), ('users', 'name'),
    ('organisations', 'name'), ('organisations', 'contact_name'), ('api_keys', 'name'), ('search_alerts', 'name')
  ) AS f(tbl, col) LOOP
    EXECUTE format(
      'UPDATE %I SET %I = btrim(regexp_replace(%I, %L, '' '', ''g'')) WHERE %I ~ %L',
      field.tbl, field.col, field.col, '[ ' || breaks || ']+', field.col, '[' || breaks || ']|  |^ | $');
  END LOOP;
END $$;
