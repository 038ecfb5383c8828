import { describe, expect, it } from 'vitest';
import { placeInQuery } from './place-in-query.ts';

const read = (q: string) => {
  const found = placeInQuery(q);
  return found && { place: found.municipality.name, rest: found.rest };
};

describe('a place among the words of a search', () => {
  it('is read as a place, by its name or a common alias, and left out of the words', () => {
    expect(read('beleidsadviseur Tilburg')).toEqual({ place: 'Tilburg', rest: 'beleidsadviseur' });
    expect(read('jurist Den Bosch')).toEqual({ place: "'s-Hertogenbosch", rest: 'jurist' });
    expect(read("jurist 's-Hertogenbosch")).toEqual({ place: "'s-Hertogenbosch", rest: 'jurist' });
    expect(read('den haag')).toEqual({ place: "'s-Gravenhage", rest: '' });
    expect(read('Bergen op Zoom handhaver')).toEqual({ place: 'Bergen op Zoom', rest: 'handhaver' });
    expect(read('Alphen aan den Rijn')).toEqual({ place: 'Alphen aan den Rijn', rest: '' });
  });

  it('drops a word that only leads up to the place', () => {
    expect(read('toezichthouder in Breda')).toEqual({ place: 'Breda', rest: 'toezichthouder' });
    expect(read('vacatures regio Tilburg, fulltime')).toEqual({ place: 'Tilburg', rest: 'vacatures fulltime' });
  });

  it('leaves names that are everyday words, and words that name no place, as words', () => {
    expect(read('best')).toBeUndefined();
    expect(read('medewerker beek en dal')).toBeUndefined();
    expect(read('beleidsadviseur wonen')).toBeUndefined();
    expect(read('')).toBeUndefined();
  });

  it('leaves an employer’s name as words: "gemeente Tilburg" is the employer (a search review)', () => {
    expect(read('gemeente tilburg')).toBeUndefined();
    expect(read('werken bij Gemeente Loon op Zand')).toBeUndefined();
    expect(read('provincie Utrecht')).toBeUndefined();
    // A place after other words is still a place.
    expect(read('jurist gemeentelijk Tilburg')).toEqual({ place: 'Tilburg', rest: 'jurist gemeentelijk' });
  });
});

describe('a postcode among the words of a search', () => {
  const readPostcode = (q: string) => {
    const found = placeInQuery(q);
    return found && { place: found.municipality.name, rest: found.rest, postcode: found.postcode };
  };

  it('is the place when no municipality is named, with its letters or without (a review: "jurist 5038")', () => {
    expect(readPostcode('jurist 5038')).toEqual({ place: 'Tilburg', rest: 'jurist', postcode: '5038' });
    expect(readPostcode('jurist 5038 ab')).toEqual({ place: 'Tilburg', rest: 'jurist', postcode: '5038 AB' });
    expect(readPostcode('5038AB, jurist')).toEqual({ place: 'Tilburg', rest: 'jurist', postcode: '5038 AB' });
    expect(readPostcode('jurist bij postcode 5038')).toEqual({
      place: 'Tilburg',
      rest: 'jurist bij',
      postcode: '5038',
    });
    // Two letters that are a word stay a word.
    expect(readPostcode('5038 en omgeving')).toEqual({ place: 'Tilburg', rest: 'en omgeving', postcode: '5038' });
  });

  it('leaves a year, a number the portal knows no area of, and a name before it alone', () => {
    expect(readPostcode('traineeship 2027')).toBeUndefined();
    expect(readPostcode('postcode 2011')).toMatchObject({ place: 'Haarlem', postcode: '2011' });
    expect(readPostcode('2011 AB')).toMatchObject({ place: 'Haarlem', postcode: '2011 AB' });
    expect(readPostcode('jurist 0000')).toBeUndefined();
    expect(readPostcode('jurist 123')).toBeUndefined();
    expect(readPostcode('jurist Breda 5038')).toEqual({ place: 'Breda', rest: 'jurist 5038', postcode: undefined });
  });

  it('takes only letters a postcode can have, and not a word or a standard (a diff review)', () => {
    // No postcode has an I or O: "IT" stays a word. HR and the like, apart, stay words too.
    expect(readPostcode('adviseur 5038 IT')).toEqual({ place: 'Tilburg', rest: 'adviseur IT', postcode: '5038' });
    expect(readPostcode('5038 HR medewerker')).toEqual({ place: 'Tilburg', rest: 'HR medewerker', postcode: '5038' });
    expect(readPostcode('medewerker 5038HR')).toEqual({ place: 'Tilburg', rest: 'medewerker', postcode: '5038 HR' });
    expect(readPostcode('jurist 5038 FQ')).toEqual({ place: 'Tilburg', rest: 'jurist FQ', postcode: '5038' });
    expect(readPostcode('jurist 5038SS')).toBeUndefined();
    expect(readPostcode('ISO 9001')).toBeUndefined();
    expect(readPostcode('kwaliteit NEN 3140')).toBeUndefined();
  });

  it('is the place, and no word, beside the municipality it lies in (a diff review)', () => {
    expect(readPostcode('5038 AB Tilburg jurist')).toEqual({ place: 'Tilburg', rest: 'jurist', postcode: '5038 AB' });
    expect(readPostcode('jurist in 5038 Tilburg')).toEqual({ place: 'Tilburg', rest: 'jurist', postcode: '5038' });
  });
});
