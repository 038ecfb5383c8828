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

const WORDS = [
  'beleid',
  'jurist',
  'adviseur',
  'ict',
  'toezicht',
  'archief',
  'projectleider',
  'handhaving',
  'data',
  'inkoop',
];
const CATEGORIES = ['beleid', 'ict', 'financien', 'juridisch', 'communicatie', 'techniek', 'zorg', 'dienstverlening'];

export async function measureAlerts(
  db: Db,
  client: SearchClient,
  indexName: string,
  sizes: { alerts: number; burst: number },
  log: (m: string) => void,
): Promise<AlertsResult> {
  // Alerts confirmed an hour ago: a word and a field of work, a third of them also a place.
  await db.pool.query(
    `INSERT INTO search_alerts (email, name, query, frequency, lang, confirmed_at, matched_from)
     SELECT 'bench-' || g || '@example.org', 'bench ' || g,
            'q=' || ($2::text[])[1 + g % array_length($2::text[], 1)]
              || '&category=' || ($3::text[])[1 + (g / 10) % array_length($3::text[], 1)]
              || CASE WHEN g % 3 = 0 THEN '&near=GM0855&radiusKm=25' ELSE '' END,
            'instant', 'nl', now() - interval '1 hour', now() - interval '1 hour'
       FROM generate_series(1, $1::int) g`,
    [sizes.alerts, WORDS, CATEGORIES],
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
  log(`alerts: matched ${matched.alerts} alerts (${matched.matched} matches) in ${matchSeconds.toFixed(1)} s`);
  started = performance.now();
  const mails = await sendDueAlerts(deps, new Date());
  const sendSeconds = (performance.now() - started) / 1000;
  log(`alerts: queued ${mails} mails in ${sendSeconds.toFixed(1)} s`);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    alerts: matched.alerts,
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
    `| matched (the job's matching step) | ${a.matchSeconds} s | ${a.alertsPerSecond.toLocaleString('en')} alerts/s, ${a.matches.toLocaleString('en')} matches |`,
    `| mails queued (the job's sending step) | ${a.sendSeconds} s | ${a.mailsPerSecond.toLocaleString('en')} mails/s, ${a.mails.toLocaleString('en')} mails |`,
    '',
  ];
}

export const alertsSummary = (a: AlertsResult) => ({
  'alerts.alertsPerSecond': a.alertsPerSecond,
  'alerts.matchSeconds': a.matchSeconds,
  'alerts.sendSeconds': a.sendSeconds,
});
