/** The public side of vacancies: the shared search and reading one published vacancy. */
import { LRUCache } from 'lru-cache';
import { eq } from 'drizzle-orm';
import {
  haversineKm,
  isIndexable,
  isOpen,
  municipalityByCode,
  municipalityByName,
  organisations,
  postcodeArea,
  type Database,
} from '@samenwerven/db';
import {
  audienceFilter,
  countMatchingAllWords,
  dutchStopWords,
  fillerWords,
  experienceWordsLast,
  heldByIndex,
  type IndexableVacancy,
  loadIndexableVacancies,
  mergePendingAdditions,
  SearchEngineUnavailableError,
  type InflectionVocabulary,
  searchVacancies,
  type SynonymRewriter,
  searchVacanciesInDatabase,
  type VacancySearchParams,
  type VacancySearchResult,
} from '@samenwerven/search';
import type { SearchIndex } from '../search-index.ts';
import { AppError, notFound, UNAVAILABLE_RETRY_SECONDS } from '../errors.ts';
import type { MessageKey } from '../i18n.ts';
import { DegradedSearch } from './degraded-search.ts';
import { anyRemovals, currentPendingRemovals, pendingRemovals, type PendingRemovals } from './pending-removals.ts';
import { SearchCache, searchMoment, type CacheOutcome } from './search-cache.ts';
import { placeInQuery } from './place-in-query.ts';
import { synonymRewriterFor } from './synonyms-in-force.ts';
import { titleVocabularyFor } from './title-vocabulary.ts';
import { withinTime } from '../within-time.ts';
import { closedFromRow, detailFromRow, summaryFromDocument } from './presenter.ts';
import type { ClosedVacancy, SearchQuery, VacancyDetail } from './schemas.ts';

/**
 * How long a search waits for the database to name the removals on their way to the index: a
 * database that is away (or stuck) must not hold up the search, which answers without it.
 */
export const REMOVALS_WAIT_MS = 1000;

/** Around a place, without a radius asked for. */
const DEFAULT_RADIUS_KM = 25;

/** A postcode as people write it: its four digits, with or without its letters. */
const POSTCODE = /^(\d{4})\s*(?:[a-z]{2})?$/i;

/**
 * Resolves `near` (a municipality code or name, or a postcode) to a point. A full postcode
 * ("5121 AB", "5121ab") is found by its four digits: the areas the portal knows.
 */
export function resolvePlace(near: string): { latitude: number; longitude: number } | undefined {
  const text = near.trim();
  const postcode = POSTCODE.exec(text);
  if (postcode) return postcodeArea(postcode[1]!);
  return municipalityByCode(text) ?? municipalityByName(text);
}

/**
 * The municipality a postcode searched around lies in, by name: "binnen 15 km van 5038" said
 * nothing of where that is (a review). Undefined for a place given by its name or code.
 */
export function postcodeTown(near: string | undefined): string | undefined {
  const postcode = near === undefined ? null : POSTCODE.exec(near.trim());
  const area = postcode ? postcodeArea(postcode[1]!) : undefined;
  return area ? municipalityByCode(area.municipalityCode)?.name : undefined;
}

const degradedSearches = new WeakMap<Database, DegradedSearch>();
/** One degraded-mode search per database handle, so its sharing spans all requests. */
function degradedSearchFor(db: Database): DegradedSearch {
  let found = degradedSearches.get(db);
  if (!found) degradedSearches.set(db, (found = new DegradedSearch(db)));
  return found;
}

/**
 * The shared search. Meilisearch answers; when it cannot, Postgres does (`degraded: true`),
 * so the portal keeps finding vacancies while the search engine is down.
 */
/** What the typed words are brought to before the engine sees them. */
export interface QueryWords {
  /** Synonyms the engine cannot match as typed ("P&O") replaced by one of their group it can. */
  synonyms: SynonymRewriter;
  /** Inflections brought back to the form the titles use ("juristen" → jurist). */
  vocabulary: InflectionVocabulary;
}

export async function queryWordsFor(db: Database): Promise<QueryWords> {
  const [synonyms, vocabulary] = await Promise.all([synonymRewriterFor(db), titleVocabularyFor(db)]);
  return { synonyms, vocabulary };
}

