import { describe, expect, it } from 'vitest';
import { defaultSynonymGroups, InflectionVocabulary, SynonymRewriter } from '@samenwerven/search';
import { searchParamsOf, type QueryWords } from './service.ts';

const words: QueryWords = {
  synonyms: new SynonymRewriter(defaultSynonymGroups),
  vocabulary: InflectionVocabulary.ofTitles(['Controller', 'Senior controller', 'Planner verkeer']),
};
const engineQ = (q: string) => searchParamsOf({ q, page: 1, pageSize: 20 }, { words }).q;

describe('the words the engine gets', () => {
  it('puts words of experience after the role and ends them with a space, so none is read as the start of a word', () => {
    // Meilisearch takes the last word of a query as the start of one ("senior" finding
    // "seniorenbeleid"); a trailing space makes it a whole word.
    expect(engineQ('senior controller')).toBe('controller senior ');
    expect(engineQ('Junior medior planner')).toBe('planner Junior medior ');
  });

  it('leaves a query without leading words of experience as it was typed', () => {
    expect(engineQ('controller')).toBe('controller');
    expect(engineQ('controller senior')).toBe('controller senior');
  });
});
