/**
 * The alerts phase: many instant alerts and a burst of publications, matched and queued as the
 * minute's job does it (alerts/runs.ts), against the bench's index and database. Reports alerts
 * matched per second and mails queued per second, side by side with the counts.
 */
import type { createDb } from '@samenwerven/db';
import type { createSearchClient } from '@samenwerven/search';
import { matchAlerts, sendDueAlerts } from '@samenwerven/server';

type Db = ReturnType<typeof createDb>;
type SearchClient = ReturnType<typeof createSearchClient>;

export interface AlertsResult {
  alerts: number;
  /** Distinct searches among the alerts: each runs once. */
  searches: number;
  burst: number;
  /** Seconds from the burst's commit until the index held all of it. */
  indexedSeconds: number;
  matchSeconds: number;
  matches: number;
  alertsPerSecond: number;
  sendSeconds: number;
  mails: number;
  mailsPerSecond: number;
}

/** A deterministic random number in [0, 1) (mulberry32), so every run makes the same alerts. */
export function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One of `items` (most common first), the common ones far more often: roughly Zipf's law. */
export const zipf = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.min(items.length - 1, Math.floor(items.length ** random()) - 1)]!;

/**
 * The alerts' searches as job seekers make them: a word of the vacancies' titles (sometimes two),
 * often a field of work, a third near a place, some with a minimum of hours; common choices far
 * more often than rare ones. Many alerts share a search, as on a real portal; the report says
 * how many distinct searches there were.
 */
export async function alertQueries(db: Db, count: number, seed = 15): Promise<string[]> {
  const words = (
    await db.pool.query<{ word: string }>(
      `SELECT word FROM (SELECT lower(regexp_split_to_table(title, '[^[:alpha:]]+')) AS word FROM vacancies) w
        WHERE length(word) >= 5 GROUP BY word ORDER BY count(*) DESC, word LIMIT 600`,
    )
  ).rows.map((r) => r.word);
  const categories = (
    await db.pool.query<{ code: string }>(
      `SELECT category_code AS code FROM vacancies WHERE category_code IS NOT NULL
        GROUP BY 1 ORDER BY count(*) DESC, 1`,
    )
  ).rows.map((r) => r.code);
  const places = (
    await db.pool.query<{ code: string }>(
      `SELECT municipality_code AS code FROM vacancies GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 200`,
    )
  ).rows.map((r) => r.code);
  const random = randomSource(seed);
  return Array.from({ length: count }, () => {
    const params = new URLSearchParams();
    if (random() < 0.85) {
      const word = zipf(random, words);
      params.set('q', random() < 0.15 ? `${word} ${zipf(random, words)}` : word);
    }
    if (random() < 0.6) params.set('category', zipf(random, categories));
    if (random() < 0.35) {
      params.set('near', zipf(random, places));
      params.set('radiusKm', String([10, 25, 50][Math.floor(random() * 3)]));
    }
    if (random() < 0.15) params.set('hoursMin', random() < 0.5 ? '24' : '32');
    // As the portal stores them (alerts/query.ts): keys in a fixed order.
    params.sort();
    return params.toString();
  });
}

export async function measureAlerts(
  db: Db,
  client: SearchClient,
  indexName: string,
  sizes: { alerts: number; burst: number },
  log: (m: string) => void,
): Promise<AlertsResult> {
  // Instant alerts confirmed an hour ago.
  const queries = await alertQueries(db, sizes.alerts);
  await db.pool.query(
    `INSERT INTO search_alerts (email, name, query, frequency, lang, confirmed_at, matched_from)
     SELECT 'bench-' || g || '@example.org', 'bench ' || g, query,
            'instant', 'nl', now() - interval '1 hour', now() - interval '1 hour'
       FROM unnest($1::text[]) WITH ORDINALITY AS q(query, g)`,
    [queries],
  );
  const burstAt = new Date();
  // The burst: published vacancies published again now (their outbox rows reach the index).
  await db.pool.query(
    `UPDATE vacancies SET published_at = now(), version = version + 1
      WHERE id IN (SELECT id FROM vacancies WHERE state = 'published' ORDER BY id LIMIT $1)`,
    [sizes.burst],
  );
  const committed = performance.now();
  const since = Math.floor(burstAt.getTime() / 1000);
  for (let attempt = 0; ; attempt++) {
    const result = await client.index(indexName).search('', { filter: `publishedAt >= ${since}`, limit: 0 });
    if ((result.estimatedTotalHits ?? 0) >= sizes.burst * 0.95 || attempt > 1200) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const indexedSeconds = (performance.now() - committed) / 1000;
  log(
    `alerts: ${sizes.alerts.toLocaleString('en')} alerts, burst of ${sizes.burst} indexed in ${indexedSeconds.toFixed(1)} s`,
  );
  const deps = {
    db: db.db,
    search: { client, indexName },
    publicUrl: 'http://localhost:3000',
    secret: 'bench-secret-bench-secret-bench-secret',
    log: { warn: () => undefined },
  };
  let started = performance.now();
  const matched = await matchAlerts(deps, new Date(), { until: new Date(burstAt.getTime() - 1000) });
  const matchSeconds = (performance.now() - started) / 1000;
  log(
    `alerts: matched ${matched.alerts} alerts (${matched.searches} distinct searches, ${matched.matched} matches) in ${matchSeconds.toFixed(1)} s`,
  );
  started = performance.now();
  const mails = await sendDueAlerts(deps, new Date());
  const sendSeconds = (performance.now() - started) / 1000;
  log(`alerts: queued ${mails} mails in ${sendSeconds.toFixed(1)} s`);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    alerts: matched.alerts,
    searches: matched.searches,
    burst: sizes.burst,
    indexedSeconds: round(indexedSeconds),
    matchSeconds: round(matchSeconds),
    matches: matched.matched,
    alertsPerSecond: Math.round(matched.alerts / matchSeconds),
    sendSeconds: round(sendSeconds),
    mails,
    mailsPerSecond: Math.round(mails / sendSeconds),
  };
}

export function alertsReport(a: AlertsResult): string[] {
  return [
    `## Alerts: ${a.alerts.toLocaleString('en')} instant alerts, a burst of ${a.burst.toLocaleString('en')} publications`,
    '',
    '| step | time | figures |',
    '| --- | --- | --- |',
    `| burst indexed | ${a.indexedSeconds} s | — |`,
    `| matched (the job's matching step) | ${a.matchSeconds} s | ${a.alertsPerSecond.toLocaleString('en')} alerts/s (${a.searches.toLocaleString('en')} distinct searches), ${a.matches.toLocaleString('en')} matches |`,
    `| mails queued (the job's sending step) | ${a.sendSeconds} s | ${a.mailsPerSecond.toLocaleString('en')} mails/s, ${a.mails.toLocaleString('en')} mails |`,
    '',
  ];
}

export const alertsSummary = (a: AlertsResult) => ({
  'alerts.alertsPerSecond': a.alertsPerSecond,
  'alerts.matchSeconds': a.matchSeconds,
  'alerts.sendSeconds': a.sendSeconds,
});
