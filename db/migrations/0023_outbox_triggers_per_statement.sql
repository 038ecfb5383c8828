-- Issue 18 (a 10,000-vacancy bulk import): the outbox rows of a statement's vacancies are
-- written by one INSERT … SELECT per statement from its transition table, not by one trigger
-- call and one single-row insert per vacancy. Invariant 1 is unchanged: every inserted, updated
-- or deleted vacancy gets its outbox row in the same transaction. A statement that touched no
-- row writes none (and so wakes no worker).

DROP TRIGGER vacancies_to_search_outbox ON vacancies;
--> statement-breakpoint
DROP FUNCTION vacancies_to_search_outbox();
--> statement-breakpoint
CREATE FUNCTION vacancies_to_search_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_outbox (vacancy_id) SELECT id FROM changed_vacancies;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER vacancies_inserted_to_search_outbox AFTER INSERT ON vacancies
  REFERENCING NEW TABLE AS changed_vacancies
  FOR EACH STATEMENT EXECUTE FUNCTION vacancies_to_search_outbox();
--> statement-breakpoint
CREATE TRIGGER vacancies_updated_to_search_outbox AFTER UPDATE ON vacancies
  REFERENCING NEW TABLE AS changed_vacancies
  FOR EACH STATEMENT EXECUTE FUNCTION vacancies_to_search_outbox();
--> statement-breakpoint
CREATE TRIGGER vacancies_deleted_to_search_outbox AFTER DELETE ON vacancies
  REFERENCING OLD TABLE AS changed_vacancies
  FOR EACH STATEMENT EXECUTE FUNCTION vacancies_to_search_outbox();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM added_rows) THEN
    PERFORM pg_notify('search_outbox', '');
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DROP TRIGGER search_outbox_notify ON search_outbox;
--> statement-breakpoint
CREATE TRIGGER search_outbox_notify AFTER INSERT ON search_outbox
  REFERENCING NEW TABLE AS added_rows
  FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_notify();
