/**
 * An alert's search, as the search page's address has it (`q=beleid&category=ict&near=Tilburg`),
 * checked and read by the search route's own schema with the same coercion as an address: so an
 * alert runs exactly the search its page showed.
 */
import { parse as parseQueryString } from 'fast-querystring';
import { AppError, fieldMessages, repeatedParameterFields, type AjvError } from '../errors.ts';
import { translate, type Locale } from '../i18n.ts';
import { compileAddressValidator } from '../contract/validation.ts';
import { unstorableFields, unstorableTextErrors } from '../storable-text.ts';
import { SearchQuery } from '../vacancies/schemas.ts';
import { resolvePlace } from '../vacancies/service.ts';

/** What an alert does not keep of the address: where the reader was in the results. */
const NOT_KEPT = new Set(['page', 'pageSize', 'sort']);

const validate = compileAddressValidator(SearchQuery) as unknown as ((data: unknown) => boolean) & {
  errors?: AjvError[] | null;
};

/** The search's problems as the alert's one field, `query`: "q: … category: …". */
function queryProblems(fields: Record<string, string>): AppError {
  return new AppError(400, 'validation_failed', 'error.validation_failed', {
    fields: {
      query: Object.entries(fields)
        .map(([field, message]) => `${field}: ${message}`)
        .join(' '),
    },
  });
}

/** The search's own parameters: only those are passed over when empty, as the search page leaves them. */
const SEARCH_PARAMETERS = new Set(Object.keys(SearchQuery.properties));

/**
 * The query string read as the search route reads its address (Fastify's parser): `%FF` stays
 * those three characters, where URLSearchParams made it "�" and the alert searched for something
 * its page had not (an attacker's review). Without a prototype: `__proto__=1` is a parameter like
 * any other.
 */
function queryPairs(query: string): [string, string][] {
  const parsed = parseQueryString(query.replace(/^\?/, '')) as Record<string, string | string[]>;
  return Object.entries(parsed).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).map((one) => [key, one] as [string, string]),
  );
}

/**
 * The query string without paging and sorting, its keys in a fixed order. An empty search
 * parameter goes; an unknown one stays, to be refused (`#frag` or `x=` made an alert for
 * every vacancy).
 */
export function normaliseAlertQuery(query: string): string {
  const kept = queryPairs(query).filter(
    ([key, value]) => !NOT_KEPT.has(key) && (value.trim() !== '' || !SEARCH_PARAMETERS.has(key)),
  );
  kept.sort(([a], [b]) => a.localeCompare(b));
  return new URLSearchParams(kept).toString();
}

/** The search an alert runs: its query as the search route reads it, newest first. */
export function searchOfAlert(query: string, locale: Locale = 'nl'): SearchQuery {
  // No prototype: `__proto__=1` is a parameter like any other, named as unknown (a plain object
  // took it as its prototype, and the answer spoke of fields "0" and "1").
  const data = Object.create(null) as Record<string, string | string[]>;
  for (const [key, value] of queryPairs(query)) {
    const existing = data[key];
    data[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  const unstorable = unstorableFields(data);
  if (unstorable.length > 0) {
    throw queryProblems(fieldMessages(unstorableTextErrors(unstorable), locale));
  }
  if (!validate(data)) {
    const errors = validate.errors ?? [];
    // "q: give it once", as the search route says of `q=a&q=b`, not "q: enter text".
    throw queryProblems({ ...fieldMessages(errors, locale), ...repeatedParameterFields(data, errors, locale) });
  }
  // A place the search does not know would make an alert that never finds anything.
  const near = (data as unknown as SearchQuery).near;
  if (near !== undefined && !resolvePlace(near))
    throw queryProblems({ near: translate(locale, 'error.unknown_place') });
  return { ...(data as unknown as SearchQuery), sort: 'newest', page: 1, pageSize: 50 };
}
