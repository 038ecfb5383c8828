/**
 * Many rows inserted with one parameter: the rows as a JSON array, which Postgres turns into
 * the table's row type (`json_populate_recordset`). Drizzle's multi-row insert makes one
 * parameter of every value and builds its SQL value by value: for a bulk import's hundreds of
 * vacancies and their history that cost more of this process than the database's own work
 * (issue 18, a 10,000-vacancy import: 4 of its 17 s). Postgres checks the values as it would
 * any insert's: the column types, the constraints, the triggers.
 */
import { getTableColumns, is, sql, type SQL } from 'drizzle-orm';
import { PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client.ts';

/** A value as JSON gives it to the column: JSON columns take it as it is, others as the driver would send it. */
function jsonValue(column: PgColumn, value: unknown): unknown {
  if (value === null) return null;
  return column.dataType === 'json' ? value : column.mapToDriverValue(value);
}

/**
 * Rows that set the same columns, together: a column a row leaves out gets its default, which
 * `json_populate_recordset` cannot give (it makes it null), so each group names only its own.
 */
function groupBySetColumns<Row extends Record<string, unknown>>(rows: readonly Row[]): Row[][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = Object.keys(row)
      .filter((name) => row[name] !== undefined)
      .join(',');
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  // In one order of their columns, whatever the rows' order: two transactions inserting the same
  // rows take their unique-index entries in the same order (the rows within come as given).
  return [...groups.entries()].toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group);
}

export interface JsonInsertOptions {
  /** `ON CONFLICT (these) DO NOTHING`: a row that would break this unique index is left out. */
  onConflictDoNothing?: readonly PgColumn[];
  /**
   * Rows inserted in this column's order, as the database sorts it (its collation, as its index
   * does): two transactions inserting the same keys then take their index entries in one order.
   */
  orderBy?: PgColumn;
  /** The columns to return of each inserted row, as the database names them. */
  returning?: readonly PgColumn[];
}

/**
 * Inserts `rows` (as drizzle's `insert().values()` takes them) in one statement per set of
 * columns they set. Returns the `returning` columns of the rows inserted, by database name and
 * as the driver reads them.
 */
export async function insertRowsAsJson<Table extends PgTable>(
  executor: Executor,
  table: Table,
  rows: readonly Table['$inferInsert'][],
  options: JsonInsertOptions = {},
): Promise<Record<string, unknown>[]> {
  const columns: Record<string, PgColumn> = getTableColumns(table);
  const returned: Record<string, unknown>[] = [];
  for (const group of groupBySetColumns(rows as readonly Record<string, unknown>[])) {
    const keys = Object.keys(group[0]!).filter((key) => group[0]![key] !== undefined);
    const names = keys.map((key) => {
      const column = columns[key];
      if (!is(column, PgColumn)) throw new Error(`insertRowsAsJson: ${key} is not a column`);
      return column.name;
    });
    const json = group.map((row) =>
      Object.fromEntries(keys.map((key, i) => [names[i], jsonValue(columns[key]!, row[key])])),
    );
    const list = (prefix: string) => sql.raw(names.map((name) => `${prefix}"${name}"`).join(', '));
    const parts: SQL[] = [
      sql`INSERT INTO ${table} (${list('')}) SELECT ${list('r.')} FROM json_populate_recordset(NULL::${table}, ${JSON.stringify(json)}::json) AS r`,
    ];
    if (options.orderBy) parts.push(sql.raw(` ORDER BY r."${options.orderBy.name}"`));
    if (options.onConflictDoNothing) {
      const target = sql.raw(options.onConflictDoNothing.map((column) => `"${column.name}"`).join(', '));
      parts.push(sql` ON CONFLICT (${target}) DO NOTHING`);
    }
    if (options.returning) {
      parts.push(sql` RETURNING ${sql.raw(options.returning.map((column) => `"${column.name}"`).join(', '))}`);
    }
    const result = await executor.execute<Record<string, unknown>>(sql.join(parts));
    returned.push(...result.rows);
  }
  return returned;
}
