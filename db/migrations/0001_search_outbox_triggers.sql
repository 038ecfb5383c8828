-- DESIGN.md invariant 1, enforced by the database itself: every change to a vacancy, and
-- every membership-state change of its organisation, adds a search_outbox row in the same
-- transaction. No code path can forget it. NOTIFY wakes the sync worker at commit.

CREATE FUNCTION search_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('search_outbox', '');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_outbox_notify AFTER INSERT ON search_outbox
  FOR EACH STATEMENT EXECUTE FUNCTION search_outbox_notify();
--> statement-breakpoint
CREATE FUNCTION vacancies_to_search_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_outbox (vacancy_id) VALUES (COALESCE(NEW.id, OLD.id));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER vacancies_to_search_outbox AFTER INSERT OR UPDATE OR DELETE ON vacancies
  FOR EACH ROW EXECUTE FUNCTION vacancies_to_search_outbox();
--> statement-breakpoint
CREATE FUNCTION organisations_to_search_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_outbox (vacancy_id) SELECT id FROM vacancies WHERE organisation_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER organisations_to_search_outbox AFTER UPDATE OF state, name, slug ON organisations
  FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.name IS DISTINCT FROM NEW.name OR OLD.slug IS DISTINCT FROM NEW.slug)
  EXECUTE FUNCTION organisations_to_search_outbox();
--> statement-breakpoint
INSERT INTO search_sync_state (id) VALUES (1);
