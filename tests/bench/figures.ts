/**
 * The figures phase: the coordinator's cockpit, the cost split and a member's dashboard for a
 * year, at the bench's data size. Fills a year of daily counters first (30 days of activity per
 * vacancy: 3 million rows at 100k vacancies) and makes every member a member for the whole
 * year, so the figures sum real amounts of rows, and sets budgets, so a dashboard works out
 * what the member pays too. One client, sequential requests: the time a
 * coordinator or a member's director waits for the page's data.
 */
import { rebuildOrganisationDays, type createDb } from '@samenwerven/db';
import { dutchDate, addDays } from '@samenwerven/calendar';
import { hashPassword } from '@samenwerven/server';
import { percentile } from './stats.ts';

type Db = ReturnType<typeof createDb>;
const RUNS = 15;

export interface FiguresResult {
  counterRows: number;
  fillSeconds: number;
  /** p50 / p95 / max in ms per request, over RUNS requests each. */
  cockpit: Timing;
  stats: Timing;
  dashboard: Timing;
}
interface Timing {
  p50: number;
  p95: number;
  max: number;
}

export async function prepareFigures(db: Db, log: (m: string) => void): Promise<{ rows: number; seconds: number }> {
  const started = performance.now();
  await db.pool.query(`UPDATE membership_periods SET started_at = now() - interval '400 days'`);
  // Each vacancy active on 30 days spread over the last year; the counts vary with the day.
  const { rowCount } = await db.pool.query(`
    INSERT INTO vacancy_views (vacancy_id, day, views, from_widget, from_feed, impressions, applications, hires)
    SELECT v.id, current_date - ((abs(hashtext(v.id::text)) + g * 11) % 365),
           1 + g % 20, (g % 5 = 0)::int, (g % 7 = 0)::int, 10 + g % 50, (g % 10 = 0)::int, (g = 29)::int
      FROM vacancies v CROSS JOIN generate_series(0, 29) g
    ON CONFLICT DO NOTHING`);
  await rebuildOrganisationDays(db.db);
  await db.pool.query('ANALYZE vacancy_views');
  await db.pool.query('ANALYZE organisation_days');
  const seconds = (performance.now() - started) / 1000;
  log(`figures: ${rowCount?.toLocaleString('en')} counter rows in ${seconds.toFixed(1)} s`);
  return { rows: rowCount ?? 0, seconds };
}

async function signIn(origin: string, db: Db, role: 'coordinator' | 'org_admin', organisationId: string) {
  const email = `bench-${role}-${process.pid}@example.nl`;
  await db.pool.query(
    `INSERT INTO users (email, name, role, organisation_id, password_hash) VALUES ($1, 'Bench', $2, $3, $4)`,
    [email, role, organisationId, await hashPassword('bench-wachtwoord-lang')],
  );
  const response = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench-wachtwoord-lang' }),
  });
  return { authorization: `Bearer ${((await response.json()) as { token: string }).token}` };
}

async function time(url: string, headers: Record<string, string>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), max: round(samples.at(-1)!) };
}

export async function measureFigures(
  origin: string,
  db: Db,
  ids: { office: string; member: string },
  prepared: { rows: number; seconds: number },
): Promise<FiguresResult> {
  const today = dutchDate();
  const year = `from=${addDays(today, -364)}&to=${today}`;
  const coordinator = await signIn(origin, db, 'coordinator', ids.office);
  const admin = await signIn(origin, db, 'org_admin', ids.member);
  // Budgets for both years the period touches: the dashboard then also works out its costs.
  for (const year of new Set([addDays(today, -364).slice(0, 4), today.slice(0, 4)])) {
    const response = await fetch(`${origin}/api/v1/coordination/budgets/${year}`, {
      method: 'PUT',
      headers: { ...coordinator, 'content-type': 'application/json' },
      body: JSON.stringify({ amount: 150_000, costKey: 'vacancies' }),
    });
    if (!response.ok) throw new Error(`budget ${year}: ${response.status}`);
  }
  return {
    counterRows: prepared.rows,
    fillSeconds: Math.round(prepared.seconds * 10) / 10,
    cockpit: await time(`${origin}/api/v1/coordination/cockpit?${year}`, coordinator),
    stats: await time(`${origin}/api/v1/stats?${year}&key=vacancies&amount=150000`, coordinator),
    dashboard: await time(`${origin}/api/v1/organisations/${ids.member}/dashboard?${year}`, admin),
  };
}

export function figuresReport(f: FiguresResult): string[] {
  const row = (name: string, t: Timing) =>
    `| ${name} | ${t.p50} / ${t.p95} / ${t.max} ms | < 1000 ms | ${t.p95 < 1000 ? 'yes' : 'no'} |`;
  return [
    `## Figures for a year (${f.counterRows.toLocaleString('en')} daily counter rows, filled in ${f.fillSeconds} s; one client, ${RUNS} requests each)`,
    '',
    '| request | p50 / p95 / max | target (p95) | met |',
    '| --- | --- | --- | --- |',
    row("coordinator's cockpit", f.cockpit),
    row('cost split (/stats)', f.stats),
    row("a member's dashboard (incl. its costs)", f.dashboard),
    '',
  ];
}

export const figuresSummary = (f: FiguresResult) => ({
  'figures.cockpit.p95': f.cockpit.p95,
  'figures.stats.p95': f.stats.p95,
  'figures.dashboard.p95': f.dashboard.p95,
});
