/**
 * Every rule a vacancy must satisfy beyond its field types, in one place, with a message
 * per field. The database constraints repeat the hard ones, so nothing invalid is stored
 * even if a code path forgot this.
 */
import { dutchDate } from '@samenwerven/calendar';
import { municipalityByCode, postcodeArea, salaryByScale, type NewVacancy } from '@samenwerven/db';
import { AppError, renderFieldMessage, type FieldMessage } from '../errors.ts';
import type { Locale, MessageKey } from '../i18n.ts';
import { sanitizeDescription } from './sanitize.ts';
import type { VacancyFields } from './input.ts';
import { oneLine, oneLineOrNull, shownOrNull } from '../text.ts';

export type VacancyColumns = Omit<
  NewVacancy,
  'id' | 'organisationId' | 'state' | 'version' | 'createdAt' | 'updatedAt'
>;

/** The writable fields of an input, as columns; `undefined` leaves a column as it is. */
export function columnsFromInput(input: VacancyFields): Partial<VacancyColumns> {
  const columns: Partial<VacancyColumns> = {};
  const copy = <K extends keyof VacancyColumns>(key: K, value: VacancyColumns[K] | undefined) => {
    if (value !== undefined) columns[key] = value;
  };
  copy('title', input.title === undefined ? undefined : oneLine(input.title));
  copy('department', input.department === undefined ? undefined : oneLineOrNull(input.department));
  copy('summary', input.summary === undefined ? undefined : (shownOrNull(input.summary) ?? ''));
  copy('description', input.description === undefined ? undefined : sanitizeDescription(input.description));
  copy('categoryCode', input.category);
  copy('educationLevel', input.educationLevel);
  copy('orEquivalent', input.orEquivalent);
  copy('employmentType', input.employmentType);
  copy('hoursMin', input.hoursMin);
  copy('hoursMax', input.hoursMax);
  copy('salaryScale', input.salaryScale);
  copy('salaryMin', input.salaryMin);
  copy('salaryMax', input.salaryMax);
  copy('municipalityCode', input.municipalityCode);
  copy('postcode', input.postcode);
  copy(
    'additionalPlaces',
    input.additionalPlaces?.map((p) => ({ municipalityCode: p.municipalityCode, postcode: p.postcode ?? null })),
  );
  copy('workMode', input.workMode);
  copy(
    'publishAt',
    input.publishAt === undefined ? undefined : input.publishAt === null ? null : new Date(input.publishAt),
  );
  copy('closingDate', input.closingDate);
  copy('applyMethod', input.applyMethod);
  copy('applyUrl', input.applyUrl);
  copy('applyEmail', input.applyEmail);
  copy('contactName', input.contactName === undefined ? undefined : oneLineOrNull(input.contactName));
  copy('contactEmail', input.contactEmail);
  // Blank is none, as for the name: a label over '' or ' ' showed on the page (a tester's review).
  copy('contactPhone', input.contactPhone === undefined ? undefined : shownOrNull(input.contactPhone));
  copy('visibility', input.visibility);
  copy(
    'publicFrom',
    input.publicFrom === undefined ? undefined : input.publicFrom === null ? null : new Date(input.publicFrom),
  );
  copy('language', input.language);
  copy('externalId', input.externalId);
  return columns;
}

/** Where the main work place is: the postcode's centre, else the municipality's. */
export function coordinatesOf(municipalityCode: string, postcode: string | null | undefined) {
  const area = postcode ? postcodeArea(postcode) : undefined;
  const municipality = municipalityByCode(municipalityCode);
  return {
    latitude: area?.latitude ?? municipality?.latitude ?? 0,
    longitude: area?.longitude ?? municipality?.longitude ?? 0,
  };
}

/** What is wrong with a field, or what to mind about it: a message key, a ready message, or a key with values. */
export type FieldProblems = Record<string, MessageKey | string | FieldMessage>;

/** Room around a scale's amounts for allowances (toelagen) and rounding. */
const ROOM_BELOW = 0.9;
const ROOM_ABOVE = 1.15;
const scaleNumbers = Object.keys(salaryByScale).map(Number);

/**
 * The monthly amounts (full-time, gross) a salary may have without a scale: what the shipped
 * scales cover, with the same room a scale gets. The bottom of the lowest scale is about the
 * statutory minimum wage, the top of the highest is what a top civil servant earns; an
 * amount outside (a yearly salary, an hourly rate, a typo) is questioned, not stored.
 */
export const salaryWithoutScale = {
  low: Math.round(salaryByScale[Math.min(...scaleNumbers)]![0] * ROOM_BELOW),
  high: Math.round(salaryByScale[Math.max(...scaleNumbers)]![1] * ROOM_ABOVE),
};

