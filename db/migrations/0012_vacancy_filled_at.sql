ALTER TABLE "vacancies" ADD COLUMN "filled_at" timestamp with time zone;--> statement-breakpoint
-- Vacancies already filled through the portal before this column existed.
UPDATE "vacancies" v SET "filled_at" = h.first_hire
FROM (SELECT vacancy_id, min(hired_at) AS first_hire FROM applications WHERE hired_at IS NOT NULL GROUP BY vacancy_id) h
WHERE h.vacancy_id = v.id;
