/**
 * DESIGN.md invariant 1 as the database keeps it (db/migrations/0023): every vacancy a statement
 * inserts, updates or deletes gets its search_outbox row in the same transaction, one per
 * vacancy however many one statement touches; a statement that touched none writes none and
 * wakes no worker. Real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createVacancy } from '../support/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/** The outbox rows of `ids` that `statement` wrote, read in its own transaction (no worker sees them), then undone. */
async function outboxRowsWrittenBy(statement: string, ids: string[]): Promise<string[]> {
  const client = await ctx.pool.connect();
  try {
    await client.query('BEGIN');
    const before = await client.query<{ id: string }>('SELECT max(id) AS id FROM search_outbox');
    await client.query(statement, [ids]);
    const written = await client.query<{ vacancy_id: string }>(
      'SELECT vacancy_id FROM search_outbox WHERE id > coalesce($1, 0) ORDER BY vacancy_id',
      [before.rows[0]!.id],
    );
    return written.rows.map((row) => row.vacancy_id);
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

describe('the search outbox, written by the database', () => {
  it('gets one row per vacancy a statement inserts, updates or deletes, however many it touches', async () => {
    const organisation = await createOrganisation(ctx.db);
    const made = await Promise.all([1, 2, 3].map(() => createVacancy(ctx.db, { organisation })));
    const ids = made.map((v) => v.id).toSorted();
    expect(
      await outboxRowsWrittenBy(`UPDATE vacancies SET title = title || ' (bijgewerkt)' WHERE id = ANY($1)`, ids),
    ).toEqual(ids);
    expect(await outboxRowsWrittenBy('DELETE FROM vacancies WHERE id = ANY($1)', ids)).toEqual(ids);
    const copies = await outboxRowsWrittenBy(
      `INSERT INTO vacancies (organisation_id, title, category_code, education_level, employment_type, hours_min, hours_max, municipality_code, latitude, longitude)
       SELECT organisation_id, title, category_code, education_level, employment_type, hours_min, hours_max, municipality_code, latitude, longitude
       FROM vacancies WHERE id = ANY($1)`,
      ids,
    );
    expect(copies).toHaveLength(3);
    expect(copies.some((id) => ids.includes(id))).toBe(false);
  });

  it('gets no row, and no worker is woken, from a statement that touched no vacancy', async () => {
    const listener = new pg.Client({ connectionString: ctx.databaseUrl });
    await listener.connect();
    const woken: string[] = [];
    listener.on('notification', (message) => woken.push(message.channel));
    await listener.query('LISTEN search_outbox');
    try {
      const none = ['00000000-0000-4000-8000-000000000000'];
      expect(await outboxRowsWrittenBy(`UPDATE vacancies SET title = 'x' WHERE id = ANY($1)`, none)).toEqual([]);
      expect(await outboxRowsWrittenBy(`DELETE FROM vacancies WHERE id = ANY($1)`, none)).toEqual([]);
      await ctx.pool.query(`UPDATE vacancies SET title = 'x' WHERE id = ANY($1)`, [none]);
      await ctx.pool.query(`DELETE FROM vacancies WHERE id = ANY($1)`, [none]);
      await createVacancy(ctx.db);
      // The insert's notification comes after the two empty statements': once it is here, they would have been.
      await expect.poll(() => woken.length, { timeout: 5000 }).toBeGreaterThan(0);
      expect(woken).toEqual(['search_outbox']);
    } finally {
      await listener.end();
    }
  });
});
