/**
 * The guest applicant's own page (/mijn-gegevens, /en/my-data), in Dutch and English. Loaded
 * only with that page. Like the apply form and the privacy statement it speaks to the reader
 * as "je"; the statuses are those of application-messages.ts.
 */
import type { Lang } from './lang.ts';

const nl = {
  title: 'Mijn gegevens',
  intro: (email: string) =>
    `Hier zie je de sollicitaties die met het e-mailadres ${email} zijn verstuurd. Je kunt ze intrekken, al je gegevens downloaden of alles laten verwijderen.`,
  applications: {
    title: 'Mijn sollicitaties',
    caption: 'Je sollicitaties',
    empty: 'Er staan geen sollicitaties (meer) op dit e-mailadres.',
    columns: {
      vacancy: 'Vacature',
      organisation: 'Organisatie',
      date: 'Verstuurd op',
      status: 'Status',
      actions: 'Acties',
    },
    sent: 'Wat er is gestuurd',
    sentFields: { name: 'Naam', phone: 'Telefoon', motivation: 'Motivatie', none: 'niet ingevuld' },
    withdraw: 'Intrekken',
    withdrawLabel: (title: string, organisation: string, sent: string) =>
      `Sollicitatie op ${title} bij ${organisation} van ${sent} intrekken`,
    confirmTitle: 'Sollicitatie intrekken?',
    confirmText: (title: string, organisation: string) =>
      `Je sollicitatie op ‘${title}’ bij ${organisation} wordt verwijderd, met je cv en je brief. De organisatie ziet haar niet meer. Dit kan niet ongedaan worden gemaakt.`,
    confirm: 'Ja, intrekken',
    withdrawn: (title: string) => `Je sollicitatie op ‘${title}’ is ingetrokken.`,
  },
  pool: {
    until: (iso: string) =>
      `In de talentpool tot ${new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))}`,
    renew: 'Nog een jaar in de talentpool',
    // Each button's name starts with what it shows (WCAG 2.5.3), then says which application.
    renewLabel: (title: string, organisation: string) =>
      `Nog een jaar in de talentpool, met je sollicitatie op ${title} bij ${organisation}`,
    waiting:
      'Nog niet in de talentpool. Is deze sollicitatie van jou, en mogen alle organisaties van de alliantie je een jaar lang vinden? Bevestig het dan.',
    confirm: 'Bevestigen: in de talentpool',
    confirmLabel: (title: string, organisation: string) =>
      `Bevestigen: in de talentpool, met je sollicitatie op ${title} bij ${organisation}`,
    leave: 'Uit de talentpool',
    leaveLabel: (title: string, organisation: string) =>
      `Uit de talentpool, met je sollicitatie op ${title} bij ${organisation}`,
    left: 'Je staat niet meer in de talentpool. Je sollicitatie bewaren we nu als een zonder die toestemming: tot vier weken na het einde van de procedure. Is die al langer voorbij, dan verwijderen we haar vannacht.',
    renewed: (iso: string) =>
      `Je staat nu in de talentpool tot ${new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))}.`,
  },
  download: {
    title: 'Al mijn gegevens',
    text: 'Download alles wat we over je bewaren in één zip-bestand: je sollicitaties, je cv’s en brieven, notities van de organisatie en welke e-mails we je stuurden.',
    button: 'Al mijn gegevens downloaden',
    busy: 'Bezig met downloaden…',
    started: 'Je download is gestart: je vindt het zip-bestand bij je downloads.',
  },
  erase: {
    title: 'Alles verwijderen',
    text: 'Wil je dat we niets meer van je bewaren? Dan verwijderen we alles wat bij dit e-mailadres hoort.',
    button: 'Alles verwijderen',
    confirmTitle: 'Alles verwijderen?',
    confirmText: 'Dit verdwijnt voorgoed:',
    confirmItems: [
      'al je sollicitaties, met je cv’s en brieven en de notities van de organisaties;',
      'je e-mailalerts op dit e-mailadres (niet die van een account): daarvan krijg je geen vacatures meer gemaild;',
      'de e-mails die we je stuurden.',
    ],
    confirmHint:
      'Organisaties zien je sollicitaties daarna niet meer. Heb je een account met dit e-mailadres? Dat blijft bestaan. Dit kan niet ongedaan worden gemaakt.',
    confirm: 'Ja, alles verwijderen',
    done: 'Alles is verwijderd. We bewaren geen sollicitaties, bestanden, e-mailalerts (buiten een account) of e-mails meer van dit e-mailadres.',
  },
  failed: 'Dat lukte niet. Probeer het later opnieuw.',
  noKey: {
    title: 'Deze link werkt niet',
    text: [
      'Je opent deze pagina met de link uit de bevestigingsmail van je sollicitatie. Deze link werkt niet (meer).',
      'Misschien is de link niet helemaal gekopieerd. Klik op de link in de e-mail, of kopieer hem in zijn geheel. Een link is 400 dagen geldig; is je e-mail ouder, dan werkt hij niet meer.',
      'Wil je je gegevens zien, downloaden of laten verwijderen? Neem dan contact op met de organisatie waar je solliciteerde: haar gegevens staan bij de vacature en in de bevestigingsmail. Of mail ons: ',
    ],
  },
  privacy: 'Lees hoe we met je gegevens omgaan (privacyverklaring)',
};

