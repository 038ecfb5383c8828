/**
 * The shared talent pool (issue 13): candidates who applied with consent `pool` may be approached
 * by every active member until that consent ends (a year, renewable). Who may search it is
 * declared on the route; this decides what the pool holds.
 */
import type { Executor } from '@samenwerven/db';
import { POOL_DAYS } from '../applications/retention.ts';
import { AppError } from '../errors.ts';
import { resolvePlace } from '../vacancies/service.ts';
import { candidateFromRow } from './presenter.ts';
import { selectPoolCandidates } from './queries.ts';
import type { TalentPoolQuery } from './schemas.ts';

/** Default radius around `near`, as the vacancy search has it. */
const DEFAULT_RADIUS_KM = 25;

/**
 * One page of the pool at `now`: one entry per candidate e-mail (the newest of their running
 * pool applications that match), newest consents first. `near` is resolved as the vacancy
 * search resolves it; a place it does not know is a 400 on that field.
 */
export async function searchTalentPool(db: Executor, query: TalentPoolQuery, now = new Date()) {
  const point = query.near === undefined ? undefined : resolvePlace(query.near);
  if (query.near !== undefined && !point) {
    throw new AppError(400, 'validation_failed', 'error.validation_failed', {
      fields: { near: 'error.unknown_place' },
    });
  }
  const { rows, total } = await selectPoolCandidates(
    db,
    {
      now,
      poolDays: POOL_DAYS,
      q: query.q,
      category: query.category,
      educationLevel: query.educationLevel,
      near: point && { ...point, radiusKm: query.radiusKm ?? DEFAULT_RADIUS_KM },
    },
    { page: query.page, pageSize: query.pageSize },
  );
  return { items: rows.map(candidateFromRow), total };
}