/** The search's ranges, by their ends, with what to say when the maximum lies below the minimum. */
const SEARCH_RANGES = [
  ['salaryMin', 'salaryMax', 'vacancy.salary_order'],
  ['scaleMin', 'scaleMax', 'search.scale_order'],
  ['hoursMin', 'hoursMax', 'vacancy.hours_order'],
] as const;

/**
 * A range whose maximum lies below its minimum is refused on the maximum, not answered with
 * nothing found: an integrator's typo should be said, not look like an empty market.
 */
export function assertRangesInOrder(query: Partial<SearchQuery>): void {
  const fields: Record<string, MessageKey> = {};
  for (const [min, max, message] of SEARCH_RANGES) {
    const low = query[min];
    const high = query[max];
    if (low !== undefined && high !== undefined && high < low) fields[max] = message;
  }
  if (Object.keys(fields).length > 0)
    throw new AppError(400, 'validation_failed', 'error.validation_failed', { fields });
}

/** Words the engine leaves out of every query (settings.ts): a query of only these has none to match. */
const PASSED_OVER: ReadonlySet<string> = new Set([...dutchStopWords, ...fillerWords]);

/** Whether `q` has a word to match ("vacatures" around Tilburg has none: nearest first, as without words). */
function hasSearchWords(q: string | undefined): boolean {
  return (q ?? '').split(/[^\p{L}\p{N}&]+/u).some((word) => word !== '' && !PASSED_OVER.has(word.toLowerCase()));
}

/** The words of `q` but those it asks to leave out ("-stage"): what it searches for. */
function withoutExclusions(q: string): string {
  return q
    .split(/\s+/)
    .filter((word) => !word.startsWith('-'))
    .join(' ');
}

/**
 * The words as the engine matches them: words of experience after the role (`experienceWordsLast`),
 * synonyms rewritten, inflections brought to their form. Moved to the end, words of experience
 * end with a space: the engine reads the last word as the start of one ("senior" found
 * "seniorenbeleid" above the senior advisers, "starter" "starterswoningen"; a review).
 */
function engineWords(q: string, words: QueryWords): string {
  const ordered = experienceWordsLast(q);
  const normalised = words.vocabulary.normalise(words.synonyms.rewrite(ordered));
  return ordered === q ? normalised : `${normalised.trimEnd()} `;
}

/** The search engine's parameters of a search as the API takes it (a place resolved to a point). */
export function searchParamsOf(
  query: SearchQuery,
  options: { includeInternal?: boolean; now?: Date; words?: QueryWords } = {},
) {
  const now = options.now ?? new Date();
  const near = query.near === undefined ? undefined : resolvePlace(query.near);
  if (query.near !== undefined && !near) {
    throw new AppError(400, 'validation_failed', 'error.validation_failed', {
      fields: { near: 'error.unknown_place' },
    });
  }
  // Around a place without words, unless an order was asked for: nearest first. Relevance
  // without words is newest first, and of a search for "Den Bosch" (read as the place) 2 of the
  // first 20 were in it (a search review).
  const aroundOnly = near !== undefined && !hasSearchWords(query.q) && query.sort === undefined;
  const sort = query.sort === 'distance' && !near ? 'relevance' : aroundOnly ? 'distance' : query.sort;
  return {
    ...query,
    // The words as the engine matches them: it knows no Dutch inflections, nor "P&O" as one word.
    // Postgres gets them without the synonym rewrite (`databaseQ`).
    // A query of only words the engine passes over ("vacatures", "fulltime") asks for everything:
    // sent as it is, the engine found nothing at all.
    ...(query.q !== undefined && !hasSearchWords(query.q) ? { q: undefined } : {}),
    ...(query.q !== undefined && hasSearchWords(query.q) && options.words
      ? {
          q: engineWords(query.q, options.words),
          databaseQ: options.words.vocabulary.normalise(query.q),
        }
      : {}),
    sort,
    near,
    radiusKm: near ? (query.radiusKm ?? DEFAULT_RADIUS_KM) : undefined,
    now,
    includeInternal: options.includeInternal ?? false,
  };
}

type SearchLog = { warn(obj: object, msg: string): void };
/** `asTyped`: the query stays as it is, as a feed's does (a subscription, like an alert's). */
type SearchOptions = { includeInternal?: boolean; now?: Date; asTyped?: boolean };

/** Leading words left out, at most, when a search finds nothing. */
const MAX_LEFT_OUT_WORDS = 3;
/** The words of a query the engine reads; it passes over those after them. */
const ENGINE_WORDS = 10;

