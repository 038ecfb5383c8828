/**
 * The alliance's figures per member and period: how long each was a member, what it
 * published and how often its vacancies were viewed, and its share of the costs by the
 * key the coordinator chooses.
 */
import type { Database } from '@samenwerven/db';
import { countPublishedVacancies, countViews, listMemberOrganisations, listMembershipPeriods } from './queries.ts';

export type CostKey = 'equal' | 'vacancies' | 'weight';

const DAY = 86_400_000;

/** Days of overlap between a membership period and [from, to). */
function overlapDays(startedAt: Date, endedAt: Date | null, from: Date, to: Date): number {
  const start = Math.max(startedAt.getTime(), from.getTime());
  const end = Math.min((endedAt ?? to).getTime(), to.getTime());
  return Math.max(0, (end - start) / DAY);
}

export async function allianceStats(
  db: Database,
  input: { from: string; to: string; costKey: CostKey; amount: number },
) {
  const from = new Date(`${input.from}T00:00:00Z`);
  const to = new Date(Date.parse(`${input.to}T00:00:00Z`) + DAY);
  const orgs = await listMemberOrganisations(db);
  const periods = await listMembershipPeriods(db);
  const publishedBy = await countPublishedVacancies(db, from, to);
  const viewsBy = await countViews(db, input.from, input.to);

  const rows = orgs
    .map((org) => {
      const memberDays = periods
        .filter((p) => p.organisationId === org.id)
        .reduce((sum, p) => sum + overlapDays(p.startedAt, p.endedAt, from, to), 0);
      return {
        organisation: { id: org.id, slug: org.slug, name: org.name, state: org.state },
        memberDays: Math.round(memberDays * 10) / 10,
        vacanciesPublished: publishedBy.get(org.id) ?? 0,
        views: viewsBy.get(org.id) ?? 0,
        costWeight: org.costWeight,
      };
    })
    .filter((row) => row.memberDays > 0);

  // Every key is time-weighted: a member for half the period pays half its share.
  const basis = (row: (typeof rows)[number]) =>
    input.costKey === 'equal'
      ? row.memberDays
      : input.costKey === 'vacancies'
        ? row.vacanciesPublished
        : row.costWeight * row.memberDays;
  const total = rows.reduce((sum, row) => sum + basis(row), 0);
  const items = rows.map((row) => ({
    ...row,
    costShare: total > 0 ? Math.round(((input.amount * basis(row)) / total) * 100) / 100 : 0,
  }));
  return {
    from: input.from,
    to: input.to,
    costKey: input.costKey,
    amount: input.amount,
    items,
    totals: {
      vacanciesPublished: items.reduce((s, i) => s + i.vacanciesPublished, 0),
      views: items.reduce((s, i) => s + i.views, 0),
      costShare: Math.round(items.reduce((s, i) => s + i.costShare, 0) * 100) / 100,
    },
  };
}

/**
 * Divides an amount in proportion to the weights, in whole cents that add up exactly to the
 * amount (largest remainder), so the figures' total is never a cent off.
 */
export function splitInCents(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const cents = Math.round(amount * 100);
  if (total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (cents * w) / total);
  const floors = exact.map(Math.floor);
  let left = cents - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - floors[i]!, i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]!++;
    left--;
  }
  return floors.map((c) => c / 100);
}
