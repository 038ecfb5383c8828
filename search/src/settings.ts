/**
 * The vacancy index settings, versioned with the code and applied on every start before
 * any document is written (Meilisearch only re-indexes when something really changed).
 */
import type { Settings } from 'meilisearch';

/**
 * Dutch words too common to help ranking. Not "en": the engine leaves a stop word out of what it
 * indexes, and a synonym written with one ("personeel en organisatie", "planning en control")
 * then no longer matches the words it stands for.
 */
export const dutchStopWords = [
  'de',
  'het',
  'een',
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
 * Words job seekers put around what they look for that say nothing about which vacancy: every
 * vacancy is a "vacature", and whether it is full or part time is the hours filter. Typed first
 * ("vacature jurist", "fulltime jurist") they found only the few texts that use them (a search
 * review), as the engine keeps a query's first word.
 */
export const fillerWords = [
  'vacature',
  'vacatures',
  'baan',
  'banen',
  'functie',
  'functies',
  'fulltime',
  'parttime',
  'voltijd',
  'deeltijd',
];

/**
 * Words of experience that job seekers type before the role ("senior controller", "ervaren
 * jurist"). The engine leaves out words from the end of a query it finds nothing for together,
 * so these went first and the role was dropped: "senior controller" showed the one senior policy
 * adviser and no controller (the relevance set). They are searched after the role instead.
 */
export const experienceWords = [
  'senior',
  'junior',
  'medior',
  'ervaren',
  'startend',
  'startende',
  'starter',
  'starters',
  'trainee',
  'allround',
  'zelfstandig',
  'zelfstandige',
];

/** A synonym group that comes with the portal: the coordinator may switch it off (and on again). */
export interface BuiltInSynonymGroup {
  /** Stable across versions: what a switched-off group is stored by. */
  id: string;
  words: string[];
}

/**
 * The synonyms that come with the portal (the coordinator's own list is added on top): words
 * and the abbreviations common in Dutch public-sector vacancies that should find each other.
 * The coordinator can switch any of them off (search_synonyms_off), e.g. to replace it with an
 * own, different group.
 */
export const builtInSynonymGroups: readonly BuiltInSynonymGroup[] = [
  { id: 'ict', words: ['ict', 'it', 'informatievoorziening', 'informatietechnologie', 'automatisering'] },
  { id: 'beleid', words: ['beleidsmedewerker', 'beleidsadviseur', 'beleidsambtenaar'] },
  { id: 'boa', words: ['boa', 'handhaver', 'toezichthouder', 'buitengewoon opsporingsambtenaar'] },
  { id: 'hr', words: ['hr', 'hrm', 'personeelszaken', 'p&o', 'personeel en organisatie'] },
  { id: 'wmo', words: ['wmo', 'maatschappelijke ondersteuning'] },
  { id: 'div', words: ['div', 'documentaire informatievoorziening', 'archief'] },
  { id: 'juridisch', words: ['juridisch', 'jurist', 'juridische'] },
  { id: 'financieel', words: ['financieel', 'financiën', 'financien', 'finance'] },
  { id: 'communicatie', words: ['communicatie', 'voorlichting'] },
  { id: 'stage', words: ['stage', 'stagiair', 'internship'] },
  {
    id: 'vth',
    words: ['vth', 'vergunningverlening toezicht en handhaving', 'vergunningen toezicht en handhaving'],
  },
  { id: 'ro', words: ['ro', 'ruimtelijke ordening'] },
  { id: 'bor', words: ['bor', 'beheer openbare ruimte', 'beheerder openbare ruimte'] },
  { id: 'oov', words: ['oov', 'openbare orde en veiligheid'] },
  { id: 'kcc', words: ['kcc', 'klantcontactcentrum'] },
  { id: 'ggd', words: ['ggd', 'gemeentelijke gezondheidsdienst'] },
  { id: 'ggz', words: ['ggz', 'geestelijke gezondheidszorg'] },
  { id: 'avg', words: ['avg', 'gegevensbescherming', 'privacy'] },
  { id: 'fg', words: ['fg', 'functionaris gegevensbescherming', 'privacy officer'] },
  { id: 'woo', words: ['woo', 'wet open overheid', 'wob'] },
  { id: 'brp', words: ['brp', 'basisregistratie personen'] },
  { id: 'bag', words: ['bag', 'basisregistratie adressen en gebouwen'] },
  { id: 'gis', words: ['gis', 'geo-informatie', 'geografische informatie'] },
  { id: 'pc', words: ['p&c', 'planning en control'] },
  { id: 'bi', words: ['bi', 'business intelligence'] },
  { id: 'ciso', words: ['ciso', 'chief information security officer', 'informatiebeveiliging'] },
  { id: 'recruiter', words: ['recruiter', 'recruitment', 'werving'] },
  { id: 'servicedesk', words: ['servicedesk', 'helpdesk'] },
  { id: 'projectleider', words: ['projectleider', 'projectmanager'] },
  { id: 'woz', words: ['woz', 'waardering onroerende zaken'] },
];

/** The words of every built-in group, switched off or not. */
export const defaultSynonymGroups: string[][] = builtInSynonymGroups.map((group) => group.words);

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

export function vacancyIndexSettings(synonymGroups: string[][]): Settings {
  return {
    searchableAttributes: [
      'title',
      // The title's compounds taken apart: a part of the title is as telling as the title.
      'titleParts',
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
    stopWords: [...dutchStopWords, ...fillerWords],
    synonyms: synonymMap(synonymGroups),
    // Not on numbers: "4000" (a salary) found internships paying € 400 (a search review).
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 }, disableOnNumbers: true },
    pagination: { maxTotalHits: 10_000 },
    // Cheaper indexing, for freshness under write load: word proximity per attribute instead
    // of per word pair, and no facet-value search index (the portal never searches facet values).
    proximityPrecision: 'byAttribute',
    facetSearch: false,
    faceting: { maxValuesPerFacet: 200 },
  };
}
