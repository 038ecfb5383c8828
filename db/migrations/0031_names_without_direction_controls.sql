-- Titles and names hold no direction controls: the embeddings, overrides and isolates
-- (U+202A–U+202E, U+2066–U+2069), as the services store them from now on (server/src/text.ts,
-- oneLine). "Gemeente \u202egrubliT\u202c" showed as "Gemeente Tilburg" on the coordinator's card
-- and the members' page, while the duplicate check compared the letters as stored (a membership
-- review). The controls go, a run of spaces they leave becomes one, and the ends are trimmed; only
-- rows with such a control change. A vacancy's new title reaches the search index through the
-- outbox trigger. The same fields as 0029.
DO $$
DECLARE
  controls constant text := '[\u202a-\u202e\u2066-\u2069]';
  field record;
BEGIN
  FOR field IN SELECT * FROM (VALUES
    ('vacancies', 'title'), ('vacancies', 'department'), ('vacancies', 'contact_name'), ('users', 'name'),
    ('organisations', 'name'), ('organisations', 'contact_name'), ('api_keys', 'name'), ('search_alerts', 'name')
  ) AS f(tbl, col) LOOP
    EXECUTE format(
      'UPDATE %I SET %I = btrim(regexp_replace(regexp_replace(%I, %L, '''', ''g''), '' {2,}'', '' '', ''g'')) WHERE %I ~ %L',
      field.tbl, field.col, field.col, controls, field.col, controls);
  END LOOP;
END $$;
