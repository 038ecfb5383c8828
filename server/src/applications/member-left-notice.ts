/**
 * When a member leaves the alliance (or the coordinator ends its membership), the people who
 * applied to it hear of it from the portal: their procedure there has ended, and when the portal
 * deletes what they sent (four weeks on: retention.ts), the talent pool included. One mail per
 * address, naming each vacancy. The application stores no language: Dutch, then English, as the
 * pool's reminder (consent-reminders.ts).
 */
import { eq, sql } from 'drizzle-orm';
import { applications, vacancies, type Executor } from '@samenwerven/db';
import { enqueueMail } from '../mail/outbox.ts';
import { AFTER_PROCEDURE_DAYS } from './retention.ts';
import { dutchDayInWords } from '@samenwerven/calendar';

interface Candidate {
  email: string;
  /** The name typed with an application the address's owner took as theirs; null when none was. */
  name: string | null;
  titles: string[];
  inPool: boolean;
}

const listOf = (titles: string[]) => titles.map((title) => `- ${title}`).join('\n');

function notice(candidate: Candidate, organisation: string, deletedOn: Date) {
  const date = (locale: 'nl-NL' | 'en-GB') => dutchDayInWords(deletedOn, locale);
  const pool = {
    nl: candidate.inPool ? ' Je staat vanaf nu ook niet meer in de talentpool met deze sollicitatie.' : '',
    en: candidate.inPool ? ' From now on you are also no longer in the talent pool with this application.' : '',
  };
  // Anyone can type any name with any address: only a confirmed address is greeted by it (API.md).
  const greeting = {
    nl: candidate.name === null ? 'Goedendag' : `Beste ${candidate.name}`,
    en: candidate.name === null ? 'Hello' : `Dear ${candidate.name}`,
  };
  return {
    subject: `${organisation} doet niet meer mee aan Samenwerven · ${organisation} has left Samenwerven`,
    text:
      `${greeting.nl},\n\nJe solliciteerde via Samenwerven bij ${organisation} op:\n\n${listOf(candidate.titles)}\n\n` +
      `${organisation} doet niet meer mee aan de alliantie Samenwerven. Op ${date('nl-NL')} verwijdert Samenwerven je sollicitatie, met je cv en brief.${pool.nl} ` +
      `Wil je verder met een sollicitatie? Neem dan rechtstreeks contact op met ${organisation}; vraag hun ook wat zij zelf met je gegevens doen.\n\n` +
      `Tot die datum kun je je gegevens downloaden of zelf verwijderen: met de link in de bevestigingsmail van je sollicitatie, of op je accountpagina als je een account hebt.\n\n` +
      `— \n\n${greeting.en},\n\nYou applied through Samenwerven to ${organisation} for:\n\n${listOf(candidate.titles)}\n\n` +
      `${organisation} no longer takes part in the Samenwerven alliance. On ${date('en-GB')} Samenwerven deletes your application, with your CV and letter.${pool.en} ` +
      `Want to go on with an application? Then contact ${organisation} directly; ask them too what they do with your data themselves.\n\n` +
      `Until that date you can download your data or delete it yourself: with the link in your application's confirmation e-mail, or on your account page if you have an account.\n`,
  };
}

/** Queues the notice to everyone with an application to the organisation; returns how many mails. */
export async function mailCandidatesOfLeavingMember(
  tx: Executor,
  organisation: { id: string; name: string },
  now: Date,
): Promise<number> {
  const rows = await tx
    .select({
      email: sql<string>`lower(${applications.email})`,
      name: applications.name,
      confirmed: sql<boolean>`${applications.addressConfirmedAt} IS NOT NULL`,
      title: vacancies.title,
      inPool: sql<boolean>`${applications.consent} = 'pool' AND ${applications.addressConfirmedAt} IS NOT NULL`,
    })
    .from(applications)
    .innerJoin(vacancies, eq(vacancies.id, applications.vacancyId))
    .where(eq(applications.organisationId, organisation.id))
    .orderBy(applications.createdAt);
  const byAddress = new Map<string, Candidate>();
  for (const row of rows) {
    const candidate = byAddress.get(row.email) ?? { email: row.email, name: null, titles: [], inPool: false };
    if (row.confirmed) candidate.name ??= row.name;
    if (!candidate.titles.includes(row.title)) candidate.titles.push(row.title);
    candidate.inPool ||= row.inPool;
    byAddress.set(row.email, candidate);
  }
  const deletedOn = new Date(now.getTime() + AFTER_PROCEDURE_DAYS * 86_400_000);
  for (const candidate of byAddress.values()) {
    await enqueueMail(tx, {
      kind: 'member_left_notice',
      to: candidate.email,
      organisationId: organisation.id,
      ...notice(candidate, organisation.name, deletedOn),
    });
  }
  return byAddress.size;
}
