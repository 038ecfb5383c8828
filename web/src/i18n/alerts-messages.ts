/**
 * E-mail alerts and saved searches (issue 15), in Dutch and English: making one from a search,
 * confirming and ending it from its mails, an address's alerts, the account's saved searches
 * and the coordinator's counts. Loaded only with those pages. Like every Dutch text of the
 * portal, it speaks to the reader as "je"; the texts shared by both lists address nobody.
 */
import type { Frequency, SavedFrequency } from '../api/alerts.ts';
import type { Lang } from './lang.ts';

/** An alert's name in quotes, once: a name made from search words is quoted already (‘jurist’). */
export function quoted(name: string): string {
  return /^[‘'"“]/.test(name) ? name : `‘${name}’`;
}

const nl = {
  frequency: {
    short: {
      instant: 'Direct',
      daily: 'Dagelijks',
      weekly: 'Wekelijks',
      none: 'Geen e-mail',
    } satisfies Record<SavedFrequency, string>,
    /** For a select, where a long option is cut off on a narrow screen. */
    option: {
      instant: 'Direct (hoogstens één mail per uur)',
      daily: 'Dagelijks (7.00 uur)',
      weekly: 'Wekelijks (maandag 7.00 uur)',
      none: 'Geen e-mail (alleen bewaren)',
    } satisfies Record<SavedFrequency, string>,
    long: {
      instant: 'Direct: zodra er nieuwe vacatures zijn (gebundeld, hoogstens één mail per uur)',
      daily: 'Dagelijks: elke ochtend om 7.00 uur',
      weekly: 'Wekelijks: elke maandag om 7.00 uur',
    } satisfies Record<Frequency, string>,
  },
  search: {
    all: 'Alle vacatures',
    words: (q: string) => `‘${q}’`,
  },
  newAlert: {
    leave: {
      title: 'E-mailalert nog niet gemaakt',
      text: 'Wat je hebt ingevuld, is nog niet verstuurd. Ga je weg, dan ben je het kwijt.',
      confirm: 'Weggaan zonder versturen',
    },
    title: 'Maak een e-mailalert',
    intro:
      'Krijg een e-mail als er nieuwe vacatures zijn die bij je zoekopdracht passen. Je krijgt alleen vacatures die je nog niet van deze alert kreeg, en afmelden kan met één klik onder elke mail.',
    searchTitle: 'Je zoekopdracht',
    back: 'Terug naar de zoekresultaten',
    formTitle: 'Hoe en waar wil je de alert ontvangen?',
    fields: {
      name: 'Naam van de alert',
      frequency: 'Hoe vaak wil je een e-mail?',
      email: 'E-mailadres',
    },
    hints: {
      name: 'Zo herken je de alert in je mail. Je mag hem aanpassen.',
      frequency: 'Er komt alleen een e-mail als er iets nieuws is.',
      email: 'We sturen eerst een e-mail om je adres te bevestigen. Tot je dat doet, sturen we niets.',
    },
    signedIn: (email: string) => `We mailen naar ${email}, het adres van je account.`,
    honeypot: 'Laat dit veld leeg',
    submit: 'E-mailalert maken',
    required: { email: 'Vul je e-mailadres in.', name: 'Geef de alert een naam.' },
    tooLong: { name: 'De naam mag hoogstens 100 tekens lang zijn.' },
    emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    checkFields: 'Niet alle velden zijn goed ingevuld.',
    tooMany: (minutes: number | null) =>
      `Er zijn kort na elkaar te veel alerts voor dit e-mailadres gemaakt. ${
        minutes === null
          ? 'Probeer het later opnieuw.'
          : minutes <= 1
            ? 'Probeer het over een minuut opnieuw.'
            : `Probeer het over ${minutes} minuten opnieuw.`
      }`,
    offline: 'De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
    sent: {
      title: 'Bevestig je e-mailadres',
      text: (email: string) => `We hebben een bevestigingsmail gestuurd naar ${email}.`,
      next: 'Open de link in die mail en zet de alert daar aan. Tot je dat doet, sturen we niets. Bevestig je niet binnen een week, dan vervalt de alert vanzelf.',
      spam: 'Geen mail gekregen? Kijk ook in je map met ongewenste mail.',
    },
    saved: {
      title: 'Je zoekopdracht is bewaard',
      text: (email: string) => `We mailen nieuwe vacatures die erbij passen naar ${email}.`,
      account: 'Bekijk en beheer je bewaarde zoekopdrachten op je accountpagina',
    },
  },
  confirm: {
    title: 'E-mailalert bevestigen',
    busy: 'Bezig met bevestigen…',
    doneTitle: 'Je e-mailalert staat aan',
    doneText: 'Je krijgt een e-mail als er nieuwe vacatures zijn die bij je zoekopdracht passen.',
    name: 'Naam',
    frequency: 'Hoe vaak',
    run: 'Bekijk de vacatures die nu bij deze zoekopdracht passen',
    manage: 'Onder elke alertmail staat een link waarmee je de alert kunt aanpassen of stoppen.',
    manageNow: 'Je e-mailalerts nu aanpassen of stoppen',
    stoppedTitle: 'Deze e-mailalert is gestopt',
    stopped: [
      'De link is in orde, maar de e-mailalert is gestopt: er gaat niets meer mee aan.',
      'Wil je weer e-mail over nieuwe vacatures? Maak dan een nieuwe alert aan vanaf de zoekpagina.',
    ],
    invalidTitle: 'Deze link werkt niet',
    invalid: [
      'De link om je e-mailalert te bevestigen is verlopen of niet helemaal gekopieerd. Een link is een week geldig.',
      'Klik op de link in de e-mail, of kopieer hem in zijn geheel. Werkt dat niet, maak de alert dan opnieuw aan vanaf de zoekpagina.',
    ],
    toSearch: 'Naar de zoekpagina',
    failed: 'Bevestigen lukte niet. Probeer het later opnieuw.',
    pendingText:
      'Iemand vroeg met jouw e-mailadres om deze e-mailalert. Wil je hem? Bevestig hem dan hier. Zonder bevestiging sturen we niets.',
    submit: 'E-mailalert aanzetten',
    notYou: 'Was jij het niet? Dan hoef je niets te doen: het verzoek verdwijnt over een week.',
  },
  keep: {
    title: 'E-mailalert houden',
    busy: 'Bezig…',
    doneTitle: 'Je e-mailalert blijft aan',
    doneText:
      'Fijn dat je hem houdt. Je krijgt weer een e-mail als er nieuwe vacatures zijn die bij je zoekopdracht passen.',
    name: 'Naam',
    frequency: 'Hoe vaak',
    run: 'Bekijk de vacatures die nu bij deze zoekopdracht passen',
    manage: 'Onder elke alertmail staat een link waarmee je de alert kunt aanpassen of stoppen.',
    manageNow: 'Je e-mailalerts nu aanpassen of stoppen',
    stoppedTitle: 'Deze e-mailalert is gestopt',
    stopped: [
      'De link is in orde, maar de e-mailalert is gestopt: er gaat niets meer mee aan.',
      'Wil je weer e-mail over nieuwe vacatures? Maak dan een nieuwe alert aan vanaf de zoekpagina.',
    ],
    invalidTitle: 'Deze link werkt niet',
    invalid: [
      'De link om je e-mailalert te houden is verlopen, niet helemaal gekopieerd, of de alert is al gestopt.',
      'Is de alert gestopt? Maak hem dan opnieuw aan vanaf de zoekpagina.',
    ],
    toSearch: 'Naar de zoekpagina',
    failed: 'Dat lukte niet. Probeer het later opnieuw.',
  },
  unsubscribe: {
    title: 'Afmelden voor een e-mailalert',
    text: 'Wil je de e-mails van deze alert niet meer ontvangen? Meld je dan af. Je hoeft niet in te loggen.',
    button: 'Afmelden',
    doneTitle: 'Je bent afgemeld',
    done: 'Je krijgt geen e-mails meer van deze alert.',
    again: 'Toch weer vacatures per e-mail? Maak een nieuwe alert vanaf de zoekpagina.',
    toSearch: 'Naar de zoekpagina',
    noTokenTitle: 'Deze link werkt niet',
    noToken:
      'De link om je af te melden is niet compleet. Klik op de link onder de e-mail, of kopieer hem in zijn geheel.',
    failed: 'Afmelden lukte niet. Probeer het later opnieuw.',
  },
  list: {
    search: 'Zoekopdracht',
    run: 'Bekijk de vacatures',
    frequency: 'Hoe vaak',
    frequencyLabel: (name: string) => `Hoe vaak wil je een e-mail van ${quoted(name)}?`,
    save: 'Opslaan',
    saveLabel: (name: string) => `Hoe vaak opslaan voor ${quoted(name)}`,
    saved: (name: string, frequency: string) => `${quoted(name)} is opgeslagen: ${frequency.toLowerCase()}.`,
    newMatches: 'Nieuwe vacatures',
    newMatchesCount: (n: number) =>
      n === 0
        ? 'Geen nieuwe vacatures sinds je laatste bezoek'
        : n === 1
          ? '1 nieuwe vacature sinds je laatste bezoek'
          : `${n} nieuwe vacatures sinds je laatste bezoek`,
    lastSent: 'Laatste e-mail',
    neverSent: 'Nog geen e-mail gestuurd',
    end: 'Stoppen',
    endLabel: (name: string) => `Alert ${quoted(name)} stoppen`,
    endTitle: 'Alert stoppen?',
    endText: (name: string) => `Er komen geen e-mails meer van ${quoted(name)}. Dit kan niet ongedaan worden gemaakt.`,
    endConfirm: 'Ja, stoppen',
    ended: (name: string) => `De alert ${quoted(name)} is gestopt.`,
    failed: 'Dat lukte niet. Probeer het later opnieuw.',
  },
  myAlerts: {
    title: 'Mijn e-mailalerts',
    intro: (email: string) =>
      `Dit zijn de e-mailalerts van ${email}. Je kunt kiezen hoe vaak je een e-mail krijgt, een alert stoppen of ze allemaal stoppen.`,
    listTitle: 'Je alerts',
    empty: 'Er staan geen e-mailalerts (meer) op dit e-mailadres.',
    endAllTitle: 'Alle alerts stoppen',
    endAllText: 'Wil je geen e-mails met vacatures meer van ons? Stop dan alle alerts van dit e-mailadres in één keer.',
    endAll: 'Alle alerts stoppen',
    endAllConfirmTitle: 'Alle alerts stoppen?',
    endAllConfirmText: (email: string) =>
      `Je krijgt geen e-mails met vacatures meer op ${email}. Dit kan niet ongedaan worden gemaakt.`,
    endAllConfirm: 'Ja, alles stoppen',
    endedAll: 'Alle alerts zijn gestopt. Je krijgt van ons geen e-mails met vacatures meer.',
    download: {
      title: 'Je gegevens downloaden',
      text: 'Een zip-bestand met je alerts (wat ze zoeken, hoe vaak ze mailen, wanneer ze dat deden) en de vacatures die ze voor je vonden.',
      button: 'Gegevens downloaden',
      busy: 'Bezig met downloaden…',
      started: 'Het downloaden is begonnen.',
      failed: 'Het downloaden is niet gelukt. Probeer het later opnieuw.',
    },
    newAlert: 'Een nieuwe alert maak je vanaf de zoekpagina.',
    noKeyTitle: 'Deze link werkt niet',
    noKey: [
      'Je opent deze pagina met de link onder een van onze alertmails. Deze link werkt niet (meer).',
      'Misschien is de link niet helemaal gekopieerd. Klik op de link in de e-mail, of kopieer hem in zijn geheel. Een link is 400 dagen geldig; is de e-mail ouder, gebruik dan een nieuwere.',
    ],
  },
  savedSearches: {
    title: 'Bewaarde zoekopdrachten',
    intro: 'Van deze zoekopdrachten krijg je nieuwe vacatures per e-mail.',
    empty: 'Je hebt nog geen bewaarde zoekopdrachten.',
    howTo: 'Zoek vacatures en kies ‘Maak een e-mailalert’ om een zoekopdracht te bewaren.',
    toSearch: 'Naar de zoekpagina',
    loadFailed: 'Je bewaarde zoekopdrachten konden niet worden geladen. Probeer het later opnieuw.',
  },
  coordination: {
    title: 'E-mailalerts',
    intro:
      'Hoeveel e-mailalerts er zijn en hoeveel alertmails er per dag zijn verstuurd, in de gekozen periode. Adressen staan hier niet.',
    active: 'Actieve alerts',
    unconfirmed: 'Nog niet bevestigd',
    caption: 'Verstuurde alertmails per dag (dagen zonder mails staan er niet in)',
    day: 'Dag',
    sent: 'Verstuurd',
    none: 'In deze periode zijn geen alertmails verstuurd.',
    loadFailed: 'De cijfers over e-mailalerts konden niet worden geladen.',
  },
};

export type AlertsMessages = typeof nl;

const en: AlertsMessages = {
  frequency: {
    short: { instant: 'Instant', daily: 'Daily', weekly: 'Weekly', none: 'No e-mail' },
    option: {
      instant: 'Instant (at most one e-mail an hour)',
      daily: 'Daily (7:00)',
      weekly: 'Weekly (Monday 7:00)',
      none: 'No e-mail (keep the search only)',
    },
    long: {
      instant: 'Instant: as soon as there are new vacancies (bundled, at most one e-mail an hour)',
      daily: 'Daily: every morning at 7:00',
      weekly: 'Weekly: every Monday at 7:00',
    },
  },
  search: {
    all: 'All vacancies',
    words: (q: string) => `‘${q}’`,
  },
  newAlert: {
    leave: {
      title: 'E-mail alert not made yet',
      text: 'What you filled in has not been sent yet. If you leave, it is lost.',
      confirm: 'Leave without sending',
    },
    title: 'Create an e-mail alert',
    intro:
      'Get an e-mail when there are new vacancies that match your search. You only get vacancies this alert has not sent you before, and every e-mail has a one-click unsubscribe.',
    searchTitle: 'Your search',
    back: 'Back to the search results',
    formTitle: 'How and where do you want the alert?',
    fields: {
      name: 'Name of the alert',
      frequency: 'How often do you want an e-mail?',
      email: 'E-mail address',
    },
    hints: {
      name: 'This is how you recognise the alert in your e-mail. You may change it.',
      frequency: 'We only send an e-mail when there is something new.',
      email: 'We first send an e-mail to confirm your address. Until you do, we send nothing.',
    },
    signedIn: (email: string) => `We will e-mail ${email}, your account’s address.`,
    honeypot: 'Leave this field empty',
    submit: 'Create e-mail alert',
    required: { email: 'Enter your e-mail address.', name: 'Give the alert a name.' },
    tooLong: { name: 'The name can be at most 100 characters long.' },
    emailInvalid: 'Enter a valid e-mail address, like name@example.com.',
    checkFields: 'Some fields are not filled in correctly.',
    tooMany: (minutes: number | null) =>
      `Too many alerts were created for this e-mail address in a short time. ${
        minutes === null
          ? 'Please try again later.'
          : minutes <= 1
            ? 'Please try again in a minute.'
            : `Please try again in ${minutes} minutes.`
      }`,
    offline: 'The server cannot be reached. Check your connection and try again.',
    sent: {
      title: 'Confirm your e-mail address',
      text: (email: string) => `We have sent a confirmation e-mail to ${email}.`,
      next: 'Open the link in that e-mail and switch the alert on there. Until you do, we send nothing. If you do not confirm within a week, the alert lapses.',
      spam: 'No e-mail? Look in your junk mail folder too.',
    },
    saved: {
      title: 'Your search has been saved',
      text: (email: string) => `We will e-mail new vacancies that match it to ${email}.`,
      account: 'See and manage your saved searches on your account page',
    },
  },
  confirm: {
    title: 'Confirm e-mail alert',
    busy: 'Confirming…',
    doneTitle: 'Your e-mail alert is on',
    doneText: 'You will get an e-mail when there are new vacancies that match your search.',
    name: 'Name',
    frequency: 'How often',
    run: 'See the vacancies that match this search now',
    manage: 'Every alert e-mail has a link to change or stop the alert.',
    manageNow: 'Change or stop your e-mail alerts now',
    stoppedTitle: 'This e-mail alert has been stopped',
    stopped: [
      'The link is fine, but the e-mail alert has been stopped: it switches nothing on any more.',
      'Would you like e-mail about new vacancies again? Then create a new alert from the search page.',
    ],
    invalidTitle: 'This link does not work',
    invalid: [
      'The link to confirm your e-mail alert has expired or was not copied completely. A link is valid for a week.',
      'Click the link in the e-mail, or copy all of it. If that does not work, create the alert again from the search page.',
    ],
    toSearch: 'To the search page',
    failed: 'Confirming did not work. Please try again later.',
    pendingText:
      'Someone asked for this e-mail alert with your e-mail address. Do you want it? Then confirm it here. Without confirmation we send nothing.',
    submit: 'Switch the e-mail alert on',
    notYou: 'Was it not you? Then there is nothing to do: the request is gone in a week.',
  },
  keep: {
    title: 'Keep e-mail alert',
    busy: 'Working…',
    doneTitle: 'Your e-mail alert stays on',
    doneText:
      'Glad you are keeping it. You will get an e-mail again when there are new vacancies that match your search.',
    name: 'Name',
    frequency: 'How often',
    run: 'See the vacancies that match this search now',
    manage: 'Every alert e-mail has a link to change or stop the alert.',
    manageNow: 'Change or stop your e-mail alerts now',
    stoppedTitle: 'This e-mail alert has been stopped',
    stopped: [
      'The link is fine, but the e-mail alert has been stopped: it switches nothing on any more.',
      'Would you like e-mail about new vacancies again? Then create a new alert from the search page.',
    ],
    invalidTitle: 'This link does not work',
    invalid: [
      'The link to keep your e-mail alert has expired, was not copied completely, or the alert has ended already.',
      'Has the alert ended? Then create it again from the search page.',
    ],
    toSearch: 'To the search page',
    failed: 'That did not work. Please try again later.',
  },
  unsubscribe: {
    title: 'Unsubscribe from an e-mail alert',
    text: 'No longer want the e-mails of this alert? Unsubscribe. You do not need to sign in.',
    button: 'Unsubscribe',
    doneTitle: 'You have unsubscribed',
    done: 'You will get no more e-mails from this alert.',
    again: 'Want vacancies by e-mail after all? Create a new alert from the search page.',
    toSearch: 'To the search page',
    noTokenTitle: 'This link does not work',
    noToken: 'The unsubscribe link is not complete. Click the link at the bottom of the e-mail, or copy all of it.',
    failed: 'Unsubscribing did not work. Please try again later.',
  },
  list: {
    search: 'Search',
    run: 'See the vacancies',
    frequency: 'How often',
    frequencyLabel: (name: string) => `How often do you want an e-mail from ${quoted(name)}?`,
    save: 'Save',
    saveLabel: (name: string) => `Save how often for ${quoted(name)}`,
    saved: (name: string, frequency: string) => `${quoted(name)} has been saved: ${frequency.toLowerCase()}.`,
    newMatches: 'New vacancies',
    newMatchesCount: (n: number) =>
      n === 0
        ? 'No new vacancies since your last visit'
        : n === 1
          ? '1 new vacancy since your last visit'
          : `${n} new vacancies since your last visit`,
    lastSent: 'Last e-mail',
    neverSent: 'No e-mail sent yet',
    end: 'Stop',
    endLabel: (name: string) => `Stop alert ${quoted(name)}`,
    endTitle: 'Stop alert?',
    endText: (name: string) => `You will get no more e-mails from ${quoted(name)}. This cannot be undone.`,
    endConfirm: 'Yes, stop',
    ended: (name: string) => `The alert ${quoted(name)} has been stopped.`,
    failed: 'That did not work. Please try again later.',
  },
  myAlerts: {
    title: 'My e-mail alerts',
    intro: (email: string) =>
      `These are the e-mail alerts of ${email}. You can choose how often you get an e-mail, stop an alert or stop them all.`,
    listTitle: 'Your alerts',
    empty: 'There are no (more) e-mail alerts for this address.',
    endAllTitle: 'Stop all alerts',
    endAllText: 'No longer want e-mails with vacancies from us? Stop all alerts of this address at once.',
    endAll: 'Stop all alerts',
    endAllConfirmTitle: 'Stop all alerts?',
    endAllConfirmText: (email: string) =>
      `You will get no more e-mails with vacancies at ${email}. This cannot be undone.`,
    endAllConfirm: 'Yes, stop all',
    endedAll: 'All alerts have been stopped. You will get no more e-mails with vacancies from us.',
    download: {
      title: 'Download your data',
      text: 'A zip file with your alerts (what they search, how often they mail, when they did) and the vacancies they found for you.',
      button: 'Download data',
      busy: 'Downloading…',
      started: 'The download has started.',
      failed: 'The download did not work. Please try again later.',
    },
    newAlert: 'You create a new alert from the search page.',
    noKeyTitle: 'This link does not work',
    noKey: [
      'You open this page with the link at the bottom of one of our alert e-mails. This link does not work (any more).',
      'Perhaps the link was not copied completely. Click the link in the e-mail, or copy all of it. A link is valid for 400 days; if the e-mail is older, use a newer one.',
    ],
  },
  savedSearches: {
    title: 'Saved searches',
    intro: 'You get new vacancies for these searches by e-mail.',
    empty: 'You have no saved searches yet.',
    howTo: 'Search for vacancies and choose ‘Create an e-mail alert’ to save a search.',
    toSearch: 'To the search page',
    loadFailed: 'Your saved searches could not be loaded. Please try again later.',
  },
  coordination: {
    title: 'E-mail alerts',
    intro:
      'How many e-mail alerts there are and how many alert e-mails went out per day in the chosen period. No addresses are shown.',
    active: 'Active alerts',
    unconfirmed: 'Not yet confirmed',
    caption: 'Alert e-mails sent per day (days without any are left out)',
    day: 'Day',
    sent: 'Sent',
    none: 'No alert e-mails were sent in this period.',
    loadFailed: 'The figures about e-mail alerts could not be loaded.',
  },
};

export const alertsMessages: Record<Lang, AlertsMessages> = { nl, en };