/**
 * The public search. The engine leaves out words from the end of the query only, and only words
 * it finds nowhere, so a first word found nowhere ("fulltime jurist", an emoji) found nothing
 * at all while "jurist fulltime" found 29 (a search review); and two words each found but never
 * together ("ervaren jurist", "junior planoloog", "medior adviseur ict") found nothing either.
 * When a search finds nothing and its words go together in no vacancy at all, its first words are
 * left out one by one (at most three, the last word always kept) until the rest, with the same
 * filters, finds something; the answer says which (`unknownWords`). An alert's query is run as
 * it was saved.
 */
export async function searchPublicVacancies(
  search: SearchIndex,
  db: Database,
  query: SearchQuery,
  log: SearchLog,
  options: SearchOptions = {},
) {
  const answer = await searchForWordsFound(search, db, query, log, options);
  const exact = options.now !== undefined || options.asTyped === true;
  if (answer.total > 0 || answer.degraded || exact || !query.q || query.q.includes('"')) return answer;
  // Words left out first (what went before), then compounds taken apart: "jeugdarts beleidsadviseur"
  // is a search for the advisers, not for an adviser's text with "jeugd" and "arts" (CI caught it).
  const left = await withWordsLeftOut(search, db, query, log, options);
  if (left !== 'nothing left out') return left ?? answer;
  return (await withCompoundsApart(search, db, query, log, options)) ?? answer;
}

/**
 * The search with its first words left out (see `searchPublicVacancies`): the answer for the rest;
 * undefined to answer as typed (the words go together somewhere, or the engine is away); or
 * 'nothing left out' when no rest found anything.
 */
async function withWordsLeftOut(
  search: SearchIndex,
  db: Database,
  query: SearchQuery,
  log: SearchLog,
  options: SearchOptions,
) {
  // A place among the words is no word to leave out: the rest is searched around it.
  const { query: placed, place } = readPlaceInWords(query);
  const words = placed.q?.trim().split(/\s+/) ?? [];
  // Words that go together somewhere found nothing because of the filters: those are for the
  // page to relax (`relaxations`), not a word to leave out.
  const audience = { now: new Date(), includeInternal: options.includeInternal === true };
  if (words.length < 2) return 'nothing left out' as const;
  if (await wordsFindAny(search, db, placed.q!, audience).catch(() => true)) return undefined;
  for (let leftOut = 1; leftOut <= Math.min(MAX_LEFT_OUT_WORDS, words.length - 1); leftOut++) {
    const restWords = words.slice(leftOut).join(' ');
    // Only words that say nothing left ("zwoeltrapper vacatures"), or words to leave out ("junior
    // -stage"): that is no search for the rest, but for everything (reviews: all vacancies, said to
    // be for "vacatures" or for "-stage").
    if (!hasSearchWords(withoutExclusions(restWords))) break;
    const rest = await searchForWordsFound(search, db, { ...placed, q: restWords }, log, options);
    if (rest.degraded) return undefined;
    if (rest.total === 0) continue;
    // The place keeps every word but itself (`place.q`): the page that moves it into its filter
    // asks again with the words left out in front, and is told the same. Words the rest left out
    // at its end are named too.
    // Not a word the engine passes over ("parttime"): none was left out there.
    const unknownWords = [...words.slice(0, leftOut).filter((word) => hasSearchWords(word)), rest.unknownWords ?? '']
      .join(' ')
      .trim();
    return { ...rest, ...(place ? { place } : {}), ...(unknownWords ? { unknownWords } : {}) };
  }
  return 'nothing left out' as const;
}

/**
 * A search that found nothing, asked again with its compounds that no title uses taken apart
 * ("bouwtoezicht" finds the "Toezichthouder bouw- en woningtoezicht", "omgevingsjurist" the
 * jurists), and if that finds nothing either, with its first words left out as well ("zwoeltrapper
 * bouwtoezicht", a review); undefined when it has none, or they find nothing either. Only then:
 * taken apart in every search, an organisation's name ("omgevingsdienst") found other members'
 * vacancies too, in feeds and alerts as well (a review).
 */
