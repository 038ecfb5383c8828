/**
 * Full rebuild with zero downtime: fill a fresh index from the database, then swap it
 * with the live one atomically and drop the old. Searches keep hitting the old index
 * until the swap.
 */
import type { Meilisearch } from 'meilisearch';
import type { Database } from '@samenwerven/db';
import { applyIndexChanges, ensureVacancyIndex, loadVacanciesToIndex, waitOptions } from './vacancy-index.ts';
import { toSearchDocument } from './document.ts';
import { bumpIndexVersion } from './sync-worker.ts';

export async function reindexVacancies(
  db: Database,
  client: Meilisearch,
  indexName: string,
  options: { batchSize?: number; synonymGroups: string[][] },
): Promise<{ documents: number }> {
  const next = `${indexName}_next`;
  // A leftover from an interrupted rebuild is thrown away first.
  if ((await client.getIndexes({ limit: 1000 })).results.some((i) => i.uid === next))
    await client.deleteIndex(next).waitTask(waitOptions);
  await ensureVacancyIndex(client, next, options.synonymGroups);
  await ensureVacancyIndex(client, indexName, options.synonymGroups);
  const documents = (await loadVacanciesToIndex(db, new Date())).map(toSearchDocument);
  const batchSize = options.batchSize ?? 5000;
  for (let i = 0; i < documents.length; i += batchSize) {
    await applyIndexChanges(client, next, { upserts: documents.slice(i, i + batchSize), deletes: [] });
  }
  const swap = await client.swapIndexes([{ indexes: [indexName, next], rename: false }]).waitTask(waitOptions);
  if (swap.status !== 'succeeded') throw new Error(`Index swap failed: ${swap.error?.message ?? swap.status}`);
  await bumpIndexVersion(db);
  await client.deleteIndex(next).waitTask(waitOptions);
  return { documents: documents.length };
}
