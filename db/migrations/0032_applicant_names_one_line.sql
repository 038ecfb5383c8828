-- An applicant's name as the applications service stores it (server/src/text.ts, oneLine): one
-- line, without direction controls. 0029 and 0031 left this field out (a diff review), so a name
-- stored before with a line break or a U+202E still showed reordered in HR's inbox. First the
-- direction controls go, then every run of spaces, line breaks and control characters becomes one
-- space (0029's classes, spelled out), and the ends are trimmed; only rows with either change.
DO $$
DECLARE
  controls constant text := '[\u202a-\u202e\u2066-\u2069]';
  breaks constant text := '\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0001-\u001f\u007f-\u009f';
BEGIN
  UPDATE applications
    SET name = btrim(regexp_replace(regexp_replace(name, controls, '', 'g'), '[ ' || breaks || ']+', ' ', 'g'))
    WHERE name ~ controls OR name ~ ('[' || breaks || ']|  |^ | $');
END $$;