async function withCompoundsApart(
  search: SearchIndex,
  db: Database,
  query: SearchQuery,
  log: SearchLog,
  options: SearchOptions,
) {
  const { vocabulary, synonyms } = await queryWordsFor(db);
  const q = vocabulary.splitCompounds(query.q!, (word) => synonyms.isOneWordMember(word));
  if (q === query.q) return undefined;
  const apart = await searchForWordsFound(search, db, { ...query, q }, log, options);
  if (apart.degraded) return undefined;
  if (apart.total === 0) {
    const left = await withWordsLeftOut(search, db, { ...query, q }, log, options);
    if (left === undefined || left === 'nothing left out') return undefined;
    // The words searched are those taken apart, without the ones left out in front.
    return { ...left, searchedAs: left.unknownWords ? withoutWords(q, left.unknownWords) : q };
  }
  // The words searched go with the answer: an alert or a feed of this search runs its words as
  // they are, and with the compound it would stay empty (a review). A place among them is said as
  // the words left out say it, for the page to move into its filter.
  const { place } = readPlaceInWords({ ...query, q });
  const searchedAs = apart.unknownWords ? withoutWords(q, apart.unknownWords) : q;
  return { ...apart, ...(place ? { place } : {}), searchedAs };
}

/** `q` without the words `left` (each once, the first where it stands), as one space-separated line. */
function withoutWords(q: string, left: string): string {
  const words = q.trim().split(/\s+/);
  for (const word of left.trim().split(/\s+/)) {
    const at = words.indexOf(word);
    if (at >= 0) words.splice(at, 1);
  }
  return words.join(' ');
}

/** The words no vacancy has with the others, by index version: the same search asks the engine once (as its answer's cache). */
const endWordsKept = new LRUCache<string, { words: string }>({ max: 2_000, ttl: 60_000 });

/** `wordsNoVacancyHas`, kept while the index is the same; asked anew while the database is away. */
async function endWordsOf(
  search: SearchIndex,
  db: Database,
  params: VacancySearchParams,
  q: string,
  pending: PendingRemovals | undefined,
): Promise<string | undefined> {
  const ask = async () => wordsNoVacancyHas(search, params, q, await queryWordsFor(db));
  if (!pending) return ask();
  const { page: _page, pageSize: _pageSize, sort: _sort, ...matching } = params;
  const key = stableKey([search.indexName, pending.indexVersion, matching, q]);
  const kept = endWordsKept.get(key);
  if (kept) return kept.words || undefined;
  const words = await ask();
  endWordsKept.set(key, { words: words ?? '' });
  return words;
}

/**
 * The search as typed; when no vacancy with its filters has all its words and the engine left
 * some out (`wordsNoVacancyHas`), the search for the rest, saying which (`unknownWords`): the
 * engine's own answer then held vacancies with still fewer of the words first ("senior
 * beleidsadviseur xyzzy" lost "senior" as well, and its senior adviser was no longer first; a
 * job seeker's walk).
 */
async function searchForWordsFound(
  search: SearchIndex,
  db: Database,
  query: SearchQuery,
  log: SearchLog,
  options: SearchOptions,
) {
  const answer = await searchAsTyped(search, db, query, log, options);
  if (!answer.unknownWords || !query.q) return answer;
  const rest = await searchAsTyped(
    search,
    db,
    { ...query, q: withoutWords(query.q, answer.unknownWords) },
    log,
    options,
  );
  if (rest.degraded || rest.total === 0) return answer;
  // A place among the words keeps the words as typed but itself (`place.q`), those left out too:
  // the page that moves the place into its filter asks with them and says them again. With the
  // rest's, "ICT thuiswerken Tilburg" became "ICT" near Tilburg, unsaid (a job seeker's walk).
  return { ...rest, ...(answer.place ? { place: answer.place } : {}), unknownWords: answer.unknownWords };
}

/**
 * The words of a search no vacancy with its filters has together with the others, when the
 * engine left some out of every hit (`someWordsOnly`): "jurist xyzzy" answered with the jurists
 * and never said "xyzzy" found nothing (a review). Asked of the engine in one request: the whole
 * query, then without one of its words (from the last), then without its last words;
 * the first that finds any says which. Undefined when some vacancy further on has them all
 * (another order than relevance puts it there). A phrase in quotes counts as one word; words to
 * leave out ("-stage") stay in each.
 */
