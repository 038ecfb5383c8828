/** What the sitemap reads from the database; each function takes an executor first. */
import { and, asc, eq, inArray, isNotNull, max } from 'drizzle-orm';
import { findableConditions, organisations, vacancies, type Executor } from '@samenwerven/db';

/**
 * The vacancies the public finds: the sitemap's vacancy pages. Oldest published first: new
 * vacancies join the last part, and the earlier parts change only as vacancies close.
 */
export function listFindableVacancyPages(
  db: Executor,
  now: Date,
): Promise<{ id: string; title: string; updatedAt: Date }[]> {
  return db
    .select({ id: vacancies.id, title: vacancies.title, updatedAt: vacancies.updatedAt })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(and(...findableConditions(now)))
    .orderBy(asc(vacancies.publishedAt), asc(vacancies.id));
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

/** The vacancies' texts (HTML, sanitised when saved), for the feeds' full content. */
export async function findDescriptions(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, { description: string; updatedAt: Date }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: vacancies.id, description: vacancies.description, updatedAt: vacancies.updatedAt })
    .from(vacancies)
    .where(inArray(vacancies.id, [...ids]));
  return new Map(rows.map(({ id, ...texts }) => [id, texts]));
}

/**
 * When any vacancy last changed: what an empty feed says it last changed at (a vacancy that
 * left it changed then). The same answer until something changes, so the feed's ETag holds.
 */
/**
 * The last change of a vacancy that was published publicly: an empty feed's date. Not of every
 * vacancy: a draft or an internal one saved moved it, for anyone to see (a feeds review).
 */
export async function lastVacancyChange(db: Executor): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(vacancies.updatedAt) })
    .from(vacancies)
    .where(and(isNotNull(vacancies.publishedAt), eq(vacancies.visibility, 'public')));
  return row?.at ?? null;
}
