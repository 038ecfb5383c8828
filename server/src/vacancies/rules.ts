/**
 * Every rule a vacancy must satisfy beyond its field types, in one place, with a message
 * per field. The database constraints repeat the hard ones, so nothing invalid is stored
 * even if a code path forgot this.
 */
import { municipalityByCode, postcodeArea, salaryByScale, type NewVacancy } from '@samenwerven/db';
import { AppError } from '../errors.ts';
import type { MessageKey } from '../i18n.ts';
import { sanitizeDescription } from './sanitize.ts';
import type { VacancyFields } from './input.ts';

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
  copy('title', input.title?.trim());
  copy('department', input.department);
  copy('summary', input.summary?.trim());
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
  copy('contactName', input.contactName);
  copy('contactEmail', input.contactEmail);
  copy('contactPhone', input.contactPhone);
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

/** Checks a complete vacancy (after merging a patch); throws 400 with every problem at once. */
export function assertVacancyRules(v: VacancyColumns, knownCategories: ReadonlySet<string>): void {
  const problems: Record<string, MessageKey> = {};
  if (!knownCategories.has(v.categoryCode)) problems.category = 'vacancy.unknown_category';
  if (v.hoursMin > v.hoursMax) problems.hoursMax = 'vacancy.hours_order';
  if (v.salaryMin != null && v.salaryMax != null && v.salaryMin > v.salaryMax)
    problems.salaryMax = 'vacancy.salary_order';
  if (v.salaryScale != null && (v.salaryMin != null || v.salaryMax != null)) {
    // The range must fit the scale, with some room for allowances (toelagen) and rounding.
    const [low, high] = salaryByScale[v.salaryScale]!;
    if ((v.salaryMin ?? v.salaryMax!) < low * 0.9 || (v.salaryMax ?? v.salaryMin!) > high * 1.15)
      problems.salaryScale = 'vacancy.salary_scale_mismatch';
  }
  if (!municipalityByCode(v.municipalityCode)) problems.municipalityCode = 'error.unknown_municipality';
  if (v.postcode && !postcodeArea(v.postcode)) problems.postcode = 'vacancy.unknown_postcode';
  (v.additionalPlaces ?? []).forEach((place, i) => {
    if (!municipalityByCode(place.municipalityCode))
      problems[`additionalPlaces.${i}.municipalityCode`] = 'error.unknown_municipality';
    if (place.postcode && !postcodeArea(place.postcode))
      problems[`additionalPlaces.${i}.postcode`] = 'vacancy.unknown_postcode';
  });
  if (v.applyMethod === 'url' && !v.applyUrl) problems.applyUrl = 'vacancy.apply_url_required';
  if (v.applyMethod === 'email' && !v.applyEmail) problems.applyEmail = 'vacancy.apply_email_required';
  if (v.publicFrom && v.visibility !== 'internal') problems.publicFrom = 'vacancy.public_from_internal_only';
  if (Object.keys(problems).length > 0)
    throw new AppError(400, 'validation_failed', 'error.validation_failed', { fields: problems });
}

/** The rules for going live (422: well-formed, but not allowed yet). */
export function assertPublishable(v: { closingDate?: string | null }, today: string): void {
  if (!v.closingDate) {
    throw new AppError(422, 'closing_date_required', 'vacancy.closing_date_required', {
      fields: { closingDate: 'vacancy.closing_date_required' },
    });
  }
  if (v.closingDate < today) {
    throw new AppError(422, 'closing_date_passed', 'vacancy.closing_date_passed', {
      fields: { closingDate: 'vacancy.closing_date_passed' },
    });
  }
}
