/**
 * The texts of applying through the portal (the form on the vacancy page), the job seeker's
 * "My applications" and the HR inbox, in Dutch and English. Loaded only with those pages. Like
 * every Dutch text of the portal, they speak to the reader as "je".
 */
import type { ApplicationStatus, Consent } from '../api/applications.ts';
import type { Lang } from './lang.ts';

const nl = {
  apply: {
    intro: 'Solliciteer direct via Samenwerven. Velden met ‘niet verplicht’ mag je leeg laten.',
    leave: {
      title: 'Sollicitatie niet verstuurd',
      text: 'Wat je in het sollicitatieformulier hebt ingevuld, is nog niet verstuurd. Ga je weg, dan ben je het kwijt.',
      confirm: 'Weggaan zonder versturen',
    },
    optional: 'niet verplicht',
    fields: {
      name: 'Naam',
      email: 'E-mailadres',
      phone: 'Telefoonnummer (niet verplicht)',
      motivation: 'Motivatie',
      cv: 'Cv',
      letter: 'Brief (niet verplicht)',
      consent: 'Hoe lang mogen we je gegevens bewaren?',
    },
    hints: {
      email: 'We sturen je een bevestiging op dit adres.',
      motivation: 'Waarom past deze functie bij je? Maximaal 5.000 tekens.',
      file: 'Een pdf of Word-bestand (.docx) van maximaal 10 MB.',
      chooseAgain: (name: string) =>
        `Je had ‘${name}’ gekozen. Kies het opnieuw: een browser bewaart geen bestand als de pagina opnieuw wordt geladen.`,
      consent:
        'Je kunt je toestemming altijd weer intrekken. In de talentpool zien de HR-medewerkers van alle leden je naam, e-mailadres, telefoonnummer, het begin van je motivatie en op welke vacature je solliciteerde; je cv en brief niet. Je komt er pas in als je met de link in onze e-mail bevestigt dat het adres van jou is (ingelogd met het adres van je account: meteen).',
    },
    consent: {
      procedure: 'Alleen voor deze sollicitatieprocedure',
      pool: 'Ook een jaar in de talentpool van de alliantie, zodat andere deelnemende organisaties mij mogen benaderen',
    } satisfies Record<Consent, string>,
    privacyLink: 'Lees hoe wij met je gegevens omgaan',
    newTab: '(opent in een nieuw tabblad)',
    honeypot: 'Laat dit veld leeg',
    submit: 'Sollicitatie versturen',
    signedInNote: (name: string) => `Je bent ingelogd als ${name}; je sollicitatie komt in je account te staan.`,
    required: {
      name: 'Vul je naam in.',
      email: 'Vul je e-mailadres in.',
      motivation: 'Schrijf een korte motivatie.',
      cv: 'Kies je cv (pdf of .docx).',
    },
    tooLong: {
      name: 'Je naam mag hoogstens 200 tekens lang zijn.',
      phone: 'Het telefoonnummer mag hoogstens 40 tekens lang zijn.',
      motivation: 'Je motivatie mag hoogstens 5.000 tekens lang zijn.',
    },
    emailInvalid: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
    fileType: 'Kies een pdf of een Word-bestand (.docx).',
    fileUnreadable:
      'Dit bestand kunnen we niet lezen als pdf of Word-bestand: het is beschadigd of eigenlijk iets anders. Sla het opnieuw op als pdf en kies het dan.',
    fileTooLarge: 'Dit bestand is groter dan 10 MB. Kies een kleiner bestand.',
    fileEmpty: 'Dit bestand is leeg (0 bytes). Kies het opnieuw; staat het in de cloud, download het dan eerst.',
    checkFields: 'Niet alle velden zijn goed ingevuld.',
    offline: 'De server is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.',
    closed: 'Deze vacature neemt geen sollicitaties (meer) aan via Samenwerven. Neem contact op met de organisatie.',
    tooMany: 'Er zijn vanaf dit adres te veel sollicitaties verstuurd. Probeer het later opnieuw.',
    done: {
      title: 'Je sollicitatie is verstuurd',
      text: (email: string) =>
        `Dank je wel. We sturen een bevestiging naar ${email}, met een link naar je sollicitatie: daar kun je hem ook intrekken. De e-mail is onderweg; kijk ook in je map met ongewenste e-mail.`,
      pool: 'Je koos ook voor de talentpool: bevestig op die pagina dat de sollicitatie van jou is. Pas daarna kunnen de organisaties van de alliantie je vinden.',
      next: 'De organisatie neemt contact met je op.',
      account: 'Je sollicitaties bekijken in je account',
    },
    earlier: {
      title: 'Je hebt al op deze vacature gesolliciteerd',
      text: (date: string, status: string) => `Je sollicitatie van ${date} staat in je account. Status: ${status}.`,
      again: 'Wil je opnieuw solliciteren, bijvoorbeeld met een nieuw cv? Trek je sollicitatie dan eerst in.',
    },
  },
  statuses: {
    received: 'Ontvangen',
    in_review: 'In behandeling',
    invited: 'Uitgenodigd',
    rejected: 'Afgewezen',
    hired: 'Aangenomen',
  } satisfies Record<ApplicationStatus, string>,
  mine: {
    title: 'Mijn sollicitaties',
    empty: 'Je hebt geen sollicitaties via Samenwerven.',
    columns: {
      vacancy: 'Vacature',
      organisation: 'Organisatie',
      date: 'Verstuurd op',
      status: 'Status',
      actions: 'Acties',
    },
    caption: 'Jouw sollicitaties',
    withdraw: 'Intrekken',
    withdrawLabel: (title: string, organisation: string) => `Sollicitatie op ${title} bij ${organisation} intrekken`,
    confirmTitle: 'Sollicitatie intrekken?',
    confirmText: (title: string, organisation: string) =>
      `Je sollicitatie op ‘${title}’ bij ${organisation} en je bestanden worden verwijderd. Dit kan niet ongedaan worden gemaakt.`,
    confirm: 'Ja, intrekken',
    withdrawn: (title: string) => `Je sollicitatie op ‘${title}’ is ingetrokken.`,
    poolUntil: (date: string) => `Ook in de talentpool, tot ${date}`,
    /** Sent with another address than the account's: the pool waits for that address's owner. */
    poolPending: 'Gekozen voor de talentpool; in de pool zodra het e-mailadres van de sollicitatie is bevestigd',
    leavePool: 'Uit de talentpool',
    leavePoolLabel: (title: string, organisation: string) =>
      `Uit de talentpool, met je sollicitatie op ${title} bij ${organisation}`,
    leftPool: (title: string) =>
      `Je staat niet meer in de talentpool. Je sollicitatie op ‘${title}’ bewaren we nu als een zonder die toestemming: tot vier weken na het einde van de procedure. Is die al langer voorbij, dan verwijderen we haar vannacht.`,
    loadFailed: 'Je sollicitaties konden niet worden geladen. Probeer het later opnieuw.',
  },
  inbox: {
    nav: 'Sollicitaties',
    title: 'Sollicitaties',
    vacancyTitle: (title: string) => `Sollicitaties: ${title}`,
    intro: (organisation: string) => `Alle sollicitaties bij ${organisation}, de nieuwste eerst.`,
    vacancyIntro: 'De sollicitaties op deze vacature, de nieuwste eerst.',
    toAll: 'Alle sollicitaties van de organisatie',
    toVacancy: 'Vacature bewerken',
    filterLabel: 'Sollicitaties per status',
    all: 'Alle',
    caption: (filter: string) => `Sollicitaties: ${filter}`,
    count: (n: number, formatted: string) =>
      n === 0 ? 'Geen sollicitaties' : n === 1 ? '1 sollicitatie' : `${formatted} sollicitaties`,
    empty: 'Er zijn (nog) geen sollicitaties.',
    emptyStatus: 'Er zijn geen sollicitaties met deze status.',
    pastLastPage: (pages: number) =>
      pages === 1
        ? 'Deze pagina bestaat niet: er is 1 pagina.'
        : `Deze pagina bestaat niet: er zijn ${pages} pagina’s.`,
    toFirstPage: 'Naar de eerste pagina',
    isNew: 'Nieuw',
    pagination: {
      label: 'Pagina’s met sollicitaties',
      previous: 'Vorige pagina',
      next: 'Volgende pagina',
      pageOf: (page: string, pages: string) => `Pagina ${page} van ${pages}`,
    },
    columns: {
      name: 'Naam',
      vacancy: 'Vacature',
      date: 'Ontvangen op',
      status: 'Status',
    },
  },
  detail: {
    title: (name: string) => `Sollicitatie van ${name}`,
    back: 'Terug naar de sollicitaties',
    details: 'Gegevens',
    vacancy: 'Vacature',
    name: 'Naam',
    email: 'E-mailadres',
    phone: 'Telefoon',
    noPhone: 'Niet opgegeven',
    received: 'Ontvangen op',
    status: 'Status',
    consent: 'Toestemming',
    consentText: {
      procedure: 'Alleen voor deze procedure',
      pool: 'Ook een jaar in de talentpool',
    } satisfies Record<Consent, string>,
    // A pool consent counts once the address's owner confirmed the application (API: `addressConfirmed`).
    poolUnconfirmed:
      'Ook een jaar in de talentpool, zodra de sollicitant bevestigt dat het e-mailadres van hem of haar is. Tot dan staat de sollicitant niet in de talentpool.',
    motivation: 'Motivatie',
    files: 'Bestanden',
    cv: (name: string) => `Cv downloaden (${name})`,
    letter: (name: string) => `Brief downloaden (${name})`,
    noLetter: 'Geen brief meegestuurd.',
    statusTitle: 'Status wijzigen',
    statusLabel: 'Nieuwe status',
    noNext: 'Deze sollicitatie is afgerond; de status kan niet meer veranderen.',
    hiredCloseHint:
      'Is de vacature hiermee vervuld? Sluit haar dan, zodat er geen nieuwe sollicitaties meer binnenkomen, en rond de andere sollicitaties af.',
    toVacancy: 'Naar de vacature',
    rejectionMessage: 'Afwijzingsbericht aan de sollicitant',
    rejectionHint: 'Dit bericht wordt per e-mail verstuurd als je de status op ‘Afgewezen’ zet.',
    rejectionLanguage: {
      nl: 'De sollicitant krijgt de e-mails van Samenwerven in het Nederlands: schrijf het bericht in het Nederlands.',
      en: 'De sollicitant krijgt de e-mails van Samenwerven in het Engels: schrijf het bericht in het Engels.',
    } satisfies Record<Lang, string>,
    // Said as the server's standard text says it: it fits every status, also a candidate already
    // invited for an interview (it said "not to invite you for an interview" to them too).
    rejectionDefault: (name: string | null, vacancy: string, organisation: string) =>
      `${name === null ? 'Goedendag' : `Beste ${name}`},\n\nHartelijk dank voor je sollicitatie op de functie ${vacancy} en de tijd die je daarin hebt gestoken. Na zorgvuldige afweging hebben wij besloten je niet verder mee te nemen in de procedure.\n\nWij wensen je veel succes met je verdere zoektocht.\n\nMet vriendelijke groet,\n${organisation}`,
    standardRejection:
      'Je organisatie is nu geen actief lid. De sollicitant krijgt daarom het vaste afwijzingsbericht van Samenwerven, met de naam van je organisatie eronder; een eigen bericht kan niet.',
    changeStatus: 'Status opslaan',
    rejectAndMail: 'Afwijzen en bericht versturen',
    rejectConfirm: {
      title: (name: string | null) =>
        name === null
          ? 'De sollicitant afwijzen en het bericht versturen?'
          : `${name} afwijzen en het bericht versturen?`,
      text: 'De sollicitant krijgt het afwijzingsbericht meteen per e-mail. Daarna kan de status niet meer veranderen.',
      confirm: 'Ja, afwijzen en versturen',
    },
    hireConfirm: {
      title: (name: string | null) => (name === null ? 'De sollicitant aannemen?' : `${name} aannemen?`),
      text: 'De status wordt ‘Aangenomen’. Daarna kan de status niet meer veranderen.',
      confirm: 'Ja, aannemen',
    },
    statusChanged: (status: string) => `De status is nu ‘${status}’.`,
    rejectedMailed: 'De sollicitatie is afgewezen; de sollicitant krijgt het bericht per e-mail.',
    notesTitle: 'Notities voor collega’s',
    noNotes: 'Nog geen notities.',
    noteLabel: 'Nieuwe notitie',
    /** Staff wrote candidly, taking the notes for internal (an HR walk): the applicant's export holds them. */
    noteHint:
      'Alleen collega’s zien notities hier, maar de sollicitant kan ze opvragen: ze staan in het overzicht van wat we over hem of haar bewaren (AVG).',
    addNote: 'Notitie toevoegen',
    noteAdded: 'De notitie is toegevoegd.',
    required: {
      status: 'Kies een nieuwe status.',
      note: 'Schrijf een notitie.',
      rejectionMessage: 'Schrijf het afwijzingsbericht.',
    },
    unknownAuthor: 'Een collega',
  },
};

