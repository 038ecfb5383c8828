/** What the sitemap reads from the database; each function takes an executor first. */
import { and, desc, eq, inArray } from 'drizzle-orm';
import { findableConditions, organisations, vacancies, type Executor } from '@samenwerven/db';

/** A sitemap holds at most 50,000 URLs; the rest of the site's pages need the others. */
export const SITEMAP_VACANCY_LIMIT = 49_000;

/** The vacancies the public finds, most recently changed first: the sitemap's vacancy pages. */
export function listFindableVacancyPages(
  db: Executor,
  now: Date,
): Promise<{ id: string; title: string; updatedAt: Date }[]> {
  return db
    .select({ id: vacancies.id, title: vacancies.title, updatedAt: vacancies.updatedAt })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(and(...findableConditions(now)))
    .orderBy(desc(vacancies.updatedAt))
    .limit(SITEMAP_VACANCY_LIMIT);
}

/** The names of the public members with these slugs (other slugs keep no name: nobody learns of them). */
export async function organisationNames(db: Executor, slugs: readonly string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await db
    .select({ slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(
      and(
        inArray(organisations.slug, [...slugs]),
        eq(organisations.state, 'active'),
        eq(organisations.isCoordinatingBody, false),
      ),
    );
  return new Map(rows.map((row) => [row.slug, row.name]));
}
