/**
 * A save refused because someone else saved first (409): the latest version, with what this
 * user typed on top. Nothing typed has to be entered again (WCAG 3.3.7, redundant entry; a staff
 * review: the conflict notice asked people to copy their changes out and type them in again).
 */

/**
 * Whether two form values are the same (text, a choice, or a list of rows). A browser's text area
 * gives its lines as `\n` whatever was put in it: a stored `\r\n` (the API and the CSV import keep
 * them) is the same text, not one the user typed (a review: the colleague's change was lost).
 */
const sameLines = (_key: string, value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value);
const same = (a: unknown, b: unknown) => JSON.stringify(a, sameLines) === JSON.stringify(b, sameLines);

export interface TypedOnLatest<T> {
  values: T;
  /** Fields the user changed from what the form was loaded with: their typed value is in `values`. */
  typed: (keyof T & string)[];
  /** Fields both people changed, each differently: the typed value is in the form, the other's is not. */
  both: (keyof T & string)[];
}

/**
 * Each field the user changed from what the form was `loaded` with keeps what they `typed`;
 * every other field takes the `latest` stored value (the other person's change, if any).
 */
export function typedOnLatest<T extends object>(loaded: T, typed: T, latest: T): TypedOnLatest<T> {
  const values = { ...latest };
  const changed: (keyof T & string)[] = [];
  const both: (keyof T & string)[] = [];
  for (const name of Object.keys(latest) as (keyof T & string)[]) {
    if (same(typed[name], loaded[name])) continue;
    values[name] = typed[name];
    changed.push(name);
    if (!same(latest[name], loaded[name]) && !same(latest[name], typed[name])) both.push(name);
  }
  return { values, typed: changed, both };
}

/** What a merge says: that the typed changes are in, and which fields both people changed (by their labels). */
export function keptTypedMessage(
  texts: { keptTyped: string; keptTypedOverBoth: (names: string) => string },
  bothLabels: string[],
): string {
  return bothLabels.length > 0
    ? `${texts.keptTyped} ${texts.keptTypedOverBoth(bothLabels.join(', '))}`
    : texts.keptTyped;
}
