/**
 * Talent-pool consent lasts a year and ends by itself unless the candidate renews it. Two weeks
 * before it ends they get one reminder with a link to their own page (the guest key of
 * privacy/guest-link.ts), where one click renews it for a year; doing nothing lets it lapse,
 * after which the retention purge removes the data. The application stores no language, so the
 * reminder is written in Dutch and English.
 */
import { and, eq, gt, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { applications, vacancies, type Database, type Executor } from '@samenwerven/db';
import { AppError } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { guestKey } from '../privacy/guest-link.ts';
import { ofMemberNotLeft } from './queries.ts';
import { POOL_DAYS } from './retention.ts';
import { dutchDayInWords } from '@samenwerven/calendar';

export const REMIND_DAYS_BEFORE = 14;
const DAY = 86_400_000;

const reminder = (name: string, vacancyTitle: string, until: Date, url: { nl: string; en: string }) => {
  const date = (locale: 'nl-NL' | 'en-GB') => dutchDayInWords(until, locale);
  return {
    subject: 'Je plek in de talentpool loopt af · Your place in the talent pool ends',
    text:
      `Beste ${name},\n\nToen je solliciteerde op "${vacancyTitle}" gaf je toestemming om een jaar in de talentpool van de alliantie te staan. ` +
      `Die toestemming loopt af op ${date('nl-NL')}. Wil je blijven? Verleng dan met één klik op deze pagina:\n\n${url.nl}\n\n` +
      `Doe je niets, dan verwijderen wij daarna je gegevens.\n\n— \n\nDear ${name},\n\nWhen you applied for "${vacancyTitle}" you agreed to be in the alliance's talent pool for a year. ` +
      `That consent ends on ${date('en-GB')}. Want to stay? Renew it with one click on this page:\n\n${url.en}\n\n` +
      `If you do nothing, we delete your data after that.\n`,
  };
};

/** Queues one reminder for every pool consent that ends within two weeks; returns how many. */
export async function sendConsentReminders(
  db: Database,
  options: { publicUrl: string; guestKeySecret: string },
  now = new Date(),
): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({
        id: applications.id,
        name: applications.name,
        email: applications.email,
        until: applications.poolConsentUntil,
        organisationId: applications.organisationId,
        vacancyTitle: vacancies.title,
      })
      .from(applications)
      .innerJoin(vacancies, eq(vacancies.id, applications.vacancyId))
      .where(
        and(
          eq(applications.consent, 'pool'),
          // Never in the pool, nothing to renew: and an address nobody confirmed gets nothing the sender wrote.
          isNotNull(applications.addressConfirmedAt),
          gt(applications.poolConsentUntil, now),
          lte(applications.poolConsentUntil, new Date(now.getTime() + REMIND_DAYS_BEFORE * DAY)),
          isNull(applications.poolReminderSentAt),
          ofMemberNotLeft,
        ),
      )
      .for('update', { skipLocked: true });
    for (const application of due) {
      const key = guestKey(options.guestKeySecret, application.email, now);
      const message = reminder(application.name, application.vacancyTitle, application.until!, {
        nl: `${options.publicUrl}/mijn-gegevens#sleutel=${key}`,
        en: `${options.publicUrl}/en/my-data#key=${key}`,
      });
      await enqueueMail(tx, { kind: 'pool_consent_reminder', to: application.email, ...message });
      await tx.update(applications).set({ poolReminderSentAt: now }).where(eq(applications.id, application.id));
    }
    return due.length;
  });
}

/**
 * The candidate confirms or renews their pool consent: a year from now. Only the address's owner
 * gets here (with the key mailed to it), so it also confirms the address: an application enters
 * the pool only then. Only a consent still running (or lapsed but not yet purged) can be renewed;
 * the reminder may come again next year.
 */
export async function renewPoolConsent(tx: Executor, applicationId: string, now = new Date()) {
  const [renewed] = await tx
    .update(applications)
    .set({
      poolConsentUntil: new Date(now.getTime() + POOL_DAYS * DAY),
      poolReminderSentAt: null,
      addressConfirmedAt: sql`coalesce(${applications.addressConfirmedAt}, ${now})`,
      updatedAt: now,
    })
    .where(and(eq(applications.id, applicationId), eq(applications.consent, 'pool'), ofMemberNotLeft))
    .returning({ until: applications.poolConsentUntil });
  return renewed?.until ?? null;
}

/** Why `renewPoolConsent` renewed nothing: the member left (its applications go), or no pool consent. */
export async function whyNotRenewed(tx: Executor, applicationId: string): Promise<AppError> {
  const [row] = await tx
    .select({ left: sql<boolean>`NOT ${ofMemberNotLeft}` })
    .from(applications)
    .where(eq(applications.id, applicationId));
  // Not `invalid_transition`: its message speaks of a membership state, which is not the matter here.
  return row?.left
    ? new AppError(409, 'organisation_left', 'application.organisation_left')
    : new AppError(409, 'no_pool_consent', 'application.no_pool_consent');
}

/** An application kept for its procedure only: out of the talent pool, nothing to remind of. */
const WITHOUT_POOL_CONSENT = { consent: 'procedure', poolConsentUntil: null, poolReminderSentAt: null } as const;

/**
 * A member leaves: its candidates are told they are out of the talent pool from now on
 * (member-left-notice.ts), so their pool consents end, and a rejoin does not bring them back in.
 */
export async function endPoolConsentsOf(tx: Executor, organisationId: string, now: Date): Promise<void> {
  await tx
    .update(applications)
    .set({ ...WITHOUT_POOL_CONSENT, updatedAt: now })
    .where(and(eq(applications.organisationId, organisationId), eq(applications.consent, 'pool')));
}

/**
 * The candidate takes back their pool consent (AVG art. 7(3): as easily as it was given): the
 * application stays for its procedure only, out of the talent pool at once, and is kept as long
 * as an application without that consent is. Whether it is the caller's is for the caller to
 * check; one without pool consent: `409 no_pool_consent`.
 */
export async function endPoolConsent(tx: Executor, applicationId: string, now = new Date()): Promise<void> {
  const ended = await tx
    .update(applications)
    .set({ ...WITHOUT_POOL_CONSENT, updatedAt: now })
    .where(and(eq(applications.id, applicationId), eq(applications.consent, 'pool')))
    .returning({ id: applications.id });
  if (ended.length === 0) throw new AppError(409, 'no_pool_consent', 'application.no_pool_consent');
}
