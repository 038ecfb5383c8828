/**
 * The e-mails of alerts, in the alert's language: the confirmation link, and the mail of new
 * matches (plain text and HTML, with the one-click unsubscribe headers of RFC 8058). Queued in
 * the mail outbox inside the transaction that causes them.
 */
import { municipalityByCode, type Executor } from '@samenwerven/db';
import { enqueueMail, type OutgoingMail } from '../mail/outbox.ts';
import { escapeMarkup, vacancyPath } from '../text.ts';

type Lang = 'nl' | 'en';

export const alertPaths = {
  confirm: { nl: '/alert/bevestigen#token=', en: '/en/alert/confirm#token=' },
  unsubscribe: { nl: '/alert/afmelden?token=', en: '/en/alert/unsubscribe?token=' },
  manage: { nl: '/mijn-alerts#sleutel=', en: '/en/my-alerts#key=' },
  keep: { nl: '/alert/houden#token=', en: '/en/alert/keep#token=' },
  search: { nl: '/?', en: '/en/?' },
};

const frequencyText = {
  nl: { instant: 'zodra er nieuwe zijn (hoogstens één mail per uur)', daily: 'dagelijks', weekly: 'wekelijks' },
  en: { instant: 'as soon as there are new ones (at most one mail an hour)', daily: 'daily', weekly: 'weekly' },
};

/**
 * Asks the address to confirm an alert. Anyone can ask for one for any address, so this mail says
 * nothing the asker wrote (not the alert's name): the portal's name would otherwise carry a
 * stranger's text ("your DigiD is blocked, log in at …") to any inbox. Once confirmed, the alert's
 * mails name it: the address's owner saw its name and search on the link's page and switched it on
 * with a button there (web/src/features/alerts/confirm-alert-route.ts).
 */
export async function queueConfirmationMail(
  db: Executor,
  alert: { email: string; frequency: 'instant' | 'daily' | 'weekly'; lang: Lang },
  links: { confirm: string },
): Promise<void> {
  const nl = alert.lang === 'nl';
  await enqueueMail(db, {
    kind: 'alert_confirmation',
    to: alert.email,
    subject: nl ? 'Bevestig je e-mailalert op Samenwerven' : 'Confirm your e-mail alert on Samenwerven',
    text: nl
      ? `Goedendag,\n\nJij (of iemand met jouw adres) vroeg om een e-mailalert over nieuwe vacatures op Samenwerven, ${frequencyText.nl[alert.frequency]}.\n\nBevestig dit met deze link (een week geldig); daar zie je ook voor welke zoekopdracht:\n\n${links.confirm}\n\nWas je dit niet? Dan hoef je niets te doen: zonder bevestiging sturen we niets en is het verzoek over een week verdwenen.\n\nMet vriendelijke groet,\nSamenwerven\n`
      : `Hello,\n\nYou (or someone using your address) asked for an e-mail alert about new vacancies on Samenwerven, ${frequencyText.en[alert.frequency]}.\n\nConfirm it with this link (valid for a week); it also shows which search it is for:\n\n${links.confirm}\n\nNot you? Then there is nothing to do: without confirmation we send nothing, and the request is gone in a week.\n\nKind regards,\nSamenwerven\n`,
  });
}

/** Vacancies listed in one mail; the subject counts them all and the mail links to the rest. */
export const MAIL_LIST_LIMIT = 25;

export interface MatchedVacancy {
  id: string;
  title: string;
  organisation: string;
  municipalityCode: string;
  hoursMin: number;
  hoursMax: number;
  salaryMin: number | null;
  salaryMax: number | null;
  closingDate: string | null;
  /** The language its title is in ('nl' when not given): marked when it is not the mail's. */
  language?: string;
}

/** Made once: a formatter costs far more to make than to use, and a batch of mails uses them thousands of times. */
const formats = Object.fromEntries(
  (['nl', 'en'] as const).map((lang) => {
    const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
    return [
      lang,
      {
        euros: new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
        day: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      },
    ];
  }),
) as Record<Lang, { euros: Intl.NumberFormat; day: Intl.DateTimeFormat }>;
const euros = (lang: Lang, n: number) => formats[lang].euros.format(n);
const day = (lang: Lang, date: string) => formats[lang].day.format(new Date(`${date}T12:00:00Z`));

