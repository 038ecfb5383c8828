/**
 * Who reads one vacancy, as far as it decides what they may see: the organisation's own staff
 * (and its API keys with the scope `read`) see it in any state; staff of an active member also
 * the alliance-internal ones; everyone else only what is public. The API's `GET /vacancies/{id}`
 * and the status of the vacancy's page (../pages/head.ts) answer alike.
 */
import type { Database } from '@samenwerven/db';
import type { Principal } from '../auth/principal.ts';
import { staffVacancy } from './lifecycle.ts';
import { getPublicVacancy } from './service.ts';

export interface VacancyViewer {
  /** The organisation whose vacancies this viewer sees in any state; null for none. */
  ownOrganisation: string | null;
  /** Staff of an active member (or the coordinator): the alliance-internal vacancies too. */
  memberStaff: boolean;
}

export const ANONYMOUS_VIEWER: VacancyViewer = { ownOrganisation: null, memberStaff: false };

/**
 * A browser with a session whose access token has run out (a quarter of an hour: the page request
 * does not carry the refresh cookie, which only the sign-in routes get). Who it is shows only once
 * the app has refreshed it, so the server cannot tell which vacancies it may see.
 */
export const UNVERIFIED_SESSION = 'unverified session';

/** Who asks for a vacancy's page: a reader as the API knows them, or a session not read yet. */
export type PageViewer = VacancyViewer | typeof UNVERIFIED_SESSION;

export function vacancyViewer(principal: Principal | undefined): VacancyViewer {
  if (principal?.kind === 'api_key')
    return { ownOrganisation: principal.scopes.includes('read') ? principal.organisationId : null, memberStaff: false };
  if (principal?.kind !== 'user' || principal.role === 'job_seeker') return ANONYMOUS_VIEWER;
  return { ownOrganisation: principal.organisationId, memberStaff: principal.organisationState === 'active' };
}

/**
 * The vacancy as `viewer` may see it, and whether it is their own organisation's (a visit by its
 * own staff is no visitor's); 404 when they may not.
 */
export async function vacancyForViewer(db: Database, viewer: VacancyViewer, id: string) {
  if (viewer.ownOrganisation) {
    const own = await staffVacancy(db, viewer.ownOrganisation, id).catch(() => undefined);
    if (own) return { vacancy: own, own: true };
  }
  return { vacancy: await getPublicVacancy(db, id, { includeInternal: viewer.memberStaff }), own: false };
}
