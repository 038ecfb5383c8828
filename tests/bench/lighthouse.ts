/**
 * Lighthouse scores of the public pages (issue 19), desktop and mobile, against a running portal:
 *
 *   npm start                                  (another terminal; or any portal's address below)
 *   npm run lighthouse [-- http://localhost:3000]
 *
 * Runs Lighthouse 12.8 (the last release for Node 20) through npx, so the project does not carry
 * it, with the same Chromium as the tests. Lighthouse's mobile run simulates a mid-range phone
 * on a slow 4G network; desktop its desktop preset. Writes bench/results/lighthouse-latest.{json,md}.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { chromiumArgs, findChromium } from '../support/chromium.ts';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FORM_FACTORS = ['desktop', 'mobile'] as const;
const RESULTS = new URL('../../bench/results/', import.meta.url);

interface Score {
  page: string;
  path: string;
  formFactor: (typeof FORM_FACTORS)[number];
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  cls: number;
  /** Pass-or-fail audits that failed (scored 0), by id; the performance metrics are in the scores. */
  failed: string[];
}

interface LighthouseReport {
  categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string }>;
}

/** The pages to score: home, a search, the first vacancy it finds and its organisation. */
async function pagesOf(origin: string): Promise<{ page: string; path: string }[]> {
  const response = await fetch(`${origin}/api/v1/vacancies?q=beleidsadviseur&pageSize=1`);
  if (!response.ok) throw new Error(`${origin} answered ${response.status}: is the portal running?`);
  const { hits } = (await response.json()) as { hits: { id: string; organisation: { slug: string } }[] };
  const first = hits[0];
  if (!first) throw new Error('the search for "beleidsadviseur" found nothing: start the portal with demo data');
  return [
    { page: 'home', path: '/' },
    { page: 'search', path: '/?q=beleidsadviseur&category=beleid' },
    { page: 'vacancy', path: `/vacatures/${first.id}` },
    { page: 'organisation', path: `/organisaties/${first.organisation.slug}` },
  ];
}

async function lighthouse(url: string, formFactor: Score['formFactor'], chromium: string): Promise<LighthouseReport> {
  const flags = [
    '--yes',
    LIGHTHOUSE,
    url,
    '--quiet',
    '--output=json',
    '--output-path=stdout',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-path=${chromium}`,
    `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const { stdout } = await promisify(execFile)('npx', flags, { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as LighthouseReport;
}

function scoreOf(report: LighthouseReport, page: string, path: string, formFactor: Score['formFactor']): Score {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)]),
  ) as Score['scores'];
  const metrics = new Set(report.categories['performance']?.auditRefs.filter((a) => a.weight > 0).map((a) => a.id));
  const failed = Object.entries(report.audits)
    .filter(([id, audit]) => !metrics.has(id) && audit.scoreDisplayMode === 'binary' && audit.score === 0)
    .map(([id]) => id);
  return {
    page,
    path,
    formFactor,
    scores,
    lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
    cls: Math.round((report.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
    failed,
  };
}

async function main(): Promise<void> {
  const origin = (process.argv[2] ?? 'http://localhost:3000').replace(/\/$/, '');
  const chromium = findChromium();
  if (!chromium) throw new Error('no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');
  const results: Score[] = [];
  for (const { page, path } of await pagesOf(origin)) {
    for (const formFactor of FORM_FACTORS) {
      const score = scoreOf(await lighthouse(`${origin}${path}`, formFactor, chromium), page, path, formFactor);
      results.push(score);
      process.stdout.write(`${page} ${formFactor}: ${JSON.stringify(score.scores)} LCP ${score.lcpMs} ms\n`);
    }
  }
  const rows = results.map(
    (r) =>
      `| ${r.page} \`${r.path}\` | ${r.formFactor} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${r.lcpMs} ms | ${r.cls} | ${r.failed.join(', ') || '—'} |`,
  );
  const markdown = [
    `# Lighthouse (${LIGHTHOUSE}) on ${origin}, ${new Date().toISOString()}`,
    '',
    `\`npm run lighthouse -- ${origin}\` (tests/bench/lighthouse.ts). Mobile: Lighthouse's simulated mid-range phone on slow 4G; desktop: its desktop preset.`,
    '',
    `| page | form factor | ${CATEGORIES.join(' | ')} | LCP | CLS | failed audits |`,
    `| --- | --- | ${CATEGORIES.map(() => '---').join(' | ')} | --- | --- | --- |`,
    ...rows,
    '',
  ];
  await mkdir(RESULTS, { recursive: true });
  await writeFile(new URL('lighthouse-latest.json', RESULTS), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(new URL('lighthouse-latest.md', RESULTS), markdown.join('\n'));
  process.stdout.write(`\n${markdown.join('\n')}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
