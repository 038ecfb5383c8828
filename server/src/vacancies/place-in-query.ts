/**
 * A place typed among the words of a search ("beleidsadviseur Den Bosch", "jurist in Tilburg")
 * is a place, not text to match (issue 18): the words go to the text search, the place becomes
 * the distance filter. Municipality names and their common aliases ("Den Bosch", "Den Haag") are
 * recognised, longest first; names that are also ordinary Dutch words are left as words. Failing
 * a name, a postcode the portal knows ("jurist 5038", "5038 AB") is the place.
 */
import { municipalityByCode, municipalityByName, postcodeArea, type Municipality } from '@samenwerven/db';

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
const LEAD_WORDS = new Set(['in', 'te', 'rond', 'bij', 'nabij', 'omgeving', 'regio', 'near', 'around', 'postcode']);

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
  /** The postcode typed ("5038", "5038 AB") when that was the place: the search is around it. */
  postcode?: string;
}

/** A word without the punctuation around it; an apostrophe as in 's-Hertogenbosch stays. */
const clean = (word: string) => word.replaceAll('’', "'").replace(/^[("]+|[),.;:!?"']+$/g, '');

/** A municipality by name, also typed without its apostrophe ("s-Hertogenbosch"). */
const municipalityNamed = (name: string) =>
  municipalityByName(name) ?? (/^s-/i.test(name) ? municipalityByName(`'${name}`) : undefined);

/** The first place named in `q`, longest name first, else its first postcode; undefined when it names none. */
export function placeInQuery(q: string): PlaceInQuery | undefined {
  const words = q.split(/\s+/).filter(Boolean);
  return municipalityInWords(words) ?? postcodeInWords(words);
}

function municipalityInWords(words: string[]): PlaceInQuery | undefined {
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
      return { municipality, rest: withoutPlace(words, start, start + length) };
    }
  }
  return undefined;
}

/** The words but those from `start` to `end` (the place) and a word that led up to it. */
function withoutPlace(words: string[], start: number, end: number): string {
  const before = start > 0 && LEAD_WORDS.has(clean(words[start - 1]!).toLowerCase()) ? start - 1 : start;
  return [...words.slice(0, before), ...words.slice(end)].join(' ');
}

/** A postcode's four digits, with its two letters or without ("5038", "5038ab"). */
const POSTCODE_WORD = /^(\d{4})([a-z]{2})?$/i;
/** Two letters after the digits are the postcode's ("5038 AB") unless they are a word ("5038 en beleid"). */
const TWO_LETTER_WORDS = new Set('al an as at be by de do en er in is je of om on op or te to we ze'.split(' '));
/** Four digits that read as a year ("traineeship 2027") are a postcode only after "postcode" or with letters. */
const isYear = (digits: string) => Number(digits) >= 1900 && Number(digits) < 2100;

function postcodeInWords(words: string[]): PlaceInQuery | undefined {
  for (let start = 0; start < words.length; start++) {
    const match = POSTCODE_WORD.exec(clean(words[start]!));
    if (!match) continue;
    const digits = match[1]!;
    const next = clean(words[start + 1] ?? '');
    const letters = match[2] ?? (/^[a-z]{2}$/i.test(next) && !TWO_LETTER_WORDS.has(next.toLowerCase()) ? next : '');
    const afterPostcodeWord = start > 0 && clean(words[start - 1]!).toLowerCase() === 'postcode';
    if (!letters && isYear(digits) && !afterPostcodeWord) continue;
    const area = postcodeArea(digits);
    const municipality = area && municipalityByCode(area.municipalityCode);
    if (!municipality) continue;
    const end = start + (letters && !match[2] ? 2 : 1);
    const postcode = letters ? `${digits} ${letters.toUpperCase()}` : digits;
    return { municipality, rest: withoutPlace(words, start, end), postcode };
  }
  return undefined;
}