async function wordsNoVacancyHas(
  search: SearchIndex,
  params: VacancySearchParams,
  q: string,
  words: QueryWords,
): Promise<string | undefined> {
  const typed = q.match(/"[^"]*"?|\S+/g) ?? [];
  const exclusions = typed.filter((unit) => unit.startsWith('-'));
  // Words the engine passes over ("parttime", "vacatures") are none to have: as the last word the
  // engine took one for the start of a word, which no vacancy had, and "senior jurist parttime"
  // left out "jurist" for the one senior vacancy with "parttime" in it (a job seeker's walk).
  const searched = typed.filter((unit) => !unit.startsWith('-') && hasSearchWords(unit));
  // In the engine's order (words of experience typed first go last, so are left out first),
  // named in the typed one.
  const ordered = q.includes('"') ? searched : experienceWordsLast(searched.join(' ')).split(/\s+/);
  const kept = ordered.slice(0, ENGINE_WORDS);
  const tried: string[][] = [kept];
  for (let i = kept.length - 1; i >= 0; i--) tried.push(kept.filter((_, j) => j !== i));
  for (let n = kept.length - 2; n >= 1; n--) tried.push(kept.slice(0, n));
  const asked = tried.filter((some) => hasSearchWords(some.join(' ')));
  const counts = await countMatchingAllWords(
    search.client,
    search.indexName,
    asked.map((some) => ({ ...params, q: engineWords([...some, ...exclusions].join(' '), words) })),
  );
  const found = counts.findIndex((count) => count > 0);
  if (found <= 0 || asked[0] !== kept) return undefined;
  const rest = new Set(asked[found]);
  const left = new Set(kept.filter((unit) => !rest.has(unit) && hasSearchWords(unit)));
  return typed.filter((unit) => left.delete(unit)).join(' ') || undefined;
}

/**
 * Whether the words find any vacancy the caller may find at all: asked of the engine without the
 * search's filters, facets or hits, as the search reads them (their inflections and synonyms).
 * Among the vacancies the caller may see only: words that go together only in an alliance-internal
 * one would tell the public it exists (a review).
 */
async function wordsFindAny(
  search: SearchIndex,
  db: Database,
  q: string,
  audience: { now: Date; includeInternal: boolean },
): Promise<boolean> {
  const { vocabulary, synonyms } = await queryWordsFor(db);
  const found = await search.client.index(search.indexName).search(vocabulary.normalise(synonyms.rewrite(q)), {
    filter: audienceFilter(audience),
    limit: 0,
    attributesToRetrieve: [],
  });
  return (found.estimatedTotalHits ?? 0) > 0;
}

