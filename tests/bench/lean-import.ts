/**
 * The leanest bulk import (issue 18): what any portal that stores a vacancy before it indexes it
 * must spend on the bench's 10,000-vacancy import at least, measured in the same run as the floor.
 *
 * The bench process itself does the portal's least work per request of 1,000: the request's JSON
 * written and read back, every description sanitised, the rows inserted in one statement, and
 * the search documents made (the Dutch compounds and inflections included). It leaves out what a
 * real portal cannot: HTTP, validation, the rules, per-item answers, the history, the search
 * outbox and its worker, the read-back. The rows go into a copy of the vacancies table (its
 * constraints, indexes, foreign keys and Dutch text vector; no outbox trigger); the documents are
 * the imported vacancies' own, so the index ends as it was.
 *
 * Two ways to order the work, each also without the Dutch text vector (the degraded mode's search,
 * 70% of what PostgreSQL spends storing the rows), each the median of three runs:
 * - `pipelined`: each request's documents are sent to the engine as soon as its rows are stored,
 *   without waiting (the engine takes what queued up meanwhile together);
 * - `storedThenIndexed`: every row stored first, then the documents in one task (the engine pays
 *   its fixed cost per task once, but nothing overlaps).
 */
import type pg from 'pg';
import type { Meilisearch } from 'meilisearch';
import { toSearchDocument, type IndexableVacancy } from '@samenwerven/search';
import { sanitizeDescription } from '@samenwerven/server';
import { percentile } from './stats.ts';

/** A bulk item as the bench sends it to the ATS route. */
export interface BulkItem {
  externalId: string;
  title: string;
  summary: string | undefined;
  description: string | undefined;
  category: string;
  educationLevel: string;
  employmentType: string;
  hoursMin: number;
  hoursMax: number;
  salaryScale: number | null | undefined;
  salaryMin: number | null | undefined;
  salaryMax: number | null | undefined;
  municipalityCode: string;
  postcode: string | null | undefined;
  closingDate: string;
  state: string;
}

/** Seconds, in each order of the work, as the table is and without the Dutch text vector. */
export interface LeanImport {
  pipelined: number;
  storedThenIndexed: number;
  pipelinedWithoutTheTextVector: number;
  storedThenIndexedWithoutTheTextVector: number;
}

const REQUEST_SIZE = 1000;
const RUNS = 3;

/**
 * Times the leanest import of `items` (already imported through the portal, as `imported`: the
 * same vacancies, with their ids and work places) in both orders, each also without the text vector.
 */
