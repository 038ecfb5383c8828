/**
 * The vacancy index settings, versioned with the code and applied on every start before
 * any document is written (Meilisearch only re-indexes when something really changed).
 */
import type { Settings } from 'meilisearch';

/** Dutch words too common to help ranking. */
export const dutchStopWords = [
  'de',
  'het',
  'een',
  'en',
  'van',
  'in',
  'op',
  'te',
  'voor',
  'met',
  'aan',
  'bij',
  'als',
  'of',
  'om',
  'naar',
  'die',
  'dat',
  'door',
  'tot',
  'je',
  'wij',
  'we',
  'ons',
  'onze',
  'jouw',
  'jij',
];

/**
 * The alliance's default synonyms (the coordinator's own list is added on top). Each group
 * lists words that should find each other.
 */
export const defaultSynonymGroups: string[][] = [
  ['ict', 'it', 'informatievoorziening', 'informatietechnologie', 'automatisering'],
  ['beleidsmedewerker', 'beleidsadviseur', 'beleidsambtenaar'],
  ['boa', 'handhaver', 'toezichthouder'],
  ['hr', 'personeelszaken', 'p&o'],
  ['wmo', 'maatschappelijke ondersteuning'],
  ['div', 'documentaire informatievoorziening', 'archief'],
  ['juridisch', 'jurist', 'juridische'],
  ['financieel', 'financiën', 'financien', 'finance'],
  ['communicatie', 'voorlichting'],
  ['stage', 'stagiair', 'internship'],
];

/** Expands synonym groups into the mutual map Meilisearch wants. */
export function synonymMap(groups: string[][]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) {
      map[word] = [...new Set([...(map[word] ?? []), ...group.filter((other) => other !== word)])];
    }
  }
  return map;
}

export function vacancyIndexSettings(synonymGroups: string[][] = defaultSynonymGroups): Settings {
  return {
    searchableAttributes: [
      'title',
      'organisationName',
      'municipalityName',
      'summary',
      'department',
      'categoryName',
      'description',
    ],
    filterableAttributes: [
      // Only to leave out removals still on their way to the index (query.ts, `exclude`).
      'id',
      'category',
      'educationLevel',
      'employmentType',
      'organisation',
      'region',
      'municipality',
      'salaryMin',
      'salaryMax',
      'salaryScale',
      'hoursMin',
      'hoursMax',
      'publishedAt',
      'closesAt',
      'visibility',
      'workMode',
      '_geo',
    ],
    sortableAttributes: ['publishedAt', 'closesAt', 'salaryMax', '_geo'],
    displayedAttributes: ['*'],
    // 'sort' first: a user who asks for newest or nearest gets exactly that order.
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'publishedAt:desc'],
    stopWords: dutchStopWords,
    synonyms: synonymMap(synonymGroups),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    pagination: { maxTotalHits: 10_000 },
    // Cheaper indexing, for freshness under write load: word proximity per attribute instead
    // of per word pair, and no facet-value search index (the portal never searches facet values).
    proximityPrecision: 'byAttribute',
    facetSearch: false,
    faceting: { maxValuesPerFacet: 200 },
  };
}
