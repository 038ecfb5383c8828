/**
 * Title suggestions for the search box: distinct titles of open public vacancies whose
 * title matches what was typed so far (the last word as a prefix, typos forgiven), from
 * Meilisearch (without the pending removals, as the search), or from Postgres when the engine
 * is unreachable.
 */
import { and, eq } from 'drizzle-orm';
import type { Meilisearch } from 'meilisearch';
import { containsText, findableConditions, organisations, vacancies, type Executor } from '@samenwerven/db';
import { buildFilter, type VacancySearchParams } from './query.ts';

/** Enough hits to find a handful of distinct titles among repeated ones ("Beleidsadviseur" ×40). */
const CANDIDATES = 40;

function distinctTitles(titles: readonly string[], limit: number): string[] {
  const seen = new Map<string, string>();
  for (const title of titles) {
    const key = title.trim().toLocaleLowerCase('nl');
    if (!seen.has(key)) seen.set(key, title.trim());
    if (seen.size === limit) break;
  }
  return [...seen.values()];
}

export async function suggestTitles(
  client: Meilisearch,
  indexName: string,
  text: string,
  options: { limit: number; now: Date; exclude?: VacancySearchParams['exclude'] },
): Promise<string[]> {
  const result = await client.index(indexName).search<{ title: string }>(text, {
    // Without what is on its way out of the index, as in the search: a closed vacancy's title
    // is not suggested once its request has answered.
    filter: buildFilter({ page: 1, pageSize: CANDIDATES, now: options.now, exclude: options.exclude }),
    attributesToSearchOn: ['title'],
    attributesToRetrieve: ['title'],
    limit: CANDIDATES,
  });
  return distinctTitles(
    result.hits.map((hit) => hit.title),
    options.limit,
  );
}

/** The degraded-mode variant: titles containing the typed text, no typo tolerance. */
export async function suggestTitlesInDatabase(
  db: Executor,
  text: string,
  options: { limit: number; now: Date },
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ title: vacancies.title })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(and(...findableConditions(options.now), containsText(vacancies.title, text.trim())))
    .orderBy(vacancies.title)
    .limit(options.limit * 4);
  return distinctTitles(
    rows.map((row) => row.title),
    options.limit,
  );
}
