import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * A case-insensitive "contains" match on user text. The text's own `%`, `_` and `\` are
 * escaped (backslash is Postgres's LIKE escape), so typing "100%" matches "100%", not "100…".
 */
export function containsText(column: AnyColumn, text: string): SQL {
  return sql`${column} ILIKE ${`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`;
}
