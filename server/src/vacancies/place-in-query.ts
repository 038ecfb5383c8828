/**
 * A place typed among the words of a search ("beleidsadviseur Den Bosch", "jurist in Tilburg")
 * is a place, not text to match (issue 18): the words go to the text search, the place becomes
 * the distance filter. Municipality names and their common aliases ("Den Bosch", "Den Haag") are
 * recognised, longest first; names that are also ordinary Dutch words are left as words.
 */
import { municipalityByName, type Municipality } from '@samenwerven/db';

/** Municipality names that are everyday words too ("beek", "buren"): read as words, not places. */
const ALSO_WORDS = new Set([
  'best',
  'beek',
  'bergen',
  'buren',
  'duiven',
  'grave',
  'putten',
  'sluis',
  'stein',
  'voorst',
  'weert',
]);

/** Words that only lead up to a place ("in Tilburg", "regio Breda"): dropped with it. */
const LEAD_WORDS = new Set(['in', 'te', 'rond', 'bij', 'nabij', 'omgeving', 'regio', 'near', 'around']);

/**
 * Words that make the place after them an employer's name ("gemeente Tilburg", "provincie
 * Utrecht"): the words stay words, which the organisation's name matches. Read as a place,
 * "gemeente tilburg" was "gemeente" around Tilburg, and Breda's secretary came first (a search
 * review).
 */
const EMPLOYER_WORDS = new Set(['gemeente', 'provincie', 'municipality']);

/** The longest municipality name has four words ("Alphen aan den Rijn", "Valkenburg aan de Geul"). */
const MAX_WORDS = 5;

export interface PlaceInQuery {
  municipality: Municipality;
  /** The words without the place (and a word that led up to it). */
  rest: string;
}

/** A word without the punctuation around it; an apostrophe as in 's-Hertogenbosch stays. */
const clean = (word: string) => word.replaceAll('’', "'").replace(/^[("]+|[),.;:!?"']+$/g, '');

/** A municipality by name, also typed without its apostrophe ("s-Hertogenbosch"). */
const municipalityNamed = (name: string) =>
  municipalityByName(name) ?? (/^s-/i.test(name) ? municipalityByName(`'${name}`) : undefined);

/** The first place named in `q`, longest name first; undefined when it names none. */
export function placeInQuery(q: string): PlaceInQuery | undefined {
  const words = q.split(/\s+/).filter(Boolean);
  for (let length = Math.min(MAX_WORDS, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const name = words
        .slice(start, start + length)
        .map(clean)
        .join(' ');
      if (length === 1 && ALSO_WORDS.has(name.toLowerCase())) continue;
      const municipality = municipalityNamed(name);
      if (!municipality) continue;
      if (start > 0 && EMPLOYER_WORDS.has(clean(words[start - 1]!).toLowerCase())) continue;
      const before = start > 0 && LEAD_WORDS.has(clean(words[start - 1]!).toLowerCase()) ? start - 1 : start;
      const rest = [...words.slice(0, before), ...words.slice(start + length)].join(' ');
      return { municipality, rest };
    }
  }
  return undefined;
}
