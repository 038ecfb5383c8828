import { describe, expect, it } from 'vitest';
import { dutchStem, InflectionVocabulary } from './inflections.ts';

const vocabulary = InflectionVocabulary.ofTitles([
  'Epidemioloog',
  'Ecoloog',
  'Jurist omgevingsrecht',
  'Medewerker burgerzaken',
  'Vergunningverlener omgevingsrecht',
  'Beleidsadviseur wonen',
  'Verpleegkundige jeugdgezondheidszorg',
  'Archivaris',
  'Gemeentesecretaris',
]);

describe('Dutch inflections in typed words', () => {
  it('gives the plural and the singular one stem (Snowball, nlp.js)', () => {
    expect(dutchStem('epidemiologen')).toBe(dutchStem('epidemioloog'));
    expect(dutchStem('juristen')).toBe(dutchStem('jurist'));
    expect(dutchStem('Verpleegkundigen')).toBe(dutchStem('verpleegkundige'));
    expect(dutchStem('vergunningen')).toBe(dutchStem('vergunning'));
  });

  it('brings a plural back to the form the titles use', () => {
    expect(vocabulary.normalise('epidemiologen')).toBe('epidemioloog');
    expect(vocabulary.normalise('Ecologen')).toBe('ecoloog');
    expect(vocabulary.normalise('juristen omgevingsrecht')).toBe('jurist omgevingsrecht');
    expect(vocabulary.normalise('verpleegkundigen')).toBe('verpleegkundige');
    // "vergunning" is a part of the compound "vergunningverlener", so a word the titles use.
    expect(vocabulary.normalise('vergunningen')).toBe('vergunning');
    // A plural that doubles the singular's last consonant (a search review).
    expect(vocabulary.normalise('archivarissen')).toBe('archivaris');
    expect(vocabulary.normalise('Gemeentesecretarissen')).toBe('gemeentesecretaris');
  });

  it('leaves words the titles use, short words and unknown words as typed', () => {
    expect(vocabulary.normalise('Beleidsadviseur')).toBe('Beleidsadviseur');
    expect(vocabulary.normalise('ICT')).toBe('ICT');
    expect(vocabulary.normalise('sterrenkundigen')).toBe('sterrenkundigen');
    expect(vocabulary.normalise('"jurist" 32 uur')).toBe('"jurist" 32 uur');
  });

  it('leaves a word the title form begins with: the prefix search already finds it', () => {
    // A word being typed ("verpleegkundig", one stem with verpleegkundige) stays as it is.
    expect(dutchStem('verpleegkundig')).toBe(dutchStem('verpleegkundige'));
    expect(vocabulary.formOf('verpleegkundig')).toBeUndefined();
    expect(vocabulary.normalise('medewerkers')).toBe('medewerker');
  });

  it('brings a word to the form the titles use most when two forms share a stem', () => {
    // ESCO names the female form too ("ecologe"); the portal's titles say "Ecoloog".
    const both = InflectionVocabulary.ofTitles([
      { title: 'ecologe', uses: 1 },
      { title: 'Ecoloog', uses: 3 },
    ]);
    expect(both.normalise('ecologen')).toBe('ecoloog');
    const more = InflectionVocabulary.ofTitles([
      { title: 'Ecoloog', uses: 1 },
      { title: 'Ecologe', uses: 4 },
    ]);
    expect(more.normalise('ecologen')).toBe('ecologe');
  });

  it('knows nothing without titles', () => {
    expect(new InflectionVocabulary().normalise('epidemiologen')).toBe('epidemiologen');
  });

  it('takes apart a compound the titles do not use, keeps one they use and a word asked to be kept', () => {
    const titles = InflectionVocabulary.ofTitles(['Beleidsadviseur', 'Toezichthouder bouw']);
    expect(titles.splitCompounds('bouwtoezicht Tilburg')).toBe('bouw toezicht Tilburg');
    expect(titles.splitCompounds('omgevingsjurist')).toBe('omgeving jurist');
    expect(titles.splitCompounds('Beleidsadviseur')).toBe('Beleidsadviseur');
    expect(titles.splitCompounds('ictmedewerker')).toBe('ictmedewerker');
    expect(titles.splitCompounds('bouwtoezicht', (word) => word === 'bouwtoezicht')).toBe('bouwtoezicht');
  });
});
