/**
 * The roll-up of the daily counters: `organisation_days` holds `vacancy_views` summed per
 * organisation and day. The server keeps both in step as it counts; whatever writes
 * `vacancy_views` in bulk (the demo seed, the benchmark) rebuilds the roll-up with this.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from './client.ts';

export async function rebuildOrganisationDays(db: Executor): Promise<void> {
  await db.execute(sql`DELETE FROM organisation_days`);
  await db.execute(sql`
    INSERT INTO organisation_days (organisation_id, day, views, from_widget, from_feed, impressions, applications, hires)
    SELECT v.organisation_id, c.day, sum(c.views), sum(c.from_widget), sum(c.from_feed), sum(c.impressions),
           sum(c.applications), sum(c.hires)
      FROM vacancy_views c JOIN vacancies v ON v.id = c.vacancy_id
     GROUP BY 1, 2`);
}
