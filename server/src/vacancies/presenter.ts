/**
 * Decides the public shape of a vacancy. Only what is listed here leaves the server, so a
 * new private column never leaks by accident.
 */
import { municipalityByCode } from '@samenwerven/db';
import type { IndexableVacancy, RetrievedDocument } from '@samenwerven/search';
import type { HistoryRow, OrganisationVacancyRow } from './queries.ts';
import type { ClosedVacancy, VacancyDetail, VacancySummary } from './schemas.ts';

function place(municipalityCode: string, postcode: string | null, latitude: number, longitude: number) {
  const municipality = municipalityByCode(municipalityCode);
  return {
    municipalityCode,
    municipalityName: municipality?.name ?? municipalityCode,
    region: municipality?.province ?? '',
    postcode,
    latitude,
    longitude,
  };
}

export function summaryFromDocument(doc: RetrievedDocument): VacancySummary {
  return {
    id: doc.id,
    title: doc.title,
    organisation: { slug: doc.organisation, name: doc.organisationName },
    department: doc.department,
    summary: doc.summary,
    category: doc.category,
    educationLevel: doc.educationLevel as VacancySummary['educationLevel'],
    employmentType: doc.employmentType as VacancySummary['employmentType'],
    workMode: doc.workMode as VacancySummary['workMode'],
    hoursMin: doc.hoursMin,
    hoursMax: doc.hoursMax,
    salaryScale: doc.salaryScale,
    salaryMin: doc.salaryMin,
    salaryMax: doc.salaryMax,
    place: place(doc.municipality[0] ?? '', doc.postcode, doc._geo.lat, doc._geo.lng),
    publishedAt: new Date(doc.publishedAt * 1000).toISOString(),
    closingDate: doc.closingDate,
    language: doc.language === 'en' ? 'en' : 'nl',
  };
}

/** The little that stays public of a vacancy once it closed (schemas.ts, ClosedVacancy). */
/** What stays public of a vacancy no longer open; `mayReturn`: see `ClosedVacancy`. */
export function closedFromRow(v: IndexableVacancy, mayReturn: boolean): ClosedVacancy {
  return {
    id: v.id,
    title: v.title,
    organisation: v.organisation.state === 'active' ? { slug: v.organisation.slug, name: v.organisation.name } : null,
    category: v.categoryCode,
    place: {
      municipalityCode: v.municipalityCode,
      municipalityName: municipalityByCode(v.municipalityCode)?.name ?? v.municipalityCode,
    },
    language: v.language === 'en' ? 'en' : 'nl',
    mayReturn,
  };
}

export function detailFromRow(v: IndexableVacancy): VacancyDetail {
  return {
    id: v.id,
    title: v.title,
    organisation: { slug: v.organisation.slug, name: v.organisation.name },
    department: v.department,
    summary: v.summary,
    category: v.categoryCode,
    educationLevel: v.educationLevel,
    employmentType: v.employmentType,
    workMode: v.workMode,
    hoursMin: v.hoursMin,
    hoursMax: v.hoursMax,
    salaryScale: v.salaryScale,
    salaryMin: v.salaryMin,
    salaryMax: v.salaryMax,
    place: place(v.municipalityCode, v.postcode, v.latitude, v.longitude),
    publishedAt: v.publishedAt?.toISOString() ?? null,
    closingDate: v.closingDate,
    description: v.description,
    orEquivalent: v.orEquivalent,
    applyMethod: v.applyMethod,
    applyUrl: v.applyUrl,
    applyEmail: v.applyEmail,
    contactName: v.contactName,
    contactEmail: v.contactEmail,
    contactPhone: v.contactPhone,
    language: v.language as VacancyDetail['language'],
    municipalityCode: v.municipalityCode,
    postcode: v.postcode,
    additionalPlaces: v.additionalPlaces.map(({ municipalityCode, postcode }) => ({
      municipalityCode,
      municipalityName: municipalityByCode(municipalityCode)?.name ?? municipalityCode,
      postcode,
    })),
    publishAt: v.publishAt?.toISOString() ?? null,
    visibility: v.visibility,
    publicFrom: v.publicFrom?.toISOString() ?? null,
    version: v.version,
    state: v.state,
  };
}

/** A row of the organisation's own vacancy list. */
export function managedItemFromRow(r: OrganisationVacancyRow) {
  return {
    ...r,
    language: r.language === 'en' ? ('en' as const) : ('nl' as const),
    publishAt: r.publishAt?.toISOString() ?? null,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    filledAt: r.filledAt?.toISOString() ?? null,
    timeToFillDays: timeToFillDays(r.publishedAt, r.filledAt),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Whole days from publication to the first hire through the portal; null until someone is hired. */
export function timeToFillDays(publishedAt: Date | null, filledAt: Date | null): number | null {
  if (!publishedAt || !filledAt) return null;
  return Math.max(0, Math.round((filledAt.getTime() - publishedAt.getTime()) / 86_400_000));
}

/** A history entry with its actor: a person, an integration key (named, with its prefix), or nobody (the system). */
export function historyEntryFromRow({ entry: r, userName, keyName, keyPrefix }: HistoryRow) {
  return {
    version: r.version,
    at: r.at.toISOString(),
    action: r.action,
    actor: r.actorUserId
      ? { kind: 'user' as const, id: r.actorUserId, name: userName ?? '' }
      : r.actorApiKeyId
        ? { kind: 'api_key' as const, id: r.actorApiKeyId, name: keyName ?? '', prefix: keyPrefix ?? '' }
        : null,
    changes: r.changes,
  };
}
