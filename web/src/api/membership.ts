/**
 * The alliance's membership life cycle (API.md, "Membership"): applying, the coordinator's
 * decisions, suspending and reinstating, leaving and rejoining, the audit log and the figures.
 * Downloads (the organisation's export, the audit log as CSV) are plain links, so that the
 * browser saves them with the session cookies; their addresses are built here.
 */
import { apiUrl } from './api-url.ts';
import { requestJson, type RequestOptions } from './client.ts';
import type { ItemList, MembershipState } from './types.ts';

type Options = Pick<RequestOptions, 'lang' | 'signal'>;

const org = (orgId: string) => `/organisations/${encodeURIComponent(orgId)}`;

// ── Applying ────────────────────────────────────────────────────────────────

export interface MembershipApplicationInput {
  organisation: { name: string; kind: string; municipalityCode: string; website?: string };
  admin: { name: string; email: string; password: string };
}

/**
 * Applies to join. Answers 202 whether or not the admin's address has an account: a new
 * address gets a confirmation link, a known one a note that nothing was applied for.
 */
export function applyForMembership(body: MembershipApplicationInput, options: Options): Promise<void> {
  return requestJson<void>('/membership-applications', { ...options, method: 'POST', body });
}

// ── The coordinator ─────────────────────────────────────────────────────────

export type ApplicationState = 'pending' | 'approved' | 'rejected';

export interface MembershipApplication {
  id: string;
  state: ApplicationState;
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
  organisation: {
    id: string;
    slug: string;
    name: string;
    kind: string;
    municipalityCode: string;
    website: string | null;
    contactName: string | null;
    contactEmail: string | null;
    state: MembershipState | (string & {});
  };
}

/** Every application, pending ones first. */
export function listApplications(options: Options): Promise<ItemList<MembershipApplication>> {
  return requestJson('/membership-applications', { ...options, method: 'GET' });
}

export type ApplicationDecision = 'approve' | 'reject';

export function decideApplication(
  id: string,
  decision: ApplicationDecision,
  reason: string | null,
  options: Options,
): Promise<{ id: string; state: ApplicationState }> {
  return requestJson(`/membership-applications/${encodeURIComponent(id)}/${decision}`, {
    ...options,
    method: 'POST',
    body: reason ? { reason } : {},
  });
}

export interface CoordinatedOrganisation {
  id: string;
  slug: string;
  name: string;
  kind: string;
  state: MembershipState | (string & {});
  isCoordinatingBody: boolean;
  /** A scheduled leave, as a moment. */
  leaveAt: string | null;
  costWeight: number;
  publishedVacancies: number;
}

export function listCoordinatedOrganisations(options: Options): Promise<ItemList<CoordinatedOrganisation>> {
  return requestJson('/coordination/organisations', { ...options, method: 'GET' });
}

export type MembershipChange = 'suspend' | 'reinstate' | 'rejoin';

export function changeMembership(
  orgId: string,
  change: MembershipChange,
  reason: string | null,
  options: Options,
): Promise<{ id: string; state: string }> {
  return requestJson(`${org(orgId)}/${change}`, { ...options, method: 'POST', body: reason ? { reason } : {} });
}

export function setCostWeight(orgId: string, costWeight: number, options: Options): Promise<void> {
  return requestJson(`${org(orgId)}/cost-weight`, { ...options, method: 'PUT', body: { costWeight } });
}

export interface AuditEntry {
  id: number;
  at: string;
  action: string;
  actor: { id: string; name: string; email: string } | null;
  organisation: { id: string; slug: string; name: string } | null;
  subjectType: string;
  subjectId: string;
  reason: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/** The audit log's filters, as the API names them; empty ones are left out. */
export interface AuditFilters {
  organisation?: string;
  /** An exact action, or a prefix ending in a dot (`membership.`). */
  action?: string;
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
}

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
export function auditLogCsvUrl(filters: AuditFilters): string {
  const params = auditParams(filters);
  params.set('format', 'csv');
  return apiUrl('/audit-log', params);
}

export type CostKey = 'equal' | 'vacancies' | 'weight';

export interface StatsRow {
  organisation: { id: string; slug: string; name: string; state: MembershipState | (string & {}) };
  /** Days of membership within the period, to one decimal. */
  memberDays: number;
  vacanciesPublished: number;
  views: number;
  costWeight: number;
  /** Euros, to the cent. */
  costShare: number;
}

export interface Stats {
  from: string;
  to: string;
  costKey: CostKey;
  amount: number;
  items: StatsRow[];
  totals: { vacanciesPublished: number; views: number; costShare: number };
}

export function getStats(
  query: { from: string; to: string; costKey: CostKey; amount: number },
  options: Options,
): Promise<Stats> {
  const params = new URLSearchParams({
    from: query.from,
    to: query.to,
    costKey: query.costKey,
    amount: String(query.amount),
  });
  return requestJson('/stats', { ...options, params, method: 'GET' });
}

// ── The organisation's admin ────────────────────────────────────────────────

export interface LeavePreview {
  state: MembershipState | (string & {});
  /** A scheduled leave, as a moment; null when none is planned. */
  leaveAt: string | null;
  /** Published and scheduled vacancies, which leaving takes offline. */
  vacanciesGoingOffline: number;
  /** All the organisation's vacancies, which stay stored. */
  vacanciesKept: number;
  canLeave: boolean;
}

export function getLeavePreview(orgId: string, options: Options): Promise<LeavePreview> {
  return requestJson(`${org(orgId)}/leave-preview`, { ...options, method: 'GET' });
}

/** Leaves now (state `left`), or at the start of `effectiveDate` (state unchanged, `leaveAt` set). */
export function leaveAlliance(
  orgId: string,
  body: { reason: string; effectiveDate?: string },
  options: Options,
): Promise<{ id: string; state: string; leaveAt: string | null }> {
  return requestJson(`${org(orgId)}/leave`, { ...options, method: 'POST', body });
}

export function cancelScheduledLeave(orgId: string, options: Options): Promise<void> {
  return requestJson(`${org(orgId)}/leave`, { ...options, method: 'DELETE' });
}

/** The address of everything of the organisation as a zip, for a download link. */
export function organisationExportUrl(orgId: string): string {
  return apiUrl(`${org(orgId)}/export`);
}
