import type { Database } from '@samenwerven/db';
import { applyDueLeaves } from '../membership/leaving.ts';
import type { MailSite } from '../membership/mails.ts';
import { applyDueVacancyChanges } from '../vacancies/time-driven.ts';

/**
 * Everything time makes happen: scheduled leaves (whose admins are mailed, hence `site`: the
 * portal's address and the alliance office's contact), scheduled publications, closing dates.
 */
export async function applyDueChanges(db: Database, site: MailSite, now = new Date()): Promise<number> {
  return (await applyDueLeaves(db, site, now)) + (await applyDueVacancyChanges(db, now));
}
