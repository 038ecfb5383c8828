export {
  createSearchClient,
  searchEngineBreaker,
  SearchEngineUnavailableError,
  type SearchClientOptions,
} from './client.ts';
export { SearchEngineBreaker, type BreakerStatus } from './breaker.ts';
export { startEmbeddedMeilisearch, NoEmbeddedMeilisearchError, type EmbeddedMeilisearchHandle } from './embedded.ts';
export {
  vacancyIndexSettings,
  builtInSynonymGroups,
  defaultSynonymGroups,
  dutchStopWords,
  fillerWords,
  synonymMap,
  type BuiltInSynonymGroup,
} from './settings.ts';
export {
  toSearchDocument,
  htmlToText,
  type VacancySearchDocument,
  type RetrievedDocument,
  type IndexableVacancy,
} from './document.ts';
export {
  ensureVacancyIndex,
  loadIndexableVacancies,
  loadVacanciesToIndex,
  planIndexChanges,
  applyIndexChanges,
  enqueueIndexChanges,
} from './vacancy-index.ts';
export {
  SearchSyncWorker,
  bumpIndexVersion,
  outboxBacklog,
  type SyncWorkerOptions,
  type DrainResult,
} from './sync-worker.ts';
export { reindexVacancies } from './reindex.ts';
export {
  countMatchingAllWords,
  matchPublishedSince,
  searchVacancies,
  type PublishedMatch,
  type VacancySearchParams,
  type VacancySearchResult,
} from './query.ts';
export { searchVacanciesInDatabase } from './database-search.ts';
export { heldByIndex, mergePendingAdditions } from './pending-additions.ts';
export { facetNames, type FacetName, type SearchHit } from './query.ts';
export { loadSynonymGroups, switchedOffSynonymGroups } from './synonyms.ts';
export { SynonymRewriter } from './synonym-rewriter.ts';
export { audienceFilter, buildMultiSearch, experienceWordsLast } from './query.ts';
export { suggestTitles, suggestTitlesInDatabase } from './suggestions.ts';
export { InflectionVocabulary, dutchStem, loadInflectionVocabulary } from './inflections.ts';
