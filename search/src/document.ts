/**
 * The mapping from a vacancy row to its search document: a pure function that whitelists
 * fields, so nothing private (contact details, external ids, drafts) can reach the index.
 */
import { endOfDutchDay } from '@samenwerven/calendar';
import { municipalityByCode, type Organisation, type Vacancy } from '@samenwerven/db';
import { compoundParts } from './compounds.ts';
import { withoutMarkers } from './highlight.ts';

export interface VacancySearchDocument {
  id: string;
  title: string;
  /**
   * The parts of the compounds in the title as words of their own ("Softwareontwikkelaar" →
   * "software ontwikkelaar"), so that a search for a part finds the whole (compounds.ts).
   */
  titleParts: string;
  summary: string;
  /** The description as plain text, for matching and snippets. */
  description: string;
  department: string | null;
  organisation: string;
  organisationName: string;
  category: string;
  categoryName: string;
  educationLevel: string;
  employmentType: string;
  workMode: string;
  hoursMin: number;
  hoursMax: number;
  salaryScale: number | null;
  salaryMin: number | null;
  salaryMax: number | null;
  /** Every work place's municipality code: the main one first. */
  municipality: string[];
  municipalityName: string;
  region: string;
  postcode: string | null;
  _geo: { lat: number; lng: number };
  visibility: string;
  language: string;
  /** Epoch seconds: filters and sorts on numbers are fast in Meilisearch. */
  publishedAt: number;
  closingDate: string | null;
  /**
   * Epoch seconds when the closing day is over in the Netherlands (the next day's 00:00);
   * null when open-ended. The index filters `closesAt > now`, which is `isOpen` in db/findable.
   * Always a Dutch midnight: the server's search cache relies on it (searchMoment in
   * server/src/vacancies/search-cache.ts).
   */
  closesAt: number | null;
}

/** The fields only matched on: the description (hits show the engine's snippet of it) and the title's parts. */
type MatchedOnly = 'description' | 'titleParts';

/** What a search hit carries of its document. */
export type RetrievedDocument = Omit<VacancySearchDocument, MatchedOnly>;

const retrieved: Record<keyof RetrievedDocument, true> = {
  id: true,
  title: true,
  summary: true,
  department: true,
  organisation: true,
  organisationName: true,
  category: true,
  categoryName: true,
  educationLevel: true,
  employmentType: true,
  workMode: true,
  hoursMin: true,
  hoursMax: true,
  salaryScale: true,
  salaryMin: true,
  salaryMax: true,
  municipality: true,
  municipalityName: true,
  region: true,
  postcode: true,
  _geo: true,
  visibility: true,
  language: true,
  publishedAt: true,
  closingDate: true,
  closesAt: true,
};

/**
 * The attributes a search asks the engine for: all but the ones only matched on. The whole
 * description made up most of an answer (33 KB for 20 hits): the engine sent it, the API read it
 * and its cache kept it, for a snippet of thirty words.
 */
export const RETRIEVED_ATTRIBUTES = Object.keys(retrieved);

export type IndexableVacancy = Vacancy & {
  organisation: Pick<Organisation, 'slug' | 'name' | 'state'>;
  categoryName: string;
};

const epochSeconds = (moment: Date) => Math.floor(moment.getTime() / 1000);

/** Turns stored (sanitised) HTML into plain text for the index. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/(p|h[1-6]|li|ul|ol)>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function toSearchDocument(vacancy: IndexableVacancy): VacancySearchDocument {
  const municipality = municipalityByCode(vacancy.municipalityCode);
  return {
    id: vacancy.id,
    title: vacancy.title,
    titleParts: compoundParts(vacancy.title),
    summary: vacancy.summary,
    description: withoutMarkers(htmlToText(vacancy.description)),
    department: vacancy.department,
    organisation: vacancy.organisation.slug,
    organisationName: vacancy.organisation.name,
    category: vacancy.categoryCode,
    categoryName: vacancy.categoryName,
    educationLevel: vacancy.educationLevel,
    employmentType: vacancy.employmentType,
    workMode: vacancy.workMode,
    hoursMin: vacancy.hoursMin,
    hoursMax: vacancy.hoursMax,
    salaryScale: vacancy.salaryScale,
    salaryMin: vacancy.salaryMin,
    salaryMax: vacancy.salaryMax,
    municipality: [vacancy.municipalityCode, ...vacancy.additionalPlaces.map((p) => p.municipalityCode)],
    municipalityName: municipality?.name ?? vacancy.municipalityCode,
    region: municipality?.province ?? '',
    postcode: vacancy.postcode,
    _geo: { lat: vacancy.latitude, lng: vacancy.longitude },
    visibility: vacancy.visibility,
    language: vacancy.language,
    publishedAt: epochSeconds(vacancy.publishedAt ?? vacancy.createdAt),
    closingDate: vacancy.closingDate,
    closesAt: vacancy.closingDate ? epochSeconds(endOfDutchDay(vacancy.closingDate)) : null,
  };
}
