/**
 * Suggestions as you type in the search box: vacancy titles, member organisations and
 * places that match the text so far. Cheap by design (one small Meilisearch query, one
 * lookup in a table of a few dozen rows, and the shipped municipality list), so the box can
 * ask on every pause in typing.
 */
import { and, asc, eq } from 'drizzle-orm';
import { containsText, municipalitiesStartingWith, organisations, type Database } from '@samenwerven/db';
import { suggestTitles, suggestTitlesInDatabase } from '@samenwerven/search';
import type { SearchIndex } from '../search-index.ts';
import { anyRemovals, currentPendingRemovals, type PendingRemovals } from './pending-removals.ts';
import { REMOVALS_WAIT_MS } from './service.ts';
import { withinTime } from '../within-time.ts';

export type Suggestion =
  | { kind: 'title'; label: string }
  | { kind: 'organisation'; label: string; slug: string }
  | { kind: 'place'; label: string; municipalityCode: string };

const LIMITS = { title: 5, organisation: 3, place: 3 } as const;

async function matchingOrganisations(db: Database, text: string): Promise<Suggestion[]> {
  const rows = await db
    .select({ slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(
      and(
        // The members: active, and not the coordinating body (which posts no vacancies).
        eq(organisations.state, 'active'),
        eq(organisations.isCoordinatingBody, false),
        containsText(organisations.name, text),
      ),
    )
    .orderBy(asc(organisations.name))
    .limit(LIMITS.organisation);
  return rows.map((row) => ({ kind: 'organisation', label: row.name, slug: row.slug }));
}

export async function suggest(
  search: SearchIndex,
  db: Database,
  text: string,
  log: { warn(obj: object, msg: string): void },
  now = new Date(),
): Promise<{ suggestions: Suggestion[]; degraded: boolean }> {
  const typed = text.trim();
  let degraded = false;
  // As the search does: the removals the index has not applied yet are looked up while the engine
  // suggests, and only when there are some is it asked again without them; should the database be
  // away, the engine answers alone.
  const removals = withinTime(currentPendingRemovals(db, { includeInternal: false }), REMOVALS_WAIT_MS).catch(
    () => undefined,
  );
  const suggested = async () => {
    const ask = (exclude?: PendingRemovals) =>
      suggestTitles(search.client, search.indexName, typed, { limit: LIMITS.title, now, exclude });
    const [first, exclude] = await Promise.all([ask(), removals]);
    return exclude && anyRemovals(exclude) ? ask(exclude) : first;
  };
  const titles = suggested().catch((error: unknown) => {
    log.warn({ error: error instanceof Error ? error.message : String(error) }, 'suggestions from the database');
    degraded = true;
    return suggestTitlesInDatabase(db, typed, { limit: LIMITS.title, now });
  });
  const [titleLabels, organisationSuggestions] = await Promise.all([titles, matchingOrganisations(db, typed)]);
  const places: Suggestion[] = municipalitiesStartingWith(typed, LIMITS.place).map((m) => ({
    kind: 'place',
    label: m.name,
    municipalityCode: m.code,
  }));
  return {
    suggestions: [
      ...titleLabels.map((label) => ({ kind: 'title' as const, label })),
      ...organisationSuggestions,
      ...places,
    ],
    degraded,
  };
}