/**
 * The salary's problems. With a scale, the range must fit it; without, each amount must be a
 * plausible monthly salary. An intern's allowance is no wage (it may be lower), and an
 * interim's monthly fee no civil servant's salary (it may be higher).
 */
function salaryProblems(v: Partial<VacancyColumns>): FieldProblems {
  const problems: FieldProblems = {};
  const min = v.salaryMin ?? null;
  const max = v.salaryMax ?? null;
  if (min === null && max === null) return problems;
  if (v.salaryScale != null) {
    const [low, high] = salaryByScale[v.salaryScale]!;
    if ((min ?? max!) < low * ROOM_BELOW || (max ?? min!) > high * ROOM_ABOVE)
      // The range it takes, so that HR sees which of the two to change (a walk: "does not fit" said not how).
      problems.salaryScale = {
        key: 'vacancy.salary_scale_mismatch',
        params: { scale: v.salaryScale, low: Math.ceil(low * ROOM_BELOW), high: Math.floor(high * ROOM_ABOVE) },
      };
    return problems;
  }
  const { low, high } = salaryWithoutScale;
  for (const [field, amount] of [
    ['salaryMin', min],
    ['salaryMax', max],
  ] as const) {
    if (amount === null) continue;
    if (amount > high && v.employmentType !== 'interim')
      problems[field] = { key: 'vacancy.salary_too_high', params: { limit: high } };
    else if (amount < low && v.employmentType !== 'internship')
      problems[field] = { key: 'vacancy.salary_too_low', params: { limit: low } };
  }
  return problems;
}

/** A workplace's problems: a municipality we know, and a postcode that lies in it (by the shipped postcode areas). */
function placeProblems(
  place: { municipalityCode?: string | undefined; postcode?: string | null | undefined },
  prefix: string,
): FieldProblems {
  const problems: FieldProblems = {};
  const municipality = place.municipalityCode === undefined ? undefined : municipalityByCode(place.municipalityCode);
  if (place.municipalityCode !== undefined && !municipality)
    problems[`${prefix}municipalityCode`] = 'error.unknown_municipality';
  if (!place.postcode) return problems;
  const area = postcodeArea(place.postcode);
  if (!area) {
    problems[`${prefix}postcode`] = 'vacancy.unknown_postcode';
  } else if (municipality && area.municipalityCode !== municipality.code) {
    problems[`${prefix}postcode`] = {
      key: 'vacancy.postcode_elsewhere',
      params: {
        postcode: place.postcode,
        actual: municipalityByCode(area.municipalityCode)?.name ?? area.municipalityCode,
        chosen: municipality.name,
      },
    };
  }
  return problems;
}

/**
 * An extra workplace in a municipality the vacancy names already (as its own place or an earlier
 * extra one) is no further place: the page showed "Tilburg (ook in Tilburg, Tilburg)" (a review).
 * A postcode does not make it another place, as the page and the search know places by their
 * municipality. Named on the repeating row's municipality, the field the form shows it at.
 */
function repeatedPlaceProblems(v: Partial<VacancyColumns>): FieldProblems {
  const problems: FieldProblems = {};
  const given = new Set(v.municipalityCode ? [v.municipalityCode] : []);
  (v.additionalPlaces ?? []).forEach((place, i) => {
    // An unknown code is named as unknown (placeProblems), not as repeated.
    const municipality = municipalityByCode(place.municipalityCode);
    if (municipality && given.has(municipality.code))
      problems[`additionalPlaces.${i}.municipalityCode`] = {
        key: 'vacancy.place_repeated',
        params: { municipality: municipality.name },
      };
    given.add(place.municipalityCode);
  });
  return problems;
}

/**
 * Every problem of a vacancy beyond its field types, at once. The vacancy may be incomplete
 * (fields whose type was wrong are left out, so their rules are skipped): then these are the
 * problems to answer together with the type problems.
 */
export function vacancyProblems(v: Partial<VacancyColumns>, knownCategories: ReadonlySet<string>): FieldProblems {
  const problems: FieldProblems = {};
  if (v.categoryCode !== undefined && !knownCategories.has(v.categoryCode))
    problems.category = 'vacancy.unknown_category';
  if (v.hoursMin != null && v.hoursMax != null && v.hoursMin > v.hoursMax) problems.hoursMax = 'vacancy.hours_order';
  if (v.salaryMin != null && v.salaryMax != null && v.salaryMin > v.salaryMax)
    problems.salaryMax = 'vacancy.salary_order';
  Object.assign(problems, salaryProblems(v), placeProblems(v, ''));
  (v.additionalPlaces ?? []).forEach((place, i) =>
    Object.assign(problems, placeProblems(place, `additionalPlaces.${i}.`)),
  );
  Object.assign(problems, repeatedPlaceProblems(v));
  if (v.applyMethod === 'url' && !v.applyUrl) problems.applyUrl = 'vacancy.apply_url_required';
  if (v.applyMethod === 'email' && !v.applyEmail) problems.applyEmail = 'vacancy.apply_email_required';
  if (v.publicFrom && v.visibility !== 'internal') problems.publicFrom = 'vacancy.public_from_internal_only';
  Object.assign(problems, momentProblems(v));
  return problems;
}

