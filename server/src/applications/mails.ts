/**
 * The e-mails of an application, in Dutch and English, queued in the mail outbox inside the
 * transaction that causes them (DESIGN.md invariant 8).
 */
import type { Executor } from '@samenwerven/db';
import type { Locale } from '../i18n.ts';
import { enqueueMail } from '../mail/outbox.ts';

const paths = {
  account: { nl: '/account', en: '/en/account' },
  /** The guest's own page; the key follows in the fragment, which browsers never send on. */
  myData: { nl: '/mijn-gegevens#sleutel=', en: '/en/my-data#key=' },
  /** The applications in the management pages (web/src/i18n/paths.ts, manageApplications). */
  applications: { nl: '/beheer/sollicitaties', en: '/en/manage/applications' },
};

export interface SentApplication {
  vacancyTitle: string;
  organisationName: string;
  name: string;
  email: string;
  consent: 'procedure' | 'pool';
  /** Sent signed in, to the account's own address: withdrawing is done there. */
  withAccount: boolean;
  /** A guest's key to their own data (privacy/guest-link.ts). */
  guestKey: string;
  /** The vacancy's contact address, which the applicant's reply goes to. */
  contactEmail: string | null;
}

const consentText = {
  nl: {
    procedure: 'alleen voor deze sollicitatieprocedure',
    pool: 'voor deze procedure en één jaar in de talentpool van de alliantie',
  },
  en: {
    procedure: 'for this application procedure only',
    pool: 'for this procedure and one year in the alliance’s talent pool',
  },
};

/** To a guest who asked for the pool: it waits for them (the renew-consent of privacy/routes.ts). */
const poolWaits = {
  nl: (a: SentApplication) =>
    a.consent === 'pool'
      ? ' In de talentpool komen ze pas als je op de pagina hieronder bevestigt dat de sollicitatie van jou is.'
      : '',
  en: (a: SentApplication) =>
    a.consent === 'pool'
      ? ' They enter the talent pool only once you confirm on the page below that the application is yours.'
      : '',
};

/**
 * The applicant's confirmation. A guest's address is not checked: anyone may type any address in
 * the form, so a guest's mail carries nothing the sender wrote (no name, motivation or file names),
 * or the portal would deliver a stranger's text to any inbox. Their own page shows it all. An
 * account's address is confirmed, and the mail greets the holder by name, but copies nothing else
 * of what was sent either: the account shows it, and a motivation (health, a conviction) need not
 * sit in a mail provider's mailbox for years (a privacy officer's review). A signed-in applicant
 * who typed another address is a guest to that address.
 */
const confirmation = {
  nl: (a: SentApplication, accountUrl: string) => ({
    subject: `Je sollicitatie op ${a.vacancyTitle} is ontvangen`,
    text: a.withAccount
      ? `Beste ${a.name},\n\nJe sollicitatie op de vacature "${a.vacancyTitle}" bij ${a.organisationName} is ontvangen. Je gegevens worden bewaard ${consentText.nl[a.consent]}.\n\nIn je account zie je hoe ver je sollicitatie is en kun je alles wat je hebt gestuurd downloaden; daar kun je hem ook intrekken (dan worden je gegevens en bestanden verwijderd):\n\n${accountUrl}\n\nMet vriendelijke groet,\nSamenwerven\n`
      : `Goedendag,\n\nEr is met dit e-mailadres gesolliciteerd op de vacature "${a.vacancyTitle}" bij ${a.organisationName}. De sollicitatie is ontvangen; de gegevens worden bewaard ${consentText.nl[a.consent]}.${poolWaits.nl(a)}\n\nOp deze pagina zie je wat er is gestuurd (de bestanden zitten in de download van alle gegevens); je kunt de sollicitatie daar intrekken, alle gegevens downloaden of alles laten verwijderen. Bewaar deze e-mail: de link is ruim een jaar geldig en alleen voor jou.\n\n${accountUrl}\n\nHeb jij niet gesolliciteerd? Laat dan alles verwijderen via die pagina.\n\nMet vriendelijke groet,\nSamenwerven\n`,
  }),
  en: (a: SentApplication, accountUrl: string) => ({
    subject: `Your application for ${a.vacancyTitle} has been received`,
    text: a.withAccount
      ? `Dear ${a.name},\n\nYour application for the vacancy "${a.vacancyTitle}" at ${a.organisationName} has been received. Your data are kept ${consentText.en[a.consent]}.\n\nYour account shows how far your application is, and there you can download everything you sent; you can also withdraw it there (your data and files are then deleted):\n\n${accountUrl}\n\nKind regards,\nSamenwerven\n`
      : `Hello,\n\nSomeone applied with this e-mail address for the vacancy "${a.vacancyTitle}" at ${a.organisationName}. The application has been received; the data are kept ${consentText.en[a.consent]}.${poolWaits.en(a)}\n\nThis page shows what was sent (the files are in the download of all the data); there you can withdraw the application, download all the data or have everything deleted. Keep this e-mail: the link is valid for over a year and only for you.\n\n${accountUrl}\n\nDid you not apply? Then have everything deleted through that page.\n\nKind regards,\nSamenwerven\n`,
  }),
};

