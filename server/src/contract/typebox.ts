/**
 * Small TypeBox helpers every domain's contract uses, so no domain imports another's
 * schemas for them.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { INVISIBLE } from '../text.ts';

/** A string enum with its exact TypeScript type (`enum` in JSON Schema, so OpenAPI shows the choices). */
export const literals = <const T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values] });

const SHOWN = `[^${INVISIBLE}]`;
/** The patterns `Filled` made, with the length they ask for (errors.ts words their refusal). */
const filledPatterns = new Map<string, number>();

/**
 * A required text: at least `minLength` characters (1 unless said) from the first that shows to
 * the last. A text of only spaces, control or zero-width characters is refused as empty, and
 * "  a  " is not a title of three: the services store texts trimmed.
 */
export function Filled(options: { maxLength: number; minLength?: number; description?: string }) {
  const minLength = options.minLength ?? 1;
  const pattern =
    minLength <= 1 ? SHOWN : `^[${INVISIBLE}]*${SHOWN}[\\s\\S]{${minLength - 2},}${SHOWN}[${INVISIBLE}]*$`;
  filledPatterns.set(pattern, minLength);
  return Type.String({ ...options, minLength, pattern });
}

/** The length a `Filled` pattern asks for; undefined for any other pattern. */
export const filledLength = (pattern: string): number | undefined => filledPatterns.get(pattern);

/**
 * The patterns people fill in by hand, each with its own message (`validation.pattern.<name>`,
 * errors.ts): "use only digits, spaces and + ( ) -" says more than "not the right form".
 */
export const PATTERNS = {
  phone: '^[0-9+() -]*$',
  postcode: '^[0-9]{4}$',
  /**
   * A web page on a named host (`www.voorbeeld.nl`, an IDN too): `http://`, `https://.` or a bare
   * word published an apply link that led nowhere (a tester's review). No user@ before the host.
   */
  webAddress:
    '^https?://(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}\\.?(?::[0-9]{1,5})?(?:[/?#]\\S*)?$',
  municipalityCode: '^GM[0-9]{4}$',
  /**
   * An ATS's own key of a vacancy: what shows, with plain spaces at most between. "VAC-1 " or
   * "VAC-1" with a zero-width space made a second vacancy beside "VAC-1" (an integrator's review),
   * and the CSV upload, which trims its cells, could never reach it.
   */
  externalId: `^${SHOWN}(?:(?:${SHOWN}| )*${SHOWN})?$`,
} as const;

/** An external id (`PATTERNS.externalId`), as every route that takes one checks it. */
export const ExternalId = () => Type.String({ minLength: 1, maxLength: 100, pattern: PATTERNS.externalId });

/** The name of a pattern in `PATTERNS`; undefined for any other. */
export const patternName = (pattern: string): string | undefined =>
  Object.entries(PATTERNS).find(([, value]) => value === pattern)?.[0];

/**
 * The body of an operation that takes none: nothing, or an empty object. A field sent anyway is
 * named (400 on it), not ignored: a client that sent a copy's title learnt nothing of it being
 * dropped (an attacker's review).
 */
export const NoFields = () =>
  Type.Optional(
    Type.Object({}, { additionalProperties: false, description: 'Nothing, or an empty object: it takes no fields.' }),
  );

/** The value or `null` (JSON Schema `anyOf`, the value first). */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * The body of an answer that has none (a 202, API.md: "no body"): Fastify sends nothing for
 * `undefined`, where `null` went out as the JSON text "null". The route's schema says
 * `Type.Null()` for the OpenAPI document, so the type provider asks for that type.
 */
export const NO_BODY = undefined as unknown as null;

/** A CSV download's `separator` (csv.ts): `comma` (RFC 4180, the default) or `semicolon` (Dutch Excel). */
export const CsvSeparatorSchema = Type.Union([Type.Literal('comma'), Type.Literal('semicolon')], {
  description:
    '`comma` (RFC 4180, the default), or `semicolon` with decimal commas for Excel set up for the Netherlands',
});

/**
 * A page number of a list (the search has its own, smaller bound). Bounded, so that page × page
 * size stays a number the database takes as an offset (a page of 1e308 made an offset of
 * Infinity, and the members' list echoed it: a fuzzing review): a hundred thousand pages of a
 * hundred is more than any list of the portal holds.
 */
export const ListPageNumber = () => Type.Integer({ minimum: 1, maximum: 100_000, default: 1 });
