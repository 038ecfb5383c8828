/**
 * Decides the shapes of the membership contract. Only what is listed here leaves the
 * server, so a new private column of an organisation never leaks by accident.
 */
import type { Organisation } from '@samenwerven/db';
import type { VacancyState } from '../vacancies/state-machine.ts';
import type { DuplicateReason, emailAgainstWebsite } from './duplicates.ts';
import type { ApplicationRow, ComparableOrganisation, OrganisationOverviewRow } from './queries.ts';

/** What the coordinator checks on a pending application (membership/duplicates.ts). */
export interface ApplicationReview {
  likelyDuplicates: { organisation: ComparableOrganisation; matchedOn: DuplicateReason[] }[];
  email: ReturnType<typeof emailAgainstWebsite>;
  emailConfirmed: boolean;
}

/** An application with the organisation that applied, as the coordinator sees it; `review` for pending ones. */
export function applicationFromRow({ application, organisation }: ApplicationRow, review: ApplicationReview | null) {
  return {
    id: application.id,
    state: application.state,
    reason: application.reason,
    createdAt: application.createdAt.toISOString(),
    decidedAt: application.decidedAt?.toISOString() ?? null,
    organisation: {
      id: organisation.id,
      slug: organisation.slug,
      name: organisation.name,
      kind: organisation.kind,
      municipalityCode: organisation.municipalityCode,
      website: organisation.website,
      contactName: organisation.contactName,
      contactEmail: organisation.contactEmail,
      state: organisation.state,
    },
    review: review && {
      likelyDuplicates: review.likelyDuplicates.map(({ organisation: known, matchedOn }) => ({
        id: known.id,
        slug: known.slug,
        name: known.name,
        state: known.state,
        website: known.website,
        matchedOn,
      })),
      emailDomain: review.email.emailDomain,
      websiteDomain: review.email.websiteDomain,
      emailMatchesWebsite: review.email.matches,
      emailConfirmed: review.emailConfirmed,
    },
  };
}

export function organisationOverviewFromRow(row: OrganisationOverviewRow) {
  return { ...row, leaveAt: row.leaveAt?.toISOString() ?? null };
}

/**
 * What leaving would mean: how many vacancies go offline, how many the member keeps; and the
 * reason given for the state the membership is in (rejected, suspended, left).
 */
export function leavePreviewOf(
  organisation: Pick<Organisation, 'state' | 'leaveAt' | 'name' | 'kind' | 'municipalityCode' | 'website'>,
  vacanciesByState: Partial<Record<VacancyState, number>>,
  canLeave: boolean,
  reason: string | null,
) {
  return {
    state: organisation.state,
    leaveAt: organisation.leaveAt?.toISOString() ?? null,
    // Leaving withdraws both (vacancies/state-machine.ts); only the published ones are online (the
    // page said 24 went offline for 23 online and 1 scheduled: an admin's walk).
    vacanciesGoingOffline: vacanciesByState.published ?? 0,
    vacanciesScheduled: vacanciesByState.scheduled ?? 0,
    vacanciesKept: Object.values(vacanciesByState).reduce((a, b) => a + b, 0),
    canLeave,
    reason,
    // What a rejection may have asked to correct before the organisation applies again.
    application:
      organisation.state === 'rejected'
        ? {
            name: organisation.name,
            kind: organisation.kind,
            municipalityCode: organisation.municipalityCode,
            website: organisation.website,
          }
        : null,
  };
}
