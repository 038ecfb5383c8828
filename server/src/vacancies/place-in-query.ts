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
  const named = municipalityInWords(words);
  return named ? withPostcodeOf(named) : postcodeInWords(words);
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
/**
 * Letters a Dutch postcode can have: never F, I, O, Q, U or Y, nor SA, SD or SS. "adviseur 5038
 * IT" kept "IT" as the postcode's letters and searched "adviseur" alone (a diff review).
 */
const POSTCODE_LETTERS = /^(?!sa|sd|ss)[a-eghj-np-tv-xz]{2}$/i;
/**
 * Two letters after the digits, apart, that are a word or an abbreviation common in vacancies
 * ("5038 HR"): a word. Written on to the digits ("5038HR") they are the postcode's.
 */
const TWO_LETTER_WORDS = new Set('hr pr bv nv de en te we ze je er an at as al'.split(' '));
/** Words before a number that make it a standard's ("ISO 9001", "NEN 3140"), not a postcode (a diff review). */
const STANDARD_WORDS = new Set(['iso', 'nen', 'nta', 'iec', 'en', 'bio', 'brl', 'nprn', 'npr']);
/** Four digits that read as a year ("traineeship 2027") are a postcode only after "postcode" or with letters. */
const isYear = (digits: string) => Number(digits) >= 1900 && Number(digits) < 2100;

/** The postcode that starts at `words[start]`, with the number of words it takes; undefined when none starts there. */
function postcodeAt(words: string[], start: number) {
  const match = POSTCODE_WORD.exec(clean(words[start]!));
  if (!match) return undefined;
  const digits = match[1]!;
  const joined = match[2];
  if (joined !== undefined && !POSTCODE_LETTERS.test(joined)) return undefined;
  const next = clean(words[start + 1] ?? '');
  const apart = POSTCODE_LETTERS.test(next) && !TWO_LETTER_WORDS.has(next.toLowerCase()) ? next : undefined;
  const letters = joined ?? apart;
  const before = start > 0 ? clean(words[start - 1]!).toLowerCase() : '';
  if (STANDARD_WORDS.has(before)) return undefined;
  if (!letters && isYear(digits) && before !== 'postcode') return undefined;
  const area = postcodeArea(digits);
  const municipality = area && municipalityByCode(area.municipalityCode);
  if (!municipality) return undefined;
  const postcode = letters ? `${digits} ${letters.toUpperCase()}` : digits;
  return { municipality, postcode, length: apart ? 2 : 1 };
}

function postcodeInWords(words: string[]): PlaceInQuery | undefined {
  for (let start = 0; start < words.length; start++) {
    const found = postcodeAt(words, start);
    if (found) {
      const { municipality, postcode, length } = found;
      return { municipality, rest: withoutPlace(words, start, start + length), postcode };
    }
  }
  return undefined;
}

/**
 * A postcode among the words in the municipality they name ("5038 AB Tilburg jurist"): the place
 * is the postcode, and it leaves the words too. It was searched for as a word, which no vacancy
 * has, and named as one left out (a diff review).
 */
function withPostcodeOf(found: PlaceInQuery): PlaceInQuery {
  const words = found.rest.split(/\s+/).filter(Boolean);
  for (let start = 0; start < words.length; start++) {
    const postcode = postcodeAt(words, start);
    if (postcode?.municipality.code !== found.municipality.code) continue;
    const rest = withoutPlace(words, start, start + postcode.length);
    return { municipality: found.municipality, rest, postcode: postcode.postcode };
  }
  return found;
}
