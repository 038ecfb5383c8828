/**
 * The alliance's membership life cycle (API.md, "Membership"): applying, the coordinator's
 * decisions, suspending and reinstating, leaving and rejoining, and the audit log.
 * Downloads (the organisation's export, the audit log as CSV) are plain links, so that the
 * browser saves them with the session cookies; their addresses are built here.
 */
import { apiUrl, csvUrl, type CsvSeparator } from './api-url.ts';
import { requestJson, type RequestOptions } from './client.ts';
import type { BodyOf, QueryOf, ResponseOf } from './types.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;

const org = (orgId: string) => `/organisations/${encodeURIComponent(orgId)}`;

// ── Applying ────────────────────────────────────────────────────────────────

export type MembershipApplicationInput = BodyOf<'/membership-applications', 'post'>;

/**
 * Applies to join. Answers 202 whether or not the admin's address has an account: a new
 * address gets a confirmation link, a known one a note that nothing was applied for.
 */
export function applyForMembership(body: MembershipApplicationInput, options: Options): Promise<void> {
  return requestJson<void>('/membership-applications', { ...options, method: 'POST', body });
}

// ── The coordinator ─────────────────────────────────────────────────────────

type ApplicationList = ResponseOf<'/membership-applications', 'get'>;
export type MembershipApplication = ApplicationList['items'][number];
export type ApplicationState = MembershipApplication['state'];
/**
 * What to check on a pending application before deciding (null once decided): the known
 * organisations it looks like, and the applicant's e-mail domain against its website.
 */
export type ApplicationReview = NonNullable<MembershipApplication['review']>;
export type LikelyDuplicate = ApplicationReview['likelyDuplicates'][number];
export type DuplicateReason = LikelyDuplicate['matchedOn'][number];

/** Every application, pending ones first. */
export function listApplications(options: Options): Promise<ApplicationList> {
  return requestJson('/membership-applications', { ...options, method: 'GET' });
}

export type ApplicationDecision = 'approve' | 'reject';

export function decideApplication(
  id: string,
  decision: ApplicationDecision,
  reason: string | null,
  options: Options,
): Promise<ResponseOf<'/membership-applications/{id}/approve', 'post'>> {
  return requestJson(`/membership-applications/${encodeURIComponent(id)}/${decision}`, {
    ...options,
    method: 'POST',
    body: reason ? { reason } : {},
  });
}

type CoordinatedOrganisationList = ResponseOf<'/coordination/organisations', 'get'>;
/** `leaveAt` is a scheduled leave, as a moment. */
export type CoordinatedOrganisation = CoordinatedOrganisationList['items'][number];

export function listCoordinatedOrganisations(options: Options): Promise<CoordinatedOrganisationList> {
  return requestJson('/coordination/organisations', { ...options, method: 'GET' });
}

export type MembershipChange = 'suspend' | 'reinstate' | 'rejoin' | 'end';

export function changeMembership(
  orgId: string,
  change: MembershipChange,
  reason: string | null,
  options: Options,
): Promise<ResponseOf<'/organisations/{orgId}/suspend', 'post'>> {
  return requestJson(`${org(orgId)}/${change}`, { ...options, method: 'POST', body: reason ? { reason } : {} });
}

export function setCostWeight(orgId: string, costWeight: number, options: Options): Promise<void> {
  return requestJson(`${org(orgId)}/cost-weight`, { ...options, method: 'PUT', body: { costWeight } });
}

export type AuditPage = ResponseOf<'/audit-log', 'get'>;
export type AuditEntry = AuditPage['items'][number];

/**
 * The audit log's filters, as the API names them; empty ones are left out. `action` is an exact
 * action or a prefix ending in a dot (`membership.`); `from` and `to` are dates, inclusive.
 */
export type AuditFilters = Pick<QueryOf<'/audit-log', 'get'>, 'organisation' | 'action' | 'from' | 'to'>;

function auditParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['organisation', 'action', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

export function getAuditLog(
  filters: AuditFilters,
  paging: { page: number; pageSize: number },
  options: Options,
): Promise<AuditPage> {
  const params = auditParams(filters);
  params.set('page', String(paging.page));
  params.set('pageSize', String(paging.pageSize));
  return requestJson('/audit-log', { ...options, params, method: 'GET' });
}

/** The address of the audit log as CSV with these filters (up to 10,000 rows), for a link. */
export function auditLogCsvUrl(filters: AuditFilters, separator: CsvSeparator = 'comma'): string {
  return csvUrl('/audit-log', auditParams(filters), separator);
}

/** The keys the alliance's costs are divided by; the figures themselves are in figures.ts. */
export type { CostKey, StatsKey } from './figures.ts';

// ── The organisation's admin ────────────────────────────────────────────────

/**
 * `leaveAt`: a scheduled leave, as a moment (null when none is planned); `vacanciesGoingOffline`:
 * the published ones, which leaving takes offline; `vacanciesScheduled`: those it withdraws before
 * they are published; `vacanciesKept`: all, which stay stored.
 */
export type LeavePreview = ResponseOf<'/organisations/{orgId}/leave-preview', 'get'>;

export function getLeavePreview(orgId: string, options: Options): Promise<LeavePreview> {
  return requestJson(`${org(orgId)}/leave-preview`, { ...options, method: 'GET' });
}

/** Leaves now (state `left`), or at the start of `effectiveDate` (state unchanged, `leaveAt` set). */
export function leaveAlliance(
  orgId: string,
  body: BodyOf<'/organisations/{orgId}/leave', 'post'>,
  options: Options,
): Promise<ResponseOf<'/organisations/{orgId}/leave', 'post'>> {
  return requestJson(`${org(orgId)}/leave`, { ...options, method: 'POST', body });
}

/** A turned-down organisation applies once more, with its details corrected; the coordinators decide anew. */
export function applyAgain(
  orgId: string,
  body: NonNullable<BodyOf<'/organisations/{orgId}/apply-again', 'post'>>,
  options: Options,
): Promise<ResponseOf<'/organisations/{orgId}/apply-again', 'post'>> {
  return requestJson(`${org(orgId)}/apply-again`, { ...options, method: 'POST', body });
}

export function cancelScheduledLeave(orgId: string, options: Options): Promise<void> {
  return requestJson(`${org(orgId)}/leave`, { ...options, method: 'DELETE' });
}

/** The address of everything of the organisation as a zip, for a download link. */
export function organisationExportUrl(orgId: string): string {
  return apiUrl(`${org(orgId)}/export`);
}