export type ApplicationMessages = typeof nl;

const en: ApplicationMessages = {
  apply: {
    intro: 'Apply directly through Samenwerven. You may leave fields marked ‘optional’ empty.',
    leave: {
      title: 'Application not sent',
      text: 'What you filled in on the application form has not been sent yet. If you leave, it is lost.',
      confirm: 'Leave without sending',
    },
    optional: 'optional',
    fields: {
      name: 'Name',
      email: 'E-mail address',
      phone: 'Phone number (optional)',
      motivation: 'Motivation',
      cv: 'CV',
      letter: 'Letter (optional)',
      consent: 'How long may we keep your details?',
    },
    hints: {
      email: 'We will send a confirmation to this address.',
      motivation: 'Why does this job suit you? At most 5,000 characters.',
      file: 'A PDF or Word file (.docx) of at most 10 MB.',
      chooseAgain: (name: string) =>
        `You had chosen ‘${name}’. Choose it again: a browser does not keep a file when the page is loaded again.`,
      consent:
        'You can withdraw your consent at any time. In the talent pool the HR staff of every member see your name, e-mail address, phone number, the start of your motivation and the vacancy you applied for; not your CV or letter. You enter it only once you confirm with the link in our e-mail that the address is yours (signed in with your account’s address: at once).',
    },
    consent: {
      procedure: 'For this application procedure only',
      pool: 'Also one year in the alliance’s talent pool, so that other member organisations may approach me',
    },
    privacyLink: 'Read how we handle your data',
    newTab: '(opens in a new tab)',
    honeypot: 'Leave this field empty',
    submit: 'Send application',
    signedInNote: (name: string) => `You are signed in as ${name}; your application will be listed in your account.`,
    required: {
      name: 'Enter your name.',
      email: 'Enter your e-mail address.',
      motivation: 'Write a short motivation.',
      cv: 'Choose your CV (PDF or .docx).',
    },
    tooLong: {
      name: 'Your name can be at most 200 characters long.',
      phone: 'The phone number can be at most 40 characters long.',
      motivation: 'Your motivation can be at most 5,000 characters long.',
    },
    emailInvalid: 'Enter an e-mail address like name@example.com.',
    fileType: 'Choose a PDF or a Word file (.docx).',
    fileUnreadable:
      'We cannot read this file as a PDF or Word file: it is damaged or something else. Save it again as a PDF, then choose it.',
    fileTooLarge: 'This file is larger than 10 MB. Choose a smaller file.',
    fileEmpty: 'This file is empty (0 bytes). Choose it again; if it is kept in the cloud, download it first.',
    checkFields: 'Some fields are not filled in correctly.',
    offline: 'The server cannot be reached. Check your internet connection and try again.',
    closed:
      'This vacancy does not (or no longer) take applications through Samenwerven. Please contact the organisation.',
    tooMany: 'Too many applications were sent from this address. Please try again later.',
    done: {
      title: 'Your application has been sent',
      text: (email: string) =>
        `Thank you. We are sending a confirmation to ${email}, with a link to your application, where you can also withdraw it. The e-mail is on its way; please also check your spam folder.`,
      pool: 'You also chose the talent pool: confirm on that page that the application is yours. Only then can the alliance’s organisations find you.',
      next: 'The organisation will get in touch with you.',
      account: 'See your applications in your account',
    },
    earlier: {
      title: 'You have already applied for this vacancy',
      text: (date: string, status: string) => `Your application of ${date} is in your account. Status: ${status}.`,
      again: 'Want to apply again, for example with a new CV? Then withdraw your application first.',
    },
  },
  statuses: {
    received: 'Received',
    in_review: 'In review',
    invited: 'Invited',
    rejected: 'Rejected',
    hired: 'Hired',
  },
  mine: {
    title: 'My applications',
    empty: 'You have no applications through Samenwerven.',
    columns: {
      vacancy: 'Vacancy',
      organisation: 'Organisation',
      date: 'Sent on',
      status: 'Status',
      actions: 'Actions',
    },
    caption: 'Your applications',
    withdraw: 'Withdraw',
    withdrawLabel: (title: string, organisation: string) => `Withdraw application for ${title} at ${organisation}`,
    confirmTitle: 'Withdraw application?',
    confirmText: (title: string, organisation: string) =>
      `Your application for ‘${title}’ at ${organisation} and your files will be deleted. This cannot be undone.`,
    confirm: 'Yes, withdraw',
    withdrawn: (title: string) => `Your application for ‘${title}’ has been withdrawn.`,
    poolUntil: (date: string) => `Also in the talent pool, until ${date}`,
    poolPending: 'Chosen for the talent pool; in the pool once the application’s e-mail address is confirmed',
    leavePool: 'Leave the talent pool',
    leavePoolLabel: (title: string, organisation: string) =>
      `Leave the talent pool, with your application for ${title} at ${organisation}`,
    leftPool: (title: string) =>
      `You are no longer in the talent pool. We now keep your application for ‘${title}’ as one without that consent: until four weeks after the procedure ends. If it ended longer ago, we delete it tonight.`,
    loadFailed: 'Your applications could not be loaded. Please try again later.',
  },
  inbox: {
    nav: 'Applications',
    title: 'Applications',
    vacancyTitle: (title: string) => `Applications: ${title}`,
    intro: (organisation: string) => `All applications to ${organisation}, newest first.`,
    vacancyIntro: 'The applications to this vacancy, newest first.',
    toAll: 'All applications of the organisation',
    toVacancy: 'Edit vacancy',
    filterLabel: 'Applications by status',
    all: 'All',
    caption: (filter: string) => `Applications: ${filter}`,
    count: (n: number, formatted: string) =>
      n === 0 ? 'No applications' : n === 1 ? '1 application' : `${formatted} applications`,
    empty: 'There are no applications (yet).',
    emptyStatus: 'There are no applications with this status.',
    pastLastPage: (pages) =>
      pages === 1
        ? 'This page does not exist: there is 1 page.'
        : `This page does not exist: there are ${pages} pages.`,
    toFirstPage: 'To the first page',
    isNew: 'New',
    pagination: {
      label: 'Pages of applications',
      previous: 'Previous page',
      next: 'Next page',
      pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
    },
    columns: {
      name: 'Name',
      vacancy: 'Vacancy',
      date: 'Received on',
      status: 'Status',
    },
  },
  detail: {
    title: (name: string) => `Application from ${name}`,
    back: 'Back to the applications',
    details: 'Details',
    vacancy: 'Vacancy',
    name: 'Name',
    email: 'E-mail address',
    phone: 'Phone',
    noPhone: 'Not given',
    received: 'Received on',
    status: 'Status',
    consent: 'Consent',
    consentText: {
      procedure: 'For this procedure only',
      pool: 'Also one year in the talent pool',
    },
    poolUnconfirmed:
      'Also one year in the talent pool, once the applicant confirms the e-mail address is theirs. Until then the applicant is not in the talent pool.',
    motivation: 'Motivation',
    files: 'Files',
    cv: (name: string) => `Download CV (${name})`,
    letter: (name: string) => `Download letter (${name})`,
    noLetter: 'No letter was sent.',
    statusTitle: 'Change status',
    statusLabel: 'New status',
    noNext: 'This application is finished; its status can no longer change.',
    hiredCloseHint:
      'Is the vacancy filled now? Then close it, so that no new applications come in, and finish the other applications.',
    toVacancy: 'To the vacancy',
    rejectionMessage: 'Rejection message to the applicant',
    rejectionHint: 'This message is sent by e-mail when you set the status to ‘Rejected’.',
    rejectionLanguage: {
      nl: 'The applicant gets Samenwerven’s e-mails in Dutch: write the message in Dutch.',
      en: 'The applicant gets Samenwerven’s e-mails in English: write the message in English.',
    },
    rejectionDefault: (name: string | null, vacancy: string, organisation: string) =>
      `${name === null ? 'Hello' : `Dear ${name}`},\n\nThank you for applying for the position of ${vacancy} and for the time you put into it. After careful consideration we have decided not to take your application further in the procedure.\n\nWe wish you every success in your search.\n\nKind regards,\n${organisation}`,
    standardRejection:
      'Your organisation is not an active member now. The applicant therefore receives Samenwerven’s standard rejection message, signed with your organisation’s name; a message of your own is not possible.',
    changeStatus: 'Save status',
    rejectAndMail: 'Reject and send the message',
    rejectConfirm: {
      title: (name: string | null) =>
        name === null ? 'Reject the applicant and send the message?' : `Reject ${name} and send the message?`,
      text: 'The applicant receives the rejection message by e-mail straight away. After that the status cannot change any more.',
      confirm: 'Yes, reject and send',
    },
    hireConfirm: {
      title: (name: string | null) => (name === null ? 'Hire the applicant?' : `Hire ${name}?`),
      text: 'The status becomes ‘Hired’. After that the status cannot change any more.',
      confirm: 'Yes, hire',
    },
    statusChanged: (status: string) => `The status is now ‘${status}’.`,
    rejectedMailed: 'The application has been rejected; the applicant receives the message by e-mail.',
    notesTitle: 'Notes for colleagues',
    noNotes: 'No notes yet.',
    noteLabel: 'New note',
    noteHint:
      'Only colleagues see notes here, but the applicant can ask for them: they are in the overview of what we keep about them (GDPR).',
    addNote: 'Add note',
    noteAdded: 'The note has been added.',
    required: {
      status: 'Choose a new status.',
      note: 'Write a note.',
      rejectionMessage: 'Write the rejection message.',
    },
    unknownAuthor: 'A colleague',
  },
};

export const applicationMessages: Record<Lang, ApplicationMessages> = { nl, en };

/** An application's status in words; a status added later shows as the API names it. */
export function statusLabel(m: ApplicationMessages, status: string): string {
  return (m.statuses as Record<string, string>)[status] ?? status;
}
