/**
 * Synonyms the engine cannot match as they are typed (issue 18). Meilisearch matches a synonym
 * written as up to three plain words. Three kinds of group member fall outside that:
 *
 * - an abbreviation with "&" ("P&O", "P&C"): the engine splits it into single letters, and the
 *   last one, as the query's last word, is a prefix. At the demo, "P&O" found 103 vacancies, a
 *   pump mechanic ("pompen onderhouden") among them, where 24 are about personnel;
 * - a phrase of more than three words ("openbare orde en veiligheid"): the engine looks synonyms
 *   up in at most three consecutive words of the query, so it never met "OOV";
 * - and a phrase with a stop word, which the engine leaves out of its index (settings.ts keeps
 *   the built-in groups clear of them; a coordinator's group may have one).
 *
 * Such a member in a query is replaced by a member of its group the engine does match (a
 * single word when the group has one), which the engine widens to the whole group itself.
 */
import { dutchStopWords } from './settings.ts';

/** Most words of a phrase the engine looks synonyms up in. */
const MAX_WORDS = 3;

const stopWords = new Set(dutchStopWords);

const wordsOf = (member: string) =>
  member
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether the engine matches `member` as written, as a synonym of its group. */
export function engineMatches(member: string): boolean {
  const words = wordsOf(member);
  return (
    words.length > 0 && !member.includes('&') && words.length <= MAX_WORDS && !words.some((word) => stopWords.has(word))
  );
}

/** The member the engine matches best: fewest words, then shortest, then the first. */
function replacementIn(group: readonly string[]): string | undefined {
  const matched = group.filter(engineMatches);
  const size = (member: string) => [wordsOf(member).length, member.length] as const;
  return matched.reduce<string | undefined>((best, member) => {
    if (best === undefined) return member;
    const [words, length] = size(member);
    const [bestWords, bestLength] = size(best);
    return words < bestWords || (words === bestWords && length < bestLength) ? member : best;
  }, undefined);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `member` anywhere in a query, as a whole: any case, "&" with or without spaces around it, and
 * anything but letters and digits between its words ("vergunningverlening, toezicht en …").
 */
function patternOf(member: string): RegExp {
  const parts = member
    .toLowerCase()
    .split('&')
    .map((side) => wordsOf(side).map(escape).join('[^\\p{L}\\p{N}&]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('\\s*&\\s*')}(?![\\p{L}\\p{N}])`, 'giu');
}

export class SynonymRewriter {
  /** Longest members first, so a phrase is replaced before a shorter one inside it. */
  private readonly replacements: { pattern: RegExp; by: string; length: number }[] = [];
  /** The members of one word, in lower case: the engine matches them as typed. */
  private readonly oneWordMembers = new Set<string>();

  /** For the synonym groups in force (`loadSynonymGroups`). */
  constructor(groups: readonly (readonly string[])[] = []) {
    for (const group of groups) {
      const by = replacementIn(group);
      if (by === undefined) continue;
      for (const member of group) {
        const words = wordsOf(member);
        if (words.length === 1 && !member.includes('&')) this.oneWordMembers.add(words[0]!);
        if (engineMatches(member) || words.length === 0) continue;
        this.replacements.push({ pattern: patternOf(member), by, length: member.length });
      }
    }
    this.replacements.sort((a, b) => b.length - a.length);
  }

  /** Whether `word` (lower case) is a synonym of one word, which the engine matches as it is. */
  isOneWordMember(word: string): boolean {
    return this.oneWordMembers.has(word);
  }

  /** The query with each member the engine cannot match replaced by one it can; the rest as typed. */
  rewrite(query: string): string {
    return this.replacements.reduce((text, { pattern, by }) => text.replace(pattern, () => by), query);
  }
}
