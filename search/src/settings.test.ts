import { describe, expect, it } from 'vitest';
import { builtInSynonymGroups, synonymMap, vacancyIndexSettings } from './settings.ts';

describe('the built-in synonym groups', () => {
  it('each have a unique id and two or more distinct words, in lower case as the engine compares them', () => {
    const ids = builtInSynonymGroups.map((group) => group.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { id, words } of builtInSynonymGroups) {
      expect(words.length, id).toBeGreaterThanOrEqual(2);
      expect(new Set(words).size, id).toBe(words.length);
      for (const word of words) expect(word, id).toBe(word.trim().toLowerCase());
    }
  });

  it('ship the abbreviations common in public-sector vacancies, both ways', () => {
    const map = synonymMap(builtInSynonymGroups.map((group) => group.words));
    expect(map['vth']).toContain('vergunningverlening toezicht en handhaving');
    expect(map['vergunningverlening toezicht en handhaving']).toContain('vth');
    for (const abbreviation of ['ro', 'bor', 'kcc', 'ggd', 'woo', 'brp', 'p&o', 'p&c', 'wmo', 'boa']) {
      expect(map[abbreviation]?.length, abbreviation).toBeGreaterThan(0);
    }
  });

  it('become the index settings’ synonyms, both ways', () => {
    const groups = builtInSynonymGroups.map((group) => group.words);
    expect(vacancyIndexSettings(groups).synonyms).toEqual(synonymMap(groups));
  });
});