/** The facts of a vacancy in one line: organisation, place, hours, salary, closing date. */
function facts(lang: Lang, v: MatchedVacancy): string {
  const hours = v.hoursMin === v.hoursMax ? `${v.hoursMax}` : `${v.hoursMin}–${v.hoursMax}`;
  return [
    v.organisation,
    municipalityByCode(v.municipalityCode)?.name ?? '',
    lang === 'nl' ? `${hours} uur` : `${hours} hours`,
    v.salaryMin !== null && v.salaryMax !== null ? `${euros(lang, v.salaryMin)}–${euros(lang, v.salaryMax)}` : null,
    v.closingDate ? (lang === 'nl' ? `sluit ${day(lang, v.closingDate)}` : `closes ${day(lang, v.closingDate)}`) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

export interface AlertMailLinks {
  base: string;
  unsubscribe: string;
  /** RFC 8058: the address a mail program POSTs `List-Unsubscribe=One-Click` to. */
  oneClick: string;
  manage: string;
  search: string;
}

/** A title in another language than the mail's is read out in its own (WCAG 3.1.2, as on the pages). */
const titleLang = (v: MatchedVacancy, lang: Lang) => {
  const own = v.language === 'en' ? 'en' : 'nl';
  return own === lang ? '' : ` lang="${own}"`;
};

/** The mail of an alert's new matches, in the alert's language, with its one-click unsubscribe headers. */
export function matchesMail(
  alert: { email: string; name: string; lang: string },
  matches: readonly MatchedVacancy[],
  links: AlertMailLinks,
): OutgoingMail {
  const lang: Lang = alert.lang === 'en' ? 'en' : 'nl';
  const nl = lang === 'nl';
  const url = (v: MatchedVacancy) => `${links.base}${vacancyPath(v, lang)}`;
  const subject = nl
    ? `${matches.length} nieuwe ${matches.length === 1 ? 'vacature' : 'vacatures'} voor "${alert.name}"`
    : `${matches.length} new ${matches.length === 1 ? 'vacancy' : 'vacancies'} for "${alert.name}"`;
  const intro = nl
    ? `Nieuw sinds onze vorige mail voor je zoekopdracht "${alert.name}":`
    : `New since our last mail for your search "${alert.name}":`;
  // A mail stays readable: the newest ones, and the search for the rest.
  const shown = matches.slice(0, MAIL_LIST_LIMIT);
  const more = matches.length - shown.length;
  const moreLine =
    more > 0 ? (nl ? `En nog ${more} andere in de resultaten.` : `And ${more} more in the results.`) : null;
  const footer = nl
    ? {
        all: 'Alle resultaten',
        change: 'Hoe vaak je mail krijgt wijzigen, of alerts beëindigen',
        stop: 'Afmelden voor deze alert',
      }
    : {
        all: 'All results',
        change: 'Change how often you get mail, or end alerts',
        stop: 'Unsubscribe from this alert',
      };
  const text = [
    intro,
    '',
    ...shown.flatMap((v) => [v.title, facts(lang, v), url(v), '']),
    ...(moreLine ? [moreLine, ''] : []),
    `${footer.all}: ${links.search}`,
    `${footer.change}: ${links.manage}`,
    `${footer.stop}: ${links.unsubscribe}`,
    '',
    'Samenwerven',
    '',
  ].join('\n');
  const html = `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeMarkup(intro)}</p>
<ul>
${shown.map((v) => `<li><a href="${escapeMarkup(url(v))}"${titleLang(v, lang)}>${escapeMarkup(v.title)}</a><br>${escapeMarkup(facts(lang, v))}</li>`).join('\n')}
</ul>
${moreLine ? `<p>${escapeMarkup(moreLine)}</p>\n` : ''}<p><a href="${escapeMarkup(links.search)}">${footer.all}</a></p>
<p><a href="${escapeMarkup(links.manage)}">${footer.change}</a> · <a href="${escapeMarkup(links.unsubscribe)}">${footer.stop}</a></p>
<p>Samenwerven</p>
</body></html>`;
  return {
    kind: 'alert_matches',
    to: alert.email,
    subject,
    text,
    html,
    headers: { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/**
 * The question to an alert with no sign of life for half a year (we do not track whether mail
 * is opened): keep it with one click, or it ends in 30 days.
 */
export function keepQuestionMail(
  alert: { email: string; name: string; lang: string },
  links: { keep: string; unsubscribe: string; oneClick: string; search: string },
): OutgoingMail {
  const nl = alert.lang !== 'en';
  const text = nl
    ? `Goedendag,\n\nJe krijgt al een half jaar e-mail over nieuwe vacatures voor je zoekopdracht "${alert.name}" op Samenwerven. Wil je die blijven krijgen? Klik dan op deze link:\n\n${links.keep}\n\nDoe je niets, dan stoppen we over 30 dagen met deze alert. Je kunt hem altijd opnieuw maken vanaf je zoekopdracht:\n${links.search}\n\nMeteen stoppen: ${links.unsubscribe}\n\nMet vriendelijke groet,\nSamenwerven\n`
    : `Hello,\n\nFor half a year you have had mail about new vacancies for your search "${alert.name}" on Samenwerven. Would you like to keep getting it? Then follow this link:\n\n${links.keep}\n\nIf you do nothing, this alert ends in 30 days. You can always make it again from your search:\n${links.search}\n\nStop now: ${links.unsubscribe}\n\nKind regards,\nSamenwerven\n`;
  return {
    kind: 'alert_keep_question',
    to: alert.email,
    subject: nl ? `Wil je de alert "${alert.name}" houden?` : `Would you like to keep the alert "${alert.name}"?`,
    text,
    headers: { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/** The last mail of an alert that ended because nobody answered its question: how to make it again. */
export function alertEndedMail(alert: { email: string; name: string; lang: string }, search: string): OutgoingMail {
  const nl = alert.lang !== 'en';
  return {
    kind: 'alert_ended',
    to: alert.email,
    subject: nl ? `We zijn gestopt met de alert "${alert.name}"` : `We have ended the alert "${alert.name}"`,
    text: nl
      ? `Goedendag,\n\nWe vroegen je een maand geleden of je de e-mailalert "${alert.name}" wilde houden en kregen geen antwoord. Daarom sturen we je hierover geen e-mail meer en hebben we de alert verwijderd.\n\nToch weer nieuwe vacatures ontvangen? Maak de alert opnieuw vanaf je zoekopdracht:\n${search}\n\nMet vriendelijke groet,\nSamenwerven\n`
      : `Hello,\n\nA month ago we asked whether you wanted to keep the e-mail alert "${alert.name}" and had no answer. So we no longer send you mail about it, and have deleted the alert.\n\nWant new vacancies after all? Make the alert again from your search:\n${search}\n\nKind regards,\nSamenwerven\n`,
  };
}