/**
 * A publication moment, or a public date, after the closing date (its last day online) is one the
 * vacancy never reaches: HR was told it would come online on a day it was closed already.
 */
function momentProblems(v: Partial<VacancyColumns>): FieldProblems {
  const problems: FieldProblems = {};
  if (!v.closingDate) return problems;
  if (v.publishAt && dutchDate(v.publishAt) > v.closingDate) problems.publishAt = 'vacancy.publish_after_closing';
  if (v.publicFrom && dutchDate(v.publicFrom) > v.closingDate) problems.publicFrom ??= 'vacancy.public_after_closing';
  return problems;
}

/** The rules for going live, as field problems: a closing date, and not one that has passed. */
function publicationProblems(v: { closingDate?: string | null | undefined }, today: string): FieldProblems {
  if (!v.closingDate) return { closingDate: 'vacancy.closing_date_required' };
  if (v.closingDate < today) return { closingDate: 'vacancy.closing_date_passed' };
  return {};
}

/** The longest description stored, as stored (sanitised) and as read back. */
export const DESCRIPTION_LIMIT = 30_000;

/**
 * The description's length is checked as stored: sanitising adds to it (a link's `rel`, `&amp;`),
 * so a text under the limit as sent could be stored longer, and then not be sent back as read
 * (an ATS review: a GET shape of 38,808 characters was refused on the PATCH). Only a description
 * this write sets: one stored before stays editable.
 */
function storedLengthProblems(written: Partial<VacancyColumns> | undefined): FieldProblems {
  const length = written?.description?.length ?? 0;
  return length > DESCRIPTION_LIMIT
    ? { description: { key: 'vacancy.description_too_long', params: { length, limit: DESCRIPTION_LIMIT } } }
    : {};
}

export interface RuleCheck {
  /** The columns this write sets (as stored): their own limits are checked on them. */
  written?: Partial<VacancyColumns> | undefined;
  /** Problems found before the rules (wrong types, missing fields), already in the caller's language. */
  typeProblems?: Record<string, string> | undefined;
  /**
   * The vacancy is or goes live on this (Dutch) day: a publication rule it breaks is named with
   * the other problems. Broken alone, it is left to the step that goes live (422, assertPublishable).
   */
  liveOn?: string | undefined;
}

/**
 * Checks a vacancy (after merging a patch) and throws one 400 with every problem at once:
 * the type problems, the rules' and, for a live vacancy, the publication rules'.
 */
export function assertVacancyRules(
  v: Partial<VacancyColumns>,
  knownCategories: ReadonlySet<string>,
  check: RuleCheck = {},
): void {
  const problems: FieldProblems = {
    ...vacancyProblems(v, knownCategories),
    ...storedLengthProblems(check.written),
    ...check.typeProblems,
  };
  if (Object.keys(problems).length === 0) return;
  const publication = check.liveOn === undefined ? {} : publicationProblems(v, check.liveOn);
  throw new AppError(400, 'validation_failed', 'error.validation_failed', {
    fields: { ...publication, ...problems },
  });
}

/** The rules for going live (422: well-formed, but not allowed yet). */
export function assertPublishable(v: { closingDate?: string | null | undefined }, today: string): void {
  const [problem] = Object.values(publicationProblems(v, today));
  if (problem === 'vacancy.closing_date_required') {
    throw new AppError(422, 'closing_date_required', 'vacancy.closing_date_required', {
      fields: { closingDate: 'vacancy.closing_date_required' },
    });
  }
  if (problem === 'vacancy.closing_date_passed') {
    throw new AppError(422, 'closing_date_passed', 'vacancy.closing_date_passed', {
      fields: { closingDate: 'vacancy.closing_date_passed' },
    });
  }
}

/**
 * What to mind about a saved vacancy that is not wrong: a draft whose closing date has passed
 * is kept, but cannot be published as it is. Said in the answer, so no one finds out only
 * when publishing.
 */
export function vacancyWarnings(v: { state: string; closingDate: string | null }, today: string): FieldProblems {
  return v.state === 'draft' && v.closingDate !== null && v.closingDate < today
    ? { closingDate: 'vacancy.closing_date_passed_draft' }
    : {};
}

/** An answer's `warnings`, in the caller's language; nothing when there are none. */
export function warningsIn(warnings: FieldProblems, locale: Locale): { warnings?: Record<string, string> } {
  const entries = Object.entries(warnings);
  if (entries.length === 0) return {};
  return { warnings: Object.fromEntries(entries.map(([field, w]) => [field, renderFieldMessage(w, locale)])) };
}