async function searchAsTyped(
  search: SearchIndex,
  db: Database,
  query: SearchQuery,
  log: SearchLog,
  options: SearchOptions,
) {
  const reading = readPlaceInWords(query);
  const params = searchParamsOf(reading.query, { ...options, words: await queryWordsFor(db) });
  const near = params.near;
  let degraded = false;
  // Removals the index has not applied yet are left out (./pending-removals.ts). They are looked
  // up while the engine searches; only when there are some is the search asked again without
  // them, so an index that is up to date costs no extra time. Should the database be away, the
  // engine answers alone: the search keeps working without it.
  const audience = { includeInternal: params.includeInternal };
  const removals = withinTime(
    options.now ? pendingRemovals(db, params.now, audience) : currentPendingRemovals(db, audience),
    REMOVALS_WAIT_MS,
  ).catch((error: unknown) => {
    log.warn({ error: error instanceof Error ? error.message : String(error) }, 'pending removals unknown');
    return undefined;
  });
  let cache: CacheOutcome<unknown>['source'] | undefined;
  /** The engine's parameters as last asked: the removals left out, the moment rounded for the cache. */
  let engineParams: VacancySearchParams = params;
  const engineSearch = async () => {
    // A caller that searches as of a moment of its own (an alert run) gets exactly that moment;
    // with SEARCH_CACHE=false every search asks the engine.
    if (options.now || search.cacheAnswers === false) {
      const [first, exclude] = await Promise.all([searchVacancies(search.client, search.indexName, params), removals]);
      if (!exclude || !anyRemovals(exclude)) return first;
      engineParams = { ...params, exclude };
      return searchVacancies(search.client, search.indexName, engineParams);
    }
    // Else the answer may come from the cache (./search-cache.ts), keyed by the index's version
    // and the pending removals, read together. Without them (the database away), the engine
    // answers alone and nothing is kept.
    const pending = await removals;
    if (!pending) return searchVacancies(search.client, search.indexName, params);
    const excluded = anyRemovals(pending);
    engineParams = {
      ...params,
      now: searchMoment(params.now, params.postedWithinDays),
      ...(excluded
        ? { exclude: { ids: pending.ids.toSorted(), organisations: pending.organisations.toSorted() } }
        : {}),
    };
    const key = stableKey([search.indexName, pending.indexVersion, engineParams]);
    const outcome = await searchCacheFor(search).answer(key, Date.now(), () =>
      searchVacancies(search.client, search.indexName, engineParams),
    );
    cache = outcome.source;
    return outcome.answer;
  };
  const found = await engineSearch().catch(async (error: unknown) => {
    // Once the breaker is open every search lands here: the first failure is the news.
    if (!(error instanceof SearchEngineUnavailableError))
      log.warn(
        { error: error instanceof Error ? error.message : String(error) },
        'search engine unreachable; answering from the database',
      );
    degraded = true;
    // With DEGRADED_SHARING=false every search is a query of its own (the bench's baseline).
    const fromDatabase =
      search.shareDegraded === false ? searchVacanciesInDatabase(db, params) : degradedSearchFor(db).search(params);
    return fromDatabase.catch((dbError: unknown) => {
      throw new AppError(
        503,
        'search_unavailable',
        'error.search_unavailable',
        { retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS },
        dbError,
      );
    });
  });
  // Vacancies published a moment ago, which the index does not hold yet, are found all the same.
  const result =
    degraded || options.now
      ? found
      : await withNewVacancies(search, db, engineParams, await removals, found).catch((error: unknown) => {
          log.warn({ error: error instanceof Error ? error.message : String(error) }, 'new vacancies not merged');
          return found;
        });
  const nearTown = postcodeTown(reading.query.near);
  const unknownWords =
    result.someWordsOnly && !degraded && !options.now && !options.asTyped && reading.query.q
      ? await endWordsOf(search, db, engineParams, reading.query.q, await removals).catch((error: unknown) => {
          log.warn({ error: error instanceof Error ? error.message : String(error) }, 'words left out unknown');
          return undefined;
        })
      : undefined;
  return {
    hits: result.hits.map((hit) => ({
      ...summaryFromDocument(hit),
      ...(hit._formatted
        ? {
            _formatted: {
              title: hit._formatted.title,
              summary: hit._formatted.summary,
              description: hit._formatted.description,
            },
          }
        : {}),
      ...(near
        ? { distanceKm: Math.round(haversineKm(near, { latitude: hit._geo.lat, longitude: hit._geo.lng }) * 10) / 10 }
        : {}),
    })),
    total: result.total,
    page: query.page,
    pageSize: query.pageSize,
    facets: result.facets,
    degraded,
    ...(reading.place ? { place: reading.place } : {}),
    ...(unknownWords ? { unknownWords } : {}),
    ...(nearTown ? { nearTown } : {}),
    /** Whether the engine's answer came from the cache: for the Server-Timing header, not the body. */
    cache,
  };
}

/** Whether the index held a vacancy, by index version. */
const heldAtVersion = new LRUCache<string, boolean>({ max: 20_000 });
/** How long "the index does not hold it" is believed. */
const NOT_HELD_MS = 1000;
/** Findable vacancies on their way to the index looked up at most. */
const MAX_PENDING_LOOKED_UP = 500;

/**
 * The engine's answer with the findable vacancies on their way to the index that it does not hold
 * yet merged in (`mergePendingAdditions`, in the search package): a vacancy is found as soon as
 * its publication has answered, however far the engine's indexing lags. Bounded in time like the
 * removals: should the database be slow, the engine's answer goes out as it is.
 */
async function withNewVacancies(
  search: SearchIndex,
  db: Database,
  params: VacancySearchParams,
  pending: PendingRemovals | undefined,
  engine: VacancySearchResult,
): Promise<VacancySearchResult> {
  // Hundreds of changes waiting (a bulk import) are the index's to take in: it does so in seconds.
  if (!pending || pending.findable.length === 0 || pending.findable.length > MAX_PENDING_LOOKED_UP) return engine;
  const key = (id: string) => `${search.indexName}|${pending.indexVersion}|${id}`;
  const unknown = pending.findable.filter((id) => !heldAtVersion.has(key(id)));
  if (unknown.length > 0) {
    const held = await withinTime(heldByIndex(search.client, search.indexName, unknown), REMOVALS_WAIT_MS);
    // The engine may take a vacancy in a moment before the version moves on (the worker bumps it
    // once the engine confirmed): "not held" is only believed for a moment.
    for (const id of unknown) heldAtVersion.set(key(id), held.has(id), held.has(id) ? {} : { ttl: NOT_HELD_MS });
  }
  const newIds = pending.findable.filter((id) => heldAtVersion.get(key(id)) === false);
  return withinTime(
    mergePendingAdditions(db, search.client, search.indexName, params, engine, newIds),
    REMOVALS_WAIT_MS,
  );
}

