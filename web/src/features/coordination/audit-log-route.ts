import type { LoaderFunctionArgs } from 'react-router';
import {
  getAuditLog,
  listCoordinatedOrganisations,
  type AuditFilters,
  type AuditPage,
  type CoordinatedOrganisation,
} from '../../api/membership.ts';
import { onSessionEnd, requireUser } from '../../lib/guards.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { membershipMessages } from '../../i18n/membership-messages.ts';
import { failure, type FormFailure } from '../../lib/form-result.ts';
import { periodProblems } from './period.ts';

export const AUDIT_PAGE_SIZE = 25;

/**
 * The prefixes offered in the "kind of action" filter, as the API groups its actions: one for
 * every action the server writes (a budget change could only be found by scrolling: a
 * coordinator's walk).
 */
export const ACTION_GROUPS = [
  'membership.',
  'user.',
  'api_key.',
  'auth.',
  'organisation.',
  'search.',
  'application.',
  'budget.',
  'guest.',
  'applications.',
  'accounts.',
] as const;

export interface AuditLogData {
  /** The filters as in the address (dates as typed), for the form. */
  filters: Required<AuditFilters>;
  page: number;
  /** Null when the filters could not be used. */
  log: AuditPage | null;
  failure: FormFailure | null;
  organisations: CoordinatedOrganisation[];
}

/**
 * /coordinatie/auditlog?organisation=&action=&from=&to=&page=: the filters live in the
 * address, so a filtered view can be shared, and the CSV link repeats them.
 */
export async function auditLogLoader({ request }: LoaderFunctionArgs): Promise<AuditLogData> {
  await requireUser(request, ['coordinator']);
  const url = new URL(request.url);
  const lang = langFromPathname(url.pathname);
  const query = url.searchParams;
  const filters = {
    organisation: query.get('organisation')?.trim() ?? '',
    action: query.get('action')?.trim() ?? '',
    from: query.get('from')?.trim() ?? '',
    to: query.get('to')?.trim() ?? '',
  };
  const page = Math.max(1, Math.floor(Number(query.get('page') ?? '1')) || 1);
  const period = periodProblems(filters.from, filters.to, membershipMessages[lang]);
  const options = { lang, signal: request.signal };
  try {
    const [organisations, log] = await Promise.all([
      listCoordinatedOrganisations(options),
      period.problems
        ? Promise.resolve(null)
        : getAuditLog({ ...filters, ...period.dates }, { page, pageSize: AUDIT_PAGE_SIZE }, options),
    ]);
    return {
      filters,
      page,
      log,
      failure: period.problems ? failure(accountMessages[lang].form.checkFields, period.problems) : null,
      organisations: organisations.items,
    };
  } catch (error) {
    onSessionEnd(error, request);
    throw error;
  }
}