export async function measureLeanImport(
  pool: pg.Pool,
  client: Meilisearch,
  indexName: string,
  organisationId: string,
  items: readonly BulkItem[],
  imported: readonly IndexableVacancy[],
): Promise<LeanImport> {
  const byExternalId = new Map(imported.map((v) => [v.externalId ?? '', v]));
  const connection = await pool.connect();
  const index = client.index(indexName);
  const wait = { timeout: 30 * 60_000, interval: 50 };
  const ids = imported.map((v) => v.id);
  /** One run: a fresh copy of the table and the documents out of the index, then timed. */
  const run = async (pipelined: boolean, withVector: boolean): Promise<number> => {
    await copyVacanciesTable(connection, 'bench_lean');
    if (!withVector) await connection.query('ALTER TABLE bench_lean DROP COLUMN search_vector');
    await index.deleteDocuments(ids).waitTask(wait);
    const started = performance.now();
    const tasks: ReturnType<typeof index.addDocuments>[] = [];
    const documents = [];
    // The inserts are not awaited in the loop: while PostgreSQL stores the first 1,000, this
    // process reads the next ones (the portal's two lanes overlap the same way); each next insert
    // is sent once the one before is done. Documents go to the engine only once their rows are stored.
    let stored: Promise<unknown> = Promise.resolve();
    for (let i = 0; i < items.length; i += REQUEST_SIZE) {
      const request = JSON.parse(JSON.stringify({ items: items.slice(i, i + REQUEST_SIZE) })) as { items: BulkItem[] };
      const rows = request.items.map((item) => storedRow(item, organisationId, byExternalId.get(item.externalId)!));
      const made = request.items.map((item) => toSearchDocument(byExternalId.get(item.externalId)!));
      const json = JSON.stringify(rows);
      const insert = () =>
        connection.query(
          `INSERT INTO bench_lean (${COLUMNS}) SELECT ${COLUMNS} FROM jsonb_populate_recordset(NULL::bench_lean, $1::jsonb)`,
          [json],
        );
      stored = (i === 0 ? insert() : stored.then(insert)).then(() => {
        if (pipelined) tasks.push(index.addDocuments(made));
      });
      if (!pipelined) documents.push(...made);
    }
    await stored;
    if (!pipelined) tasks.push(index.addDocuments(documents));
    for (const task of tasks) {
      const done = await task.waitTask(wait);
      if (done.status !== 'succeeded') throw new Error(`the lean import's indexing failed: ${done.status}`);
    }
    return (performance.now() - started) / 1000;
  };
  try {
    const runs: Record<keyof LeanImport, number[]> = {
      pipelined: [],
      storedThenIndexed: [],
      pipelinedWithoutTheTextVector: [],
      storedThenIndexedWithoutTheTextVector: [],
    };
    // Taken in turns: the machine's pace drifts within a run.
    for (let round = 0; round < RUNS; round++) {
      runs.pipelined.push(await run(true, true));
      runs.storedThenIndexed.push(await run(false, true));
      runs.pipelinedWithoutTheTextVector.push(await run(true, false));
      runs.storedThenIndexedWithoutTheTextVector.push(await run(false, false));
    }
    const median = (values: number[]) =>
      Math.round(
        percentile(
          values.toSorted((a, b) => a - b),
          50,
        ) * 10,
      ) / 10;
    return {
      pipelined: median(runs.pipelined),
      storedThenIndexed: median(runs.storedThenIndexed),
      pipelinedWithoutTheTextVector: median(runs.pipelinedWithoutTheTextVector),
      storedThenIndexedWithoutTheTextVector: median(runs.storedThenIndexedWithoutTheTextVector),
    };
  } catch (error) {
    // A run that failed part-way may have left the imported vacancies out of the live index.
    await index
      .addDocuments(imported.map(toSearchDocument))
      .waitTask(wait)
      .catch(() => undefined);
    throw error;
  } finally {
    await connection.query('DROP TABLE IF EXISTS bench_lean').catch(() => undefined);
    connection.release();
  }
}

/**
 * A new, empty copy of the vacancies table under `name` (dropped first if it is there): its
 * columns, the generated text vector, its checks, its indexes and its two foreign keys (LIKE
 * copies the checks, not the foreign keys), without the outbox trigger.
 */
export async function copyVacanciesTable(connection: pg.PoolClient, name: string): Promise<void> {
  await connection.query(`DROP TABLE IF EXISTS ${name}`);
  await connection.query(
    `CREATE TABLE ${name} (LIKE vacancies INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING INDEXES)`,
  );
  await connection.query(
    `ALTER TABLE ${name} ADD FOREIGN KEY (organisation_id) REFERENCES organisations (id),
       ADD FOREIGN KEY (category_code) REFERENCES categories (code)`,
  );
}

const COLUMNS = [
  'organisation_id',
  'external_id',
  'state',
  'title',
  'summary',
  'description',
  'category_code',
  'education_level',
  'employment_type',
  'hours_min',
  'hours_max',
  'salary_scale',
  'salary_min',
  'salary_max',
  'municipality_code',
  'postcode',
  'latitude',
  'longitude',
  'closing_date',
  'published_at',
].join(', ');

/** The row the portal would store for an item; the place's coordinates as the portal found them. */
function storedRow(item: BulkItem, organisationId: string, place: IndexableVacancy): Record<string, unknown> {
  return {
    organisation_id: organisationId,
    external_id: item.externalId,
    state: item.state,
    title: item.title,
    summary: item.summary ?? '',
    description: sanitizeDescription(item.description ?? ''),
    category_code: item.category,
    education_level: item.educationLevel,
    employment_type: item.employmentType,
    hours_min: item.hoursMin,
    hours_max: item.hoursMax,
    salary_scale: item.salaryScale ?? null,
    salary_min: item.salaryMin ?? null,
    salary_max: item.salaryMax ?? null,
    municipality_code: item.municipalityCode,
    postcode: item.postcode ?? null,
    latitude: place.latitude,
    longitude: place.longitude,
    closing_date: item.closingDate,
    published_at: new Date().toISOString(),
  };
}
