/**
 * The vocabulary the search brings typed inflections back to (@samenwerven/search's
 * inflections.ts), kept per database handle and renewed in the background every few minutes:
 * a new title's words count from the next renewal on. A search never waits for a renewal, and
 * the first load waits a moment at most; without a vocabulary (the database away) the words go
 * to the engine as typed.
 */
import type { Database } from '@samenwerven/db';
import { InflectionVocabulary, loadInflectionVocabulary } from '@samenwerven/search';
import { withinTime } from '../within-time.ts';

const RENEW_AFTER_MS = 10 * 60_000;
/** How long the first search waits for the first load. */
const FIRST_LOAD_WAIT_MS = 2_000;
/** After a failed load, the next try waits this long. */
const RETRY_AFTER_MS = 30_000;

const NO_VOCABULARY = new InflectionVocabulary();

interface Kept {
  vocabulary: InflectionVocabulary;
  /** From when a search starts a renewal. */
  renewFrom: number;
  loading: Promise<InflectionVocabulary> | undefined;
}

const kept = new WeakMap<Database, Kept>();

function load(db: Database, entry: Kept): Promise<InflectionVocabulary> {
  entry.loading ??= loadInflectionVocabulary(db)
    .then((vocabulary) => {
      entry.vocabulary = vocabulary;
      entry.renewFrom = Date.now() + RENEW_AFTER_MS;
      return vocabulary;
    })
    .catch(() => {
      entry.renewFrom = Date.now() + RETRY_AFTER_MS;
      return entry.vocabulary;
    })
    .finally(() => {
      entry.loading = undefined;
    });
  return entry.loading;
}

export async function titleVocabularyFor(db: Database): Promise<InflectionVocabulary> {
  let entry = kept.get(db);
  if (!entry) kept.set(db, (entry = { vocabulary: NO_VOCABULARY, renewFrom: 0, loading: undefined }));
  if (Date.now() >= entry.renewFrom) void load(db, entry);
  if (entry.vocabulary !== NO_VOCABULARY || !entry.loading) return entry.vocabulary;
  // Nothing loaded yet: the search waits for the first load, a moment at most.
  return withinTime(entry.loading, FIRST_LOAD_WAIT_MS).catch(() => NO_VOCABULARY);
}