const searchCaches = new WeakMap<SearchIndex, SearchCache<VacancySearchResult>>();
/** One cache per search index handle, shared by all requests (like the degraded search's). */
function searchCacheFor(search: SearchIndex): SearchCache<VacancySearchResult> {
  let found = searchCaches.get(search);
  if (!found) searchCaches.set(search, (found = new SearchCache()));
  return found;
}

/** JSON with every object's keys in order: the same search is the same key however it was written. */
function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) && !(inner instanceof Date)
      ? Object.fromEntries(Object.entries(inner).toSorted(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/**
 * A place typed among the words ("jurist Den Bosch") searched as a place: around it, with the
 * words that are left (./place-in-query.ts). Only when no place was chosen as `near`.
 */
export function readPlaceInWords(query: SearchQuery): {
  query: SearchQuery;
  place?: { name: string; municipalityCode: string; radiusKm: number; q: string; postcode?: string };
} {
  if (query.near !== undefined || !query.q) return { query };
  const found = placeInQuery(query.q);
  if (!found) return { query };
  const radiusKm = query.radiusKm ?? DEFAULT_RADIUS_KM;
  const { q: _words, ...rest } = query;
  const { municipality, postcode } = found;
  return {
    query: { ...rest, ...(found.rest ? { q: found.rest } : {}), near: postcode ?? municipality.code, radiusKm },
    place: {
      name: municipality.name,
      municipalityCode: municipality.code,
      radiusKm,
      q: found.rest,
      ...(postcode ? { postcode } : {}),
    },
  };
}

/**
 * One vacancy as the caller may see it: published, open and of an active member; an
 * alliance-internal one only for staff of member organisations. Else 404.
 */
export async function getPublicVacancy(
  db: Database,
  id: string,
  options: { includeInternal?: boolean; now?: Date } = {},
): Promise<VacancyDetail> {
  const now = options.now ?? new Date();
  const [vacancy] = await loadIndexableVacancies(db, [id]);
  if (!vacancy || !isIndexable(vacancy, now)) throw notFound();
  if (vacancy.visibility !== 'public' && !options.includeInternal) throw notFound();
  return detailFromRow(vacancy);
}

/**
 * A vacancy that was advertised to the public and no longer is (closed, its closing date
 * passed, or its member left or was suspended), as far as it was public. 404 for an unknown
 * id, for what was never public (a draft, an alliance-internal vacancy) and for one that is
 * open (it is read in full instead), so nothing answers here that was not on the portal before.
 */
export async function getClosedVacancy(db: Database, id: string, now = new Date()): Promise<ClosedVacancy> {
  const [vacancy] = await loadIndexableVacancies(db, [id]);
  if (!vacancy || vacancy.publishedAt === null || vacancy.visibility !== 'public' || isIndexable(vacancy, now))
    throw notFound();
  return closedFromRow(vacancy, await mayReturn(db, vacancy, now));
}

/**
 * Taken offline by its member's suspension while it was published and open: a reinstatement
 * publishes it again (`restoreWithdrawn` in membership/transitions.ts), unless its closing date
 * has passed by then, or the member leaves first (a leave it scheduled outlasts the suspension:
 * a diff review).
 */
async function mayReturn(db: Database, vacancy: IndexableVacancy, now: Date): Promise<boolean> {
  const withdrawnBySuspension =
    vacancy.organisation.state === 'suspended' &&
    vacancy.state === 'withdrawn' &&
    vacancy.withdrawnReason === 'suspended' &&
    vacancy.withdrawnFromState === 'published' &&
    isOpen(vacancy, now);
  if (!withdrawnBySuspension) return false;
  const [member] = await db
    .select({ leaveAt: organisations.leaveAt })
    .from(organisations)
    .where(eq(organisations.id, vacancy.organisationId));
  return member?.leaveAt === null;
}
