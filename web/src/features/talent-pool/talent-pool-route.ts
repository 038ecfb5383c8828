/**
 * The loader of /beheer/talentpool (/en/manage/talent-pool): the alliance's talent pool,
 * searched by the filters in the address (a GET form, so a search is a link). HR officers and
 * organisation admins of an active member only; the API decides, this page only explains.
 */
import type { LoaderFunctionArgs } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  searchTalentPool,
  TALENT_POOL_PAGE_SIZE,
  type TalentPool,
  type TalentPoolQuery,
} from '../../api/talent-pool.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { failureFrom, type FormFailure } from '../../lib/form-result.ts';
import { onSessionEnd, requireStaff } from '../../lib/guards.ts';

/** The distances offered around a place, as the vacancy search offers them; 25 km by default. */
export const RADIUS_CHOICES = [5, 10, 15, 25, 50, 100] as const;
export const DEFAULT_RADIUS_KM = 25;

export interface TalentPoolFilters {
  q: string;
  category: string;
  educationLevel: string;
  near: string;
  radiusKm: string;
}

export interface TalentPoolData {
  /** The filters as in the address, for the form. */
  filters: TalentPoolFilters;
  page: number;
  pages: number;
  /** Null when the organisation is not an active member or the filters were refused. */
  pool: TalentPool | null;
  failure: FormFailure | null;
  inactive: boolean;
}

export async function talentPoolLoader({ request }: LoaderFunctionArgs): Promise<TalentPoolData> {
  const { organisation } = await requireStaff(request);
  const url = new URL(request.url);
  const lang = langFromPathname(url.pathname);
  const text = (key: keyof TalentPoolFilters) => url.searchParams.get(key)?.trim() ?? '';
  const filters: TalentPoolFilters = {
    q: text('q'),
    category: text('category'),
    educationLevel: text('educationLevel'),
    near: text('near'),
    radiusKm: text('radiusKm'),
  };
  const page = Math.min(Math.max(Math.floor(Number(url.searchParams.get('page') ?? '1')) || 1, 1), 1000);
  const none = { filters, page, pages: 1, pool: null };
  if (organisation.state !== 'active') return { ...none, failure: null, inactive: true };

  const radius = Number(filters.radiusKm);
  const query: Omit<TalentPoolQuery, 'pageSize'> = {
    page,
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.educationLevel ? { educationLevel: filters.educationLevel as TalentPoolQuery['educationLevel'] } : {}),
    // A radius without a place would be a filter that does nothing.
    ...(filters.near
      ? {
          near: filters.near,
          radiusKm: (RADIUS_CHOICES as readonly number[]).includes(radius) ? radius : DEFAULT_RADIUS_KM,
        }
      : {}),
  };
  try {
    const pool = await searchTalentPool(organisation.id, query, { lang, signal: request.signal });
    const pages = Math.max(1, Math.ceil(pool.total / TALENT_POOL_PAGE_SIZE));
    return { filters, page, pages, pool, failure: null, inactive: false };
  } catch (error) {
    onSessionEnd(error, request);
    if (error instanceof ApiError && error.status === 403 && error.code === 'membership_inactive') {
      return { ...none, failure: null, inactive: true };
    }
    if (error instanceof ApiError && error.status === 400) {
      return { ...none, failure: failureFrom(error, accountMessages[lang].form.offline), inactive: false };
    }
    throw error;
  }
}
