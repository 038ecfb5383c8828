/**
 * The columns a person can change, derived from the input schema (one source), so a field
 * added to the contract is recorded in the history and copied by "duplicate" without
 * anyone remembering to list it here.
 */
import type { Vacancy } from '@samenwerven/db';
import { vacancyFields } from './input.ts';

type Field = keyof typeof vacancyFields;

/** Input fields stored under another name. */
const columnOfField = { category: 'categoryCode' } as const satisfies Partial<Record<Field, keyof Vacancy>>;

type ColumnOf<F extends Field> = F extends keyof typeof columnOfField ? (typeof columnOfField)[F] : F;
/** `diff` indexes a vacancy with these: a field with no column of its name fails to compile there (map it above). */
export type TrackedColumn = ColumnOf<Field> | 'state';

/** Columns whose changes the history records (everything a person can change, and the state). */
export const trackedColumns: readonly TrackedColumn[] = [
  ...(Object.keys(vacancyFields) as Field[]).map(
    (field) => (columnOfField as Partial<Record<Field, TrackedColumn>>)[field] ?? (field as TrackedColumn),
  ),
  'state',
];

/**
 * A value as text to compare: dates by their moment, anything else as JSON with every object's
 * keys in order. The database gives a JSON column's objects back with their keys in its own order
 * (`{ postcode, municipalityCode }`), so the same work places sent again would be a change.
 */
const comparable = (value: unknown) =>
  value instanceof Date
    ? value.toISOString()
    : JSON.stringify(value ?? null, (_key, inner: unknown) =>
        inner !== null && typeof inner === 'object' && !Array.isArray(inner)
          ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
          : inner,
      );

/**
 * Whether two values of a column are the same. Text, numbers and the like are compared as they
 * are: writing a whole description out as JSON to compare it cost a 10,000-vacancy import a
 * quarter of a second (issue 18). Only dates and JSON values are made `comparable`.
 */
function same(before: unknown, after: unknown): boolean {
  const [a, b] = [before ?? null, after ?? null];
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return comparable(a) === comparable(b);
}

/** The tracked columns `after` changes, as `[before, after]` pairs (what the history stores). */
export function diff(before: Partial<Vacancy>, after: Partial<Vacancy>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const column of trackedColumns) {
    if (!(column in after)) continue;
    if (!same(before[column], after[column])) changes[column] = [before[column] ?? null, after[column] ?? null];
  }
  return changes;
}
