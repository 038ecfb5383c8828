import { describe, expect, it } from 'vitest';
import { defaultSynonymGroups, dutchStopWords } from './settings.ts';
import { engineMatches, SynonymRewriter } from './synonym-rewriter.ts';

const builtIn = new SynonymRewriter(defaultSynonymGroups);

describe('synonyms the engine cannot match as typed', () => {
  it('knows which members the engine matches: up to three plain words without a stop word', () => {
    expect(engineMatches('hr')).toBe(true);
    expect(engineMatches('personeel en organisatie')).toBe(true);
    expect(engineMatches('wet open overheid')).toBe(true);
    expect(engineMatches('p&o')).toBe(false);
    expect(engineMatches('openbare orde en veiligheid')).toBe(false);
    expect(engineMatches('hoofd van de afdeling')).toBe(false);
    expect(engineMatches('medewerker van burgerzaken')).toBe(false);
  });

  it('keeps the built-in phrases clear of stop words, so the engine matches them', () => {
    const stop = new Set(dutchStopWords);
    for (const group of defaultSynonymGroups)
      for (const member of group) expect(member.split(' ').filter((word) => stop.has(word))).toEqual([]);
  });

  it('replaces an abbreviation with "&" by a word of its group, however it is written', () => {
    expect(builtIn.rewrite('P&O')).toBe('hr');
    expect(builtIn.rewrite('p & o')).toBe('hr');
    expect(builtIn.rewrite('adviseur P&O Tilburg')).toBe('adviseur hr Tilburg');
    // No word of its own in the group: the phrase, which the engine matches.
    expect(builtIn.rewrite('P&C')).toBe('planning en control');
  });

  it('replaces a phrase of more than three words by its abbreviation', () => {
    expect(builtIn.rewrite('openbare orde en veiligheid')).toBe('oov');
    expect(builtIn.rewrite('Vergunningverlening, toezicht en handhaving Breda')).toBe('vth Breda');
    expect(builtIn.rewrite('basisregistratie adressen en gebouwen')).toBe('bag');
  });

  it('leaves alone what the engine matches, and words that only contain a member', () => {
    for (const query of [
      'hr',
      'personeel en organisatie',
      'planning en control',
      'jurist',
      'AT&T',
      'p&ok',
      'openbare orde',
    ])
      expect(builtIn.rewrite(query)).toBe(query);
  });

  it('follows the groups in force: a group switched off or a coordinator’s own', () => {
    const withoutHr = new SynonymRewriter(defaultSynonymGroups.filter((group) => !group.includes('p&o')));
    expect(withoutHr.rewrite('P&O')).toBe('P&O');
    const own = new SynonymRewriter([
      ['hoofd van de afdeling', 'afdelingshoofd'],
      ['r&d', 'o&o'],
    ]);
    expect(own.rewrite('Hoofd van de afdeling')).toBe('afdelingshoofd');
    // A group with no member the engine matches stays as typed.
    expect(own.rewrite('R&D')).toBe('R&D');
  });
});
