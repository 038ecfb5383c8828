/**
 * The vocabulary the search brings typed inflections back to (@samenwerven/search's
 * inflections.ts), kept per database handle and renewed in the background every few minutes
 * (../kept-read.ts): a new title's words count from the next renewal on. Without a vocabulary
 * (the database away) the words go to the engine as typed.
 */
import type { Database } from '@samenwerven/db';
import { InflectionVocabulary, loadInflectionVocabulary } from '@samenwerven/search';
import { KeptRead } from '../kept-read.ts';

const vocabularies = new KeptRead<Database, InflectionVocabulary>({
  read: loadInflectionVocabulary,
  empty: new InflectionVocabulary(),
  renewAfterMs: 10 * 60_000,
});

export function titleVocabularyFor(db: Database): Promise<InflectionVocabulary> {
  return vocabularies.get(db);
}