export type MyDataMessages = typeof nl;

const en: MyDataMessages = {
  title: 'My data',
  intro: (email: string) =>
    `Here you see the applications sent with the e-mail address ${email}. You can withdraw them, download all your data or have everything deleted.`,
  applications: {
    title: 'My applications',
    caption: 'Your applications',
    empty: 'There are no applications (left) for this e-mail address.',
    columns: {
      vacancy: 'Vacancy',
      organisation: 'Organisation',
      date: 'Sent on',
      status: 'Status',
      actions: 'Actions',
    },
    sent: 'What was sent',
    sentFields: { name: 'Name', phone: 'Phone', motivation: 'Motivation', none: 'not given' },
    withdraw: 'Withdraw',
    withdrawLabel: (title: string, organisation: string, sent: string) =>
      `Withdraw application for ${title} at ${organisation} sent ${sent}`,
    confirmTitle: 'Withdraw application?',
    confirmText: (title: string, organisation: string) =>
      `Your application for ‘${title}’ at ${organisation} is deleted, with your CV and your letter. The organisation no longer sees it. This cannot be undone.`,
    confirm: 'Yes, withdraw',
    withdrawn: (title: string) => `Your application for ‘${title}’ has been withdrawn.`,
  },
  pool: {
    until: (iso: string) =>
      `In the talent pool until ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))}`,
    renew: 'Another year in the talent pool',
    renewLabel: (title: string, organisation: string) =>
      `Another year in the talent pool, with your application for ${title} at ${organisation}`,
    waiting:
      'Not in the talent pool yet. Is this application yours, and may every organisation of the alliance find you for a year? Then confirm it.',
    confirm: 'Confirm: into the talent pool',
    confirmLabel: (title: string, organisation: string) =>
      `Confirm: into the talent pool, with your application for ${title} at ${organisation}`,
    leave: 'Leave the talent pool',
    leaveLabel: (title: string, organisation: string) =>
      `Leave the talent pool, with your application for ${title} at ${organisation}`,
    left: 'You are no longer in the talent pool. We now keep your application as one without that consent: until four weeks after the procedure ends. If it ended longer ago, we delete it tonight.',
    renewed: (iso: string) =>
      `You are now in the talent pool until ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))}.`,
  },
  download: {
    title: 'All my data',
    text: 'Download everything we keep about you in one zip file: your applications, your CVs and letters, the organisation’s notes and which e-mails we sent you.',
    button: 'Download all my data',
    busy: 'Downloading…',
    started: 'Your download has started: you will find the zip file among your downloads.',
  },
  erase: {
    title: 'Delete everything',
    text: 'Do you want us to keep nothing about you? Then we delete everything that belongs to this e-mail address.',
    button: 'Delete everything',
    confirmTitle: 'Delete everything?',
    confirmText: 'This goes for good:',
    confirmItems: [
      'all your applications, with your CVs and letters and the organisations’ notes;',
      'your e-mail alerts at this address (not those of an account): they will mail you no more vacancies;',
      'the e-mails we sent you.',
    ],
    confirmHint:
      'Organisations no longer see your applications. Do you have an account with this e-mail address? It stays. This cannot be undone.',
    confirm: 'Yes, delete everything',
    done: 'Everything has been deleted. We no longer keep any applications, files, e-mail alerts (outside an account) or e-mails of this e-mail address.',
  },
  failed: 'That did not work. Please try again later.',
  noKey: {
    title: 'This link does not work',
    text: [
      'You open this page with the link in the confirmation e-mail of your application. This link does not work (any more).',
      'Perhaps the link was not copied completely. Click the link in the e-mail, or copy all of it. A link is valid for 400 days; if your e-mail is older, it no longer works.',
      'Do you want to see, download or delete your data? Contact the organisation you applied to: its details are with the vacancy and in the confirmation e-mail. Or e-mail us: ',
    ],
  },
  privacy: 'Read how we handle your data (privacy statement)',
};

export const myDataMessages: Record<Lang, MyDataMessages> = { nl, en };
