/**
 * Dutch inflections in the words a job seeker types (issue 18). Titles name one person in the
 * singular ("Epidemioloog", "Jurist"); people search for the many ("epidemiologen", "juristen")
 * or another form, and Meilisearch matches whole words, prefixes and typos only: it has no
 * Dutch stemming. "juristen" is one typo too many from "jurist"; "epidemiologen" three.
 *
 * So a word of the query the titles do not use is brought back to the form they do use, when
 * both have the same stem (the Snowball stemmer for Dutch, from nlp.js). The forms the titles use
 * — the vocabulary — are the words of the portal's vacancy titles and their compound parts, and
 * the shipped ESCO occupation titles: what the index holds, seen by the same stemmer as the
 * query. A word the titles use is left as it is, as is one whose title form it is the beginning
 * of (the engine's prefix search already finds "medewerk…"), and one with no known stem.
 */
import { createRequire } from 'node:module';
import { sql } from 'drizzle-orm';
import { occupations, vacancies, type Executor } from '@samenwerven/db';
import { compoundParts } from './compounds.ts';

/** The part of nlp.js's Dutch package the search uses (a CommonJS package without types). */
interface StemmerNl {
  /** The Snowball stem of one lower-case word. */
  stemWord(word: string): string;
}
const { StemmerNl } = createRequire(import.meta.url)('@nlpjs/lang-nl') as { StemmerNl: new () => StemmerNl };
const stemmer = new StemmerNl();

/** Words shorter than this are abbreviations or small words: never rewritten. */
const MIN_WORD = 5;

/** The words of a text in lower case, letters only. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);
}

export function dutchStem(word: string): string {
  return stemmer.stemWord(word.toLowerCase());
}

export class InflectionVocabulary {
  /** Each word the titles use, with how often (weighted) it is used. */
  private readonly uses = new Map<string, number>();
  /** For each stem, the form the titles use most, then the shortest, then the first in the alphabet. */
  private readonly formByStem = new Map<string, string>();

  /** The vocabulary of `titles` (each used `uses` times): their words and the parts of their compounds. */
  static ofTitles(titles: Iterable<string | { title: string; uses: number }>): InflectionVocabulary {
    const vocabulary = new InflectionVocabulary();
    for (const entry of titles) {
      const { title, uses } = typeof entry === 'string' ? { title: entry, uses: 1 } : entry;
      vocabulary.addText(`${title} ${compoundParts(title)}`, uses);
    }
    return vocabulary;
  }

  private addText(text: string, uses: number): void {
    for (const word of wordsOf(text)) if (word.length >= MIN_WORD) this.addWord(word, uses);
  }

  private addWord(word: string, uses: number): void {
    const count = (this.uses.get(word) ?? 0) + uses;
    this.uses.set(word, count);
    const stem = dutchStem(word);
    const known = this.formByStem.get(stem);
    if (!known || (known !== word && this.before(word, count, known))) this.formByStem.set(stem, word);
  }

  /** Whether `word`, used `count` times, is the better form than `known` for their stem. */
  private before(word: string, count: number, known: string): boolean {
    const knownCount = this.uses.get(known) ?? 0;
    if (count !== knownCount) return count > knownCount;
    if (word.length !== known.length) return word.length < known.length;
    return word < known;
  }

  /** The title form of a typed word, or undefined when the word stays as typed. */
  formOf(word: string): string | undefined {
    const lower = word.toLowerCase();
    if (lower.length < MIN_WORD || this.uses.has(lower)) return undefined;
    const stem = dutchStem(lower);
    // The stemmer leaves a doubled consonant the singular has once: "archivarissen" gives
    // "archivariss", "archivaris" gives "archivaris" (a search review: -issen found nothing).
    const form = this.formByStem.get(stem) ?? this.formByStem.get(stem.replace(/([^aeiouy])\1$/u, '$1'));
    if (!form || form.startsWith(lower)) return undefined;
    return form;
  }

  /**
   * The query with each compound the titles do not use as its parts ("bouwtoezicht" → "bouw
   * toezicht", "omgevingsjurist" → "omgeving jurist"), unless `keep` says to leave a word (one
   * the engine knows as a synonym): the engine then finds vacancies with the parts as words of
   * their own ("Toezichthouder bouw- en woningtoezicht"). For a search that found nothing as
   * typed (vacancies/service.ts); a compound the titles use stays whole.
   */
  splitCompounds(query: string, keep: (word: string) => boolean = () => false): string {
    return query.replace(/\p{L}+/gu, (word) => {
      const lower = word.toLowerCase();
      if (this.uses.has(lower) || keep(lower)) return word;
      return compoundParts(lower) || word;
    });
  }

  /** The query with each word the titles use in another form put in that form; the rest as typed. */
  normalise(query: string): string {
    return query.replace(/\p{L}+/gu, (word) => this.formOf(word) ?? word);
  }
}

/**
 * The vocabulary of the portal's vacancy titles (every one it holds, open or not: their words do
 * not change what may be found, only which form a typed word is brought to), each as often as it
 * is used, and of ESCO's occupations (a title counts twice, another name once). One scan of the
 * titles: some tenths of a second at 100,000.
 */
export async function loadInflectionVocabulary(db: Executor): Promise<InflectionVocabulary> {
  const rows = await db
    .select({ title: vacancies.title, uses: sql<number>`count(*)::int` })
    .from(vacancies)
    .groupBy(vacancies.title);
  return InflectionVocabulary.ofTitles([
    ...occupations.flatMap((occupation) => [
      { title: occupation.title, uses: 2 },
      ...occupation.otherNames.map((title) => ({ title, uses: 1 })),
    ]),
    ...rows,
  ]);
}