const notification = {
  nl: (vacancyTitle: string, url: string) => ({
    subject: `Nieuwe sollicitatie op ${vacancyTitle}`,
    text: `Goedendag,\n\nEr is een nieuwe sollicitatie binnengekomen op de vacature "${vacancyTitle}". Je vindt hem bij de sollicitaties in het beheer:\n\n${url}\n\nWil je deze berichten niet meer krijgen? Zet ze uit in je account.\n`,
  }),
  en: (vacancyTitle: string, url: string) => ({
    subject: `New application for ${vacancyTitle}`,
    text: `Hello,\n\nA new application has arrived for the vacancy "${vacancyTitle}". You find it among the applications in the management pages:\n\n${url}\n\nDo you no longer want these messages? Turn them off in your account.\n`,
  }),
};

/**
 * The standard rejection, used unless HR wrote their own text. Without a name (null) when the
 * address was never confirmed: the name is whatever the applicant typed.
 */
export const standardRejection = {
  nl: (name: string | null, vacancyTitle: string, organisationName: string) =>
    `${name === null ? 'Goedendag' : `Beste ${name}`},\n\nHartelijk dank voor je sollicitatie op de vacature "${vacancyTitle}" en de tijd die je erin hebt gestoken. Na zorgvuldige afweging hebben wij besloten je niet verder mee te nemen in de procedure.\n\nWij wensen je veel succes met je verdere loopbaan.\n\nMet vriendelijke groet,\n${organisationName}\n`,
  en: (name: string | null, vacancyTitle: string, organisationName: string) =>
    `${name === null ? 'Hello' : `Dear ${name}`},\n\nThank you for your application for the vacancy "${vacancyTitle}" and the time you put into it. After careful consideration we have decided not to take your application further in the procedure.\n\nWe wish you every success in your career.\n\nKind regards,\n${organisationName}\n`,
};

/**
 * Where an applicant's answer to a mail about their application goes: the vacancy's contact, when
 * it has one (an HR review: replies went to the portal's own sender, which nobody reads). Never on
 * a mail with a key in it: a reply quotes the mail, and the key opens the applicant's data.
 */
const replyToContact = (contactEmail: string | null | undefined) =>
  contactEmail ? { headers: { 'Reply-To': contactEmail } } : {};

/** Tells the applicant what they sent and how to withdraw it. */
export async function mailApplicationReceived(
  tx: Executor,
  publicUrl: string,
  application: SentApplication,
  locale: Locale,
  organisationId: string,
): Promise<void> {
  const url = application.withAccount
    ? `${publicUrl}${paths.account[locale]}`
    : `${publicUrl}${paths.myData[locale]}${application.guestKey}`;
  const message = confirmation[locale](application, url);
  await enqueueMail(tx, {
    kind: 'job_application_received',
    to: application.email,
    organisationId,
    ...message,
    // Not a guest's: their mail carries the key to their data, and a reply quotes it (a review).
    ...(application.withAccount ? replyToContact(application.contactEmail) : {}),
  });
}

/** Tells the organisation's staff who asked for it that an application arrived, each in their language. */
export async function mailApplicationArrived(
  tx: Executor,
  publicUrl: string,
  watchers: readonly { email: string; locale: string }[],
  vacancyTitle: string,
  organisationId: string,
): Promise<void> {
  for (const watcher of watchers) {
    const locale: Locale = watcher.locale === 'en' ? 'en' : 'nl';
    // To the applications (an HR review: the overview the link led to lists none). Not to the
    // application itself: its id in a mail kept after an erasure would be left of the applicant.
    const url = `${publicUrl}${paths.applications[locale]}`;
    const message = notification[locale](vacancyTitle, url);
    await enqueueMail(tx, { kind: 'job_application_notification', to: watcher.email, organisationId, ...message });
  }
}

/** The rejection: HR's own text, or the standard one in the applicant's language. */
export async function mailRejection(
  tx: Executor,
  to: { email: string; name: string | null },
  context: {
    vacancyTitle: string;
    organisationName: string;
    organisationId: string;
    locale: Locale;
    contactEmail: string | null;
  },
  text: string | undefined,
): Promise<void> {
  const subject =
    context.locale === 'en'
      ? `Your application for ${context.vacancyTitle}`
      : `Je sollicitatie op ${context.vacancyTitle}`;
  await enqueueMail(tx, {
    kind: 'job_application_rejected',
    to: to.email,
    organisationId: context.organisationId,
    subject,
    text: text ?? standardRejection[context.locale](to.name, context.vacancyTitle, context.organisationName),
    ...replyToContact(context.contactEmail),
  });
}
