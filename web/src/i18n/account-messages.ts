/**
 * The texts of the signed-in part of the portal (signing in, the account, staff management,
 * coordination), in Dutch and English. Kept apart from `messages.ts` so that only the pages
 * that need them load them: the search page stays small. Like every Dutch text of the portal
 * (issue 16, finding 9), they address the reader as "je".
 */
import type { ApiKeyScope, MembershipState, Role, StaffRole } from '../api/types.ts';
import type { Lang } from './lang.ts';

const nl = {
  form: {
    errorSummaryTitle: 'Er is een probleem',
    errorPrefix: 'Fout:',
    /** `more`: the count is rounded down to tens ("nog ruim 440"). */
    charactersLeft: ({ count, more }: { count: string; more: boolean }) =>
      `Nog ${more ? 'ruim ' : ''}${count} ${count === '1' ? 'teken' : 'tekens'}.`,
    charactersOver: ({ count, more }: { count: string; more: boolean }) =>
      `${more ? 'Ruim ' : ''}${count} ${count === '1' ? 'teken' : 'tekens'} te veel: maak de tekst korter.`,
    checkFields: 'Niet alle velden zijn goed ingevuld.',
    offline: 'De server is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.',
    sessionEnded:
      'Je bent niet meer ingelogd (misschien ben je in een ander tabblad uitgelogd), dus er is niets opgeslagen. Wat je hebt ingevuld, staat hieronder nog. Log in een nieuw tabblad opnieuw in en kies daarna hier nog eens om op te slaan.',
    busy: 'Even geduld…',
    emailInvalid: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
    passwordsDiffer: 'De twee wachtwoorden zijn niet gelijk. Typ het wachtwoord twee keer hetzelfde.',
    passwordTooShort: 'Gebruik minstens 10 tekens.',
    required: {
      email: 'Vul je e-mailadres in.',
      password: 'Vul je wachtwoord in.',
      name: 'Vul je naam in.',
      newPassword: 'Kies een nieuw wachtwoord.',
      repeatPassword: 'Typ het nieuwe wachtwoord nog een keer.',
      firstPassword: 'Kies een wachtwoord.',
      repeatFirstPassword: 'Typ het wachtwoord nog een keer.',
      currentPassword: 'Vul je huidige wachtwoord in.',
      staffEmail: 'Vul het e-mailadres van de medewerker in.',
      staffName: 'Vul de naam van de medewerker in.',
      keyName: 'Geef de sleutel een naam.',
      keyScopes: 'Kies minstens één bevoegdheid.',
    },
  },
  fields: {
    email: 'E-mailadres',
    password: 'Wachtwoord',
    name: 'Naam',
    newPassword: 'Nieuw wachtwoord',
    repeatPassword: 'Herhaal het nieuwe wachtwoord',
    firstPassword: 'Kies een wachtwoord',
    repeatFirstPassword: 'Herhaal het wachtwoord',
    currentPassword: 'Huidig wachtwoord',
    passwordHint: 'Minstens 10 tekens. Een korte zin is makkelijk te onthouden en moeilijk te raden.',
  },
  roles: {
    job_seeker: 'Werkzoekende',
    hr_officer: 'HR-medewerker',
    org_admin: 'Beheerder',
    coordinator: 'Coördinator',
  } satisfies Record<Role, string>,
  membership: {
    applied: 'Aangemeld, nog niet beoordeeld',
    active: 'Actief lid',
    suspended: 'Geschorst',
    left: 'Uitgetreden',
    rejected: 'Aanmelding afgewezen',
  } satisfies Record<MembershipState, string>,
  membershipNote: {
    applied: 'Het alliantiebureau beoordeelt de aanmelding van je organisatie nog.',
    active: '',
    suspended:
      'Het lidmaatschap van je organisatie is geschorst. Je kunt gegevens inzien en vacatures als concept voorbereiden, maar niets publiceren, geen collega’s uitnodigen en geen API-sleutels maken.',
    left: 'Je organisatie doet niet meer mee aan Samenwerven. Je kunt gegevens inzien en vacatures als concept voorbereiden, maar niets publiceren, geen collega’s uitnodigen en geen API-sleutels maken.',
    rejected: 'De aanmelding van je organisatie is afgewezen.',
  } satisfies Record<MembershipState, string>,
  /**
   * The staff pages' notice of a membership that is not active: what happened, what is still
   * possible and what not, said before anything is filled in (the server's rules:
   * server/src/membership/state-machine.ts).
   */
  membershipNotice: {
    title: {
      applied: 'Je organisatie is nog niet toegelaten',
      suspended: 'Het lidmaatschap van je organisatie is geschorst',
      left: 'Je organisatie doet niet meer mee aan Samenwerven',
      rejected: 'De aanmelding van je organisatie is afgewezen',
    },
    text: {
      applied: 'Het alliantiebureau beoordeelt de aanmelding nog. Je krijgt een e-mail met het besluit.',
      suspended:
        'Het alliantiebureau heeft het lidmaatschap geschorst. Zolang dat zo is, staan de vacatures van je organisatie niet op Samenwerven. Na de heropname komen ze terug.',
      left: 'De vacatures van je organisatie staan niet meer op Samenwerven. Gaat je organisatie weer meedoen, dan komen ze terug als concept.',
      rejected:
        'Je organisatie doet daarom niet mee aan Samenwerven. Is de reden van de afwijzing niet meer van toepassing? Dan kan een beheerder de organisatie opnieuw aanmelden, op de pagina Lidmaatschap.',
    },
    applicationsDeleted: {
      coming: (date: string) =>
        `De sollicitaties die je organisatie ontving, ook die in de talentpool, verwijdert het portaal op ${date}.`,
      past: (date: string) => `De sollicitaties die je organisatie ontving, zijn op ${date} verwijderd.`,
      exportAdmin: 'Wil je ze bewaren? Download dan vóór die dag de export van je organisatie',
      exportLink: 'op de pagina Lidmaatschap',
      exportStaff:
        'Wil je ze bewaren? Vraag dan een beheerder van je organisatie om vóór die dag de export te downloaden.',
    },
    canTitle: 'Wat kan nog',
    cannotTitle: 'Wat kan nu niet',
    read: 'Gegevens van je organisatie inzien, en als beheerder exporteren',
    draft: 'Vacatures voorbereiden en bewaren als concept',
    applications: 'Sollicitaties inzien en afhandelen',
    cannot: [
      'Vacatures publiceren, inplannen of heropenen',
      'Vacatures laten bijwerken door je eigen wervingssysteem (API)',
      'Het werkgeversprofiel wijzigen',
      'De talentpool gebruiken',
    ],
    cannotDraft: 'Vacatures maken of wijzigen',
    cannotAdmin: ['Collega’s uitnodigen', 'API-sleutels maken'],
    keysUnavailable:
      'Een nieuwe sleutel maken kan alleen zolang je organisatie actief lid van de alliantie is. Bestaande sleutels kun je hieronder wel bekijken en intrekken.',
    profileUnavailable:
      'Het profiel wijzigen kan alleen zolang je organisatie actief lid van de alliantie is: wat je hier opslaat, staat meteen op de openbare pagina van je organisatie.',
  },
  signIn: {
    title: 'Inloggen',
    intro: 'Log in met het e-mailadres en het wachtwoord van je account.',
    nextNote: 'Log eerst in. Daarna ga je verder naar de pagina die je wilde openen.',
    submit: 'Inloggen',
    forgotPassword: 'Wachtwoord vergeten?',
    noAccount: 'Nog geen account?',
    register: 'Maak een account aan',
    staffNote:
      'Werk je bij een deelnemende organisatie? Dan krijg je een uitnodiging per e-mail van de beheerder van je organisatie.',
  },
  register: {
    leave: {
      title: 'Account nog niet aangemaakt',
      text: 'Wat je hebt ingevuld, is nog niet verstuurd. Ga je weg, dan ben je het kwijt.',
      confirm: 'Weggaan zonder versturen',
    },
    title: 'Account aanmaken',
    intro: 'Maak een account aan als werkzoekende. Je hebt alleen een naam, een e-mailadres en een wachtwoord nodig.',
    submit: 'Account aanmaken',
    haveAccount: 'Heb je al een account?',
    signIn: 'Log in',
    sentTitle: 'Kijk in je e-mail',
    sent: (email: string) =>
      `We hebben een e-mail gestuurd naar ${email}. Bevestig met de link daarin en het wachtwoord dat je net koos dat het adres van jou is; daarna ben je ingelogd. De link is 2 dagen geldig; een account dat na 30 dagen niet is bevestigd, verwijderen we.`,
    noMail:
      'Geen e-mail gekregen? Kijk ook bij je ongewenste e-mail. Had je al een account met dit adres, dan staat in de e-mail hoe je inlogt.',
  },
  confirmRegistration: {
    title: 'E-mailadres bevestigen',
    intro:
      'Bevestig dat dit e-mailadres van jou is, met het wachtwoord dat je koos toen je het account maakte. Daarna is je account klaar en ben je ingelogd.',
    passwordHint:
      'Meldde je je niet zelf aan? Dan hoef je niets te doen: zonder bevestiging kan niemand met dit account inloggen.',
    submit: 'E-mailadres bevestigen',
    missingToken: 'Deze link is niet compleet. Open de hele link uit de e-mail.',
    expired:
      'Werkt de link niet meer? Stel dan via ‘Wachtwoord vergeten’ een wachtwoord in: dat bevestigt je e-mailadres ook.',
    forgotPassword: 'Wachtwoord vergeten',
    used: 'Deze link is al gebruikt: je e-mailadres is bevestigd en je account is klaar. Log in met je e-mailadres en wachtwoord.',
  },
  forgotPassword: {
    title: 'Wachtwoord vergeten',
    intro:
      'Vul het e-mailadres van je account in. Je krijgt dan een e-mail met een link om een nieuw wachtwoord in te stellen.',
    submit: 'Link versturen',
    sentTitle: 'Kijk in je e-mail',
    sent: (email: string) =>
      `Als er een account bestaat met het e-mailadres ${email}, hebben we een link gestuurd om een nieuw wachtwoord in te stellen. De link is één uur geldig.`,
    noMail: 'Geen e-mail gekregen? Kijk ook bij je ongewenste e-mail, of vraag hieronder een nieuwe link aan.',
    backToSignIn: 'Terug naar inloggen',
  },
  resetPassword: {
    title: 'Nieuw wachtwoord instellen',
    intro: 'Kies een nieuw wachtwoord voor je account. Daarna ben je op alle apparaten uitgelogd.',
    submit: 'Wachtwoord opslaan',
    doneTitle: 'Je wachtwoord is gewijzigd',
    done: 'Je kunt nu inloggen met je nieuwe wachtwoord.',
    signIn: 'Inloggen',
    missingToken: 'Deze link is niet compleet. Open de hele link uit de e-mail, of vraag een nieuwe link aan.',
    spent: 'Deze link werkt niet meer: hij is al gebruikt, of ouder dan een uur. Vraag een nieuwe link aan.',
    requestNew: 'Vraag een nieuwe link aan',
  },
  invitation: {
    title: 'Uitnodiging accepteren',
    intro:
      'Je bent uitgenodigd om namens je organisatie in Samenwerven te werken. Kies een wachtwoord; daarna ben je meteen ingelogd.',
    submit: 'Wachtwoord instellen en inloggen',
    missingToken: 'Deze link is niet compleet. Open de hele link uit de e-mail met de uitnodiging.',
    newInvitation: 'Werkt de link niet meer? Vraag de beheerder van je organisatie om een nieuwe uitnodiging.',
    invites: (organisation: string) =>
      `${organisation} nodigt je uit om mee te werken aan haar vacatures in Samenwerven, het gezamenlijke vacatureportaal.`,
    organisation: 'Organisatie',
    account: 'Je account is voor',
    role: 'Rol',
    choosePassword:
      'Kies een wachtwoord; daarna ben je meteen ingelogd. Voortaan log je in met dit e-mailadres en dit wachtwoord.',
    spent: 'Deze uitnodigingslink werkt niet meer: hij is verlopen of ingetrokken.',
    used: 'Je hebt deze uitnodiging al geaccepteerd: je account is klaar. Log in met je e-mailadres en het wachtwoord dat je toen koos.',
  },
  account: {
    title: 'Mijn account',
    details: 'Jouw gegevens',
    name: 'Naam',
    email: 'E-mailadres',
    role: 'Rol',
    organisation: 'Organisatie',
    membership: 'Lidmaatschap',
    passwordTitle: 'Wachtwoord wijzigen',
    passwordIntro: 'Na het wijzigen ben je op andere apparaten uitgelogd; hier blijf je ingelogd.',
    passwordSubmit: 'Wachtwoord wijzigen',
    passwordChanged: 'Je wachtwoord is gewijzigd. Op andere apparaten ben je uitgelogd.',
    signOutTitle: 'Uitloggen',
    signOutText: 'Klaar? Log uit, zeker op een computer die je met anderen deelt.',
    signOut: 'Uitloggen',
  },
  myData: {
    title: 'Mijn gegevens',
    intro:
      'Download alles wat Samenwerven over jou bewaart: je account, je sollicitaties met cv, brief en notities, welke e-mails wij je stuurden en het logboek. Je krijgt één zip-bestand.',
    download: 'Mijn gegevens downloaden',
    privacy: 'Hoe wij met jouw gegevens omgaan',
    eraseTitle: 'Account verwijderen',
    eraseIntro:
      'Wil je niet meer op Samenwerven staan? Verwijder dan je account. Dat kan niet ongedaan worden gemaakt.',
    erase: 'Account verwijderen',
    confirmTitle: 'Je account verwijderen?',
    confirmText: 'Wij verwijderen meteen en voorgoed:',
    confirmItems: [
      'je account: naam, e-mailadres en wachtwoord;',
      'al je sollicitaties, ook die je zonder account met dit e-mailadres stuurde, met cv, brief en de notities van de organisaties;',
      'je plek in de talentpool;',
      'je bewaarde zoekopdrachten en e-mailalerts, ook die je zonder account met dit e-mailadres maakte;',
      'de e-mails die wij je stuurden en het logboek over jou.',
    ],
    confirmHint: 'Wil je jouw gegevens bewaren? Download ze dan eerst.',
    password: 'Je wachtwoord',
    passwordHint: 'Ter bevestiging dat jij het bent.',
    passwordRequired: 'Vul je wachtwoord in om je account te verwijderen.',
    confirm: 'Ja, verwijder mijn account',
  },
  notify: {
    title: 'E-mailberichten',
    label: 'E-mail mij als er een sollicitatie binnenkomt',
    hint: 'Voor sollicitaties op de vacatures van je organisatie.',
    save: 'Instelling opslaan',
    savedOn: 'Opgeslagen. Je krijgt een e-mail als er een sollicitatie binnenkomt.',
    savedOff: 'Opgeslagen. Je krijgt geen e-mail meer als er een sollicitatie binnenkomt.',
  },
  usedLink: { signIn: 'Inloggen' },
  signOut: {
    title: 'Uitloggen',
    intro: 'Wil je uitloggen?',
    submit: 'Uitloggen',
    doneTitle: 'Je bent uitgelogd',
    done: 'Je bent uitgelogd uit Samenwerven.',
    signInAgain: 'Opnieuw inloggen',
    toVacancies: 'Naar de vacatures',
  },
  manage: {
    navLabel: 'Beheer',
    dashboard: 'Overzicht',
    staff: 'Medewerkers',
    apiKeys: 'API-sleutels',
    title: 'Beheer',
    organisation: 'Organisatie',
    membership: 'Lidmaatschap',
    yourRole: 'Jouw rol',
    vacanciesTitle: 'Vacatures',
    sectionsTitle: 'Jouw organisatie',
    staffText: 'Nodig collega’s uit, wijzig hun rol of trek hun toegang in.',
    apiKeysText: 'Koppel het wervingssysteem van je organisatie aan Samenwerven.',
    accountText: 'Je gegevens en je wachtwoord.',
    account: 'Mijn account',
  },
  staff: {
    title: 'Medewerkers',
    intro: (organisation: string) =>
      `Iedereen die namens ${organisation} in Samenwerven werkt. Een HR-medewerker beheert vacatures; een beheerder kan daarnaast medewerkers uitnodigen en API-sleutels maken.`,
    listTitle: 'Huidige medewerkers',
    caption: (organisation: string) => `Medewerkers van ${organisation}`,
    columns: { person: 'Medewerker', status: 'Status', role: 'Rol', actions: 'Acties' },
    you: '(jij)',
    status: {
      active: 'Actief',
      invited: 'Uitgenodigd',
      invitation_expired: 'Uitnodiging verlopen',
    } satisfies Record<'active' | 'invited' | 'invitation_expired', string>,
    invitationExpired: 'De link in de uitnodiging werkte 7 dagen en is niet gebruikt.',
    inviteAgain: 'Opnieuw uitnodigen',
    lastSignIn: (date: string) => `Laatst ingelogd op ${date}`,
    neverSignedIn: 'Nog niet ingelogd',
    roleOf: (name: string) => `Rol van ${name}`,
    saveRole: 'Opslaan',
    saveRoleOf: (name: string) => `(rol van ${name})`,
    roleSaved: 'Opgeslagen.',
    remove: 'Verwijderen',
    removeTitle: (name: string) => `${name} verwijderen?`,
    removeText: (name: string) =>
      `${name} verliest meteen de toegang tot Samenwerven en wordt op alle apparaten uitgelogd. Wil je later weer samenwerken, nodig het adres dan opnieuw uit.`,
    removeConfirm: 'Ja, verwijderen',
    demoteTitle: (name: string, isMe: boolean) =>
      isMe ? 'Zelf geen beheerder meer zijn?' : `${name} geen beheerder meer laten zijn?`,
    demoteText: (name: string, isMe: boolean) =>
      isMe
        ? 'Je kunt daarna geen medewerkers, API-sleutels en lidmaatschap meer beheren, en dit ook niet zelf terugdraaien: dat kan alleen een andere beheerder.'
        : `${name} kan daarna geen medewerkers, API-sleutels en lidmaatschap meer beheren. Een beheerder kan dit later terugdraaien.`,
    demoteConfirm: 'Ja, HR-medewerker maken',
    removed: (name: string) => `${name} is verwijderd.`,
    inviteTitle: 'Medewerker uitnodigen',
    inviteIntro:
      'De medewerker krijgt een e-mail met een link om een wachtwoord in te stellen. De link is 7 dagen geldig. Je kunt per uur 20 mensen uitnodigen, en naar één e-mailadres gaan hooguit 3 uitnodigingen per dag.',
    inviteUnavailableTitle: 'Uitnodigen kan nu niet',
    inviteUnavailable: {
      applied:
        'Je organisatie is nog niet toegelaten tot de alliantie. Zodra het alliantiebureau de aanmelding heeft goedgekeurd, kun je hier collega’s uitnodigen.',
      suspended:
        'Het lidmaatschap van je organisatie is geschorst. Zolang dat zo is, kun je geen collega’s uitnodigen; de huidige medewerkers houden hun toegang.',
      left: 'Je organisatie doet niet meer mee aan Samenwerven. Daarom kun je geen collega’s meer uitnodigen.',
      rejected: 'De aanmelding van je organisatie is afgewezen. Daarom kun je geen collega’s uitnodigen.',
      active: '',
    } satisfies Record<MembershipState, string>,
    inviteEmail: 'E-mailadres',
    inviteName: 'Naam',
    inviteRole: 'Rol',
    inviteLanguage: 'Taal van de uitnodiging',
    languages: { nl: 'Nederlands', en: 'Engels' } satisfies Record<Lang, string>,
    inviteSubmit: 'Uitnodiging versturen',
    invited: (email: string) => `De uitnodiging is verstuurd naar ${email}.`,
  },
  staffRoles: {
    hr_officer: 'HR-medewerker',
    org_admin: 'Beheerder',
  } satisfies Record<StaffRole, string>,
  apiKeys: {
    title: 'API-sleutels',
    intro:
      'Met een API-sleutel zet het wervingssysteem (ATS) van je organisatie vacatures rechtstreeks in Samenwerven. Geef elke koppeling een eigen sleutel: dan kun je er één intrekken zonder de andere te raken.',
    docs: 'Lees de API-documentatie',
    connectionTitle: 'Gegevens voor de koppeling',
    connectionIntro: 'Naast een sleutel heeft je wervingssysteem deze gegevens nodig.',
    organisationId: 'Organisatie-id',
    organisationIdHint: (name: string) =>
      `Het id van ${name} in Samenwerven. Het staat in de adressen van de API op de plaats van {orgId}.`,
    copyOrganisationId: 'Organisatie-id kopiëren',
    organisationIdCopied: 'Het organisatie-id is gekopieerd.',
    apiAddress: 'Adres van de API',
    meHint:
      'Weet een systeem niet welke sleutel het heeft? GET /api/v1/me met de sleutel geeft de naam, de bevoegdheden en het organisatie-id.',
    docsHint:
      'Elk verzoek staat beschreven in de API-documentatie, met de bevoegdheid die een sleutel ervoor nodig heeft.',
    scopesLegend: 'Wat mag deze sleutel?',
    scopesHint:
      'Geef een sleutel niet meer dan het systeem nodig heeft. Je kunt de bevoegdheden later niet wijzigen; maak dan een nieuwe sleutel.',
    scopeNames: { read: 'Lezen', write: 'Schrijven', publish: 'Publiceren' } satisfies Record<ApiKeyScope, string>,
    scopeHints: {
      read: 'De vacatures van je organisatie opvragen, ook concepten, met hun geschiedenis.',
      write: 'Vacatures maken en wijzigen, één voor één of in bulk.',
      publish:
        'Vacatures publiceren, sluiten en heropenen, en bepalen wie een gepubliceerde vacature ziet en vanaf wanneer.',
    } satisfies Record<ApiKeyScope, string>,
    listTitle: 'Actieve sleutels',
    caption: 'Actieve API-sleutels',
    empty: 'Je organisatie heeft geen API-sleutels.',
    columns: {
      name: 'Naam',
      prefix: 'Begint met',
      scopes: 'Bevoegdheden',
      created: 'Gemaakt',
      lastUsed: 'Laatst gebruikt',
      actions: 'Acties',
    },
    createdBy: (name: string, gone: boolean) => (gone ? `door ${name}, niet meer bij je organisatie` : `door ${name}`),
    neverUsed: 'Nog niet gebruikt',
    revoke: 'Intrekken',
    revokeTitle: (name: string) => `Sleutel ‘${name}’ intrekken?`,
    revokeText:
      'Systemen die deze sleutel gebruiken, hebben daarna meteen geen toegang meer. Dit kun je niet ongedaan maken.',
    revokeConfirm: 'Ja, intrekken',
    revoked: (name: string) => `De sleutel ‘${name}’ is ingetrokken.`,
    createTitle: 'Nieuwe sleutel maken',
    createName: 'Naam van de sleutel',
    createNameHint: 'Bijvoorbeeld het systeem dat de sleutel gebruikt, zoals ‘Wervingssysteem HR’.',
    createSubmit: 'Sleutel maken',
    newKeyTitle: 'Kopieer je nieuwe sleutel nu',
    newKeyWarning:
      'Je ziet deze sleutel maar één keer. Bewaar hem meteen op een veilige plek, bijvoorbeeld in de instellingen van je wervingssysteem, en stuur hem niet per e-mail of chat. Kwijtgeraakt? Trek hem in en maak een nieuwe.',
    newKeyLabel: (name: string) => `API-sleutel ‘${name}’`,
    copy: 'Sleutel kopiëren',
    copied: 'De sleutel is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de sleutel en kopieer hem zelf.',
    dismiss: 'Ik heb de sleutel bewaard',
    newKeyScopes: (scopes: string) => `Deze sleutel mag: ${scopes}.`,
    examplesTitle: 'Zo gebruik je de sleutel',
    examplesIntro:
      'Voorbeelden met curl, met het adres van Samenwerven, het id van je organisatie en deze sleutel al ingevuld. Een systeem stuurt de sleutel bij elk verzoek mee als Authorization: Bearer gevolgd door de sleutel.',
    publishExample: 'Een vacature publiceren',
    publishExampleText:
      'Zet een vacature met het nummer uit je wervingssysteem (hier voorbeeld-1) in Samenwerven en publiceer haar meteen. Stuur je hetzelfde nummer nog eens, dan wordt die vacature bijgewerkt. Let op: dit voorbeeld zet echt een vacature online. Sluit haar daarna met het volgende voorbeeld.',
    publishExampleTitle: 'Beleidsadviseur (voorbeeldvacature)',
    publishExampleSummary: 'Een voorbeeld van een koppeling; deze vacature bestaat niet.',
    closeExample: 'De vacature sluiten',
    closeExampleText:
      'Het antwoord op het vorige verzoek geeft het id van de vacature in Samenwerven. Zet dat in VACANCY_ID.',
    historyExample: 'De geschiedenis van de vacature opvragen',
    historyExampleText: 'Wie wat veranderde en wanneer; veranderingen door deze sleutel staan op zijn naam.',
    exampleNeedsScopes: (scopes: string) =>
      `Hiervoor zijn bevoegdheden nodig die deze sleutel niet heeft: ${scopes}. Dit verzoek krijgt het antwoord 403.`,
    copyExample: 'Voorbeeld kopiëren',
    exampleCopied: 'Het voorbeeld is gekopieerd.',
    copyFailedSelect: 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.',
  },
  dialog: {
    cancel: 'Annuleren',
  },
};

export type AccountMessages = typeof nl;

const en: AccountMessages = {
  form: {
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    charactersLeft: ({ count, more }: { count: string; more: boolean }) =>
      `${more ? 'Over ' : ''}${count} ${count === '1' ? 'character' : 'characters'} left.`,
    charactersOver: ({ count, more }: { count: string; more: boolean }) =>
      `${more ? 'Over ' : ''}${count} ${count === '1' ? 'character' : 'characters'} too many: make the text shorter.`,
    checkFields: 'Some fields are not filled in correctly.',
    offline: 'The server cannot be reached. Check your internet connection and try again.',
    sessionEnded:
      'You are no longer signed in (perhaps you signed out in another tab), so nothing was saved. What you filled in is still below. Sign in again in a new tab, then come back here and save again.',
    busy: 'Please wait…',
    emailInvalid: 'Enter an e-mail address like name@example.com.',
    passwordsDiffer: 'The two passwords are not the same. Type the password the same way twice.',
    passwordTooShort: 'Use at least 10 characters.',
    required: {
      email: 'Enter your e-mail address.',
      password: 'Enter your password.',
      name: 'Enter your name.',
      newPassword: 'Choose a new password.',
      repeatPassword: 'Type the new password once more.',
      firstPassword: 'Choose a password.',
      repeatFirstPassword: 'Type the password once more.',
      currentPassword: 'Enter your current password.',
      staffEmail: 'Enter the staff member’s e-mail address.',
      staffName: 'Enter the staff member’s name.',
      keyName: 'Give the key a name.',
      keyScopes: 'Choose at least one scope.',
    },
  },
  fields: {
    email: 'E-mail address',
    password: 'Password',
    name: 'Name',
    newPassword: 'New password',
    repeatPassword: 'Repeat the new password',
    firstPassword: 'Choose a password',
    repeatFirstPassword: 'Repeat the password',
    currentPassword: 'Current password',
    passwordHint: 'At least 10 characters. A short sentence is easy to remember and hard to guess.',
  },
  roles: {
    job_seeker: 'Job seeker',
    hr_officer: 'HR officer',
    org_admin: 'Administrator',
    coordinator: 'Coordinator',
  },
  membership: {
    applied: 'Applied, not yet reviewed',
    active: 'Active member',
    suspended: 'Suspended',
    left: 'Left the alliance',
    rejected: 'Application rejected',
  },
  membershipNote: {
    applied: 'The alliance office is still reviewing your organisation’s application.',
    active: '',
    suspended:
      'Your organisation’s membership is suspended. You can view data and prepare vacancies as drafts, but not publish anything, invite colleagues or create API keys.',
    left: 'Your organisation no longer takes part in Samenwerven. You can view data and prepare vacancies as drafts, but not publish anything, invite colleagues or create API keys.',
    rejected: 'Your organisation’s application was rejected.',
  },
  membershipNotice: {
    title: {
      applied: 'Your organisation has not been admitted yet',
      suspended: 'Your organisation’s membership is suspended',
      left: 'Your organisation no longer takes part in Samenwerven',
      rejected: 'Your organisation’s application was rejected',
    },
    text: {
      applied: 'The alliance office is still reviewing the application. You will receive an e-mail with the decision.',
      suspended:
        'The alliance office has suspended the membership. While it is suspended, your organisation’s vacancies are not on Samenwerven. They come back when the membership is reinstated.',
      left: 'Your organisation’s vacancies are no longer on Samenwerven. If your organisation rejoins, they come back as drafts.',
      rejected:
        'So your organisation does not take part in Samenwerven. If the reason for the rejection no longer applies, an admin can apply again for the organisation on the Membership page.',
    },
    applicationsDeleted: {
      coming: (date: string) =>
        `The portal deletes the applications your organisation received, those in the talent pool too, on ${date}.`,
      past: (date: string) => `The applications your organisation received were deleted on ${date}.`,
      exportAdmin: 'Do you want to keep them? Then download your organisation’s export before that day',
      exportLink: 'on the Membership page',
      exportStaff:
        'Do you want to keep them? Then ask an administrator of your organisation to download the export before that day.',
    },
    canTitle: 'What you can still do',
    cannotTitle: 'What you cannot do now',
    read: 'View your organisation’s data, and export it as an administrator',
    draft: 'Prepare vacancies and keep them as drafts',
    applications: 'View and handle applications',
    cannot: [
      'Publish, schedule or reopen vacancies',
      'Have vacancies updated by your own recruitment system (API)',
      'Change the employer profile',
      'Use the talent pool',
    ],
    cannotDraft: 'Create or change vacancies',
    cannotAdmin: ['Invite colleagues', 'Create API keys'],
    keysUnavailable:
      'You can only create a new key while your organisation is an active member of the alliance. You can still view and revoke the existing keys below.',
    profileUnavailable:
      'You can only change the profile while your organisation is an active member of the alliance: what you save here goes straight onto your organisation’s public page.',
  },
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with the e-mail address and password of your account.',
    nextNote: 'Please sign in first. You will then continue to the page you wanted to open.',
    submit: 'Sign in',
    forgotPassword: 'Forgot your password?',
    noAccount: 'No account yet?',
    register: 'Create an account',
    staffNote:
      'Do you work for a member organisation? Then the administrator of your organisation will invite you by e-mail.',
  },
  register: {
    leave: {
      title: 'Account not created yet',
      text: 'What you filled in has not been sent yet. If you leave, it is lost.',
      confirm: 'Leave without sending',
    },
    title: 'Create an account',
    intro: 'Create an account as a job seeker. All you need is a name, an e-mail address and a password.',
    submit: 'Create account',
    haveAccount: 'Already have an account?',
    signIn: 'Sign in',
    sentTitle: 'Check your e-mail',
    sent: (email) =>
      `We have sent an e-mail to ${email}. Confirm with the link in it, and the password you just chose, that the address is yours; you will then be signed in. The link is valid for 2 days; an account not confirmed within 30 days is deleted.`,
    noMail:
      'No e-mail? Check your spam folder too. If you already had an account with this address, the e-mail tells you how to sign in.',
  },
  confirmRegistration: {
    title: 'Confirm your e-mail address',
    intro:
      'Confirm that this e-mail address is yours, with the password you chose when you made the account. Your account is then ready and you will be signed in.',
    passwordHint:
      'Did you not sign up yourself? Then there is nothing to do: without confirmation nobody can sign in with this account.',
    submit: 'Confirm e-mail address',
    missingToken: 'This link is incomplete. Open the whole link from the e-mail.',
    expired:
      'Does the link no longer work? Then set a password via ‘Forgot your password’: that confirms your address too.',
    forgotPassword: 'Forgot your password',
    used: 'This link was already used: your e-mail address is confirmed and your account is ready. Sign in with your e-mail address and password.',
  },
  forgotPassword: {
    title: 'Forgot your password',
    intro: 'Enter the e-mail address of your account. We will e-mail you a link to set a new password.',
    submit: 'Send link',
    sentTitle: 'Check your e-mail',
    sent: (email) =>
      `If an account exists with the e-mail address ${email}, we have sent a link to set a new password. The link is valid for one hour.`,
    noMail: 'No e-mail? Check your spam folder too, or ask for a new link below.',
    backToSignIn: 'Back to sign in',
  },
  resetPassword: {
    title: 'Set a new password',
    intro: 'Choose a new password for your account. You will then be signed out on all devices.',
    submit: 'Save password',
    doneTitle: 'Your password has been changed',
    done: 'You can now sign in with your new password.',
    signIn: 'Sign in',
    missingToken: 'This link is incomplete. Open the whole link from the e-mail, or ask for a new link.',
    spent: 'This link no longer works: it was used already, or is more than an hour old. Ask for a new link.',
    requestNew: 'Ask for a new link',
  },
  invitation: {
    title: 'Accept your invitation',
    intro:
      'You have been invited to work in Samenwerven for your organisation. Choose a password; you will then be signed in straight away.',
    submit: 'Set password and sign in',
    missingToken: 'This link is incomplete. Open the whole link from the invitation e-mail.',
    newInvitation: 'Does the link no longer work? Ask the administrator of your organisation for a new invitation.',
    invites: (organisation: string) =>
      `${organisation} invites you to work on its vacancies in Samenwerven, the joint recruitment portal.`,
    organisation: 'Organisation',
    account: 'Your account is for',
    role: 'Role',
    choosePassword:
      'Choose a password; you will then be signed in straight away. From now on you sign in with this e-mail address and this password.',
    spent: 'This invitation link no longer works: it has expired or was withdrawn.',
    used: 'You have already accepted this invitation: your account is ready. Sign in with your e-mail address and the password you chose then.',
  },
  account: {
    title: 'My account',
    details: 'Your details',
    name: 'Name',
    email: 'E-mail address',
    role: 'Role',
    organisation: 'Organisation',
    membership: 'Membership',
    passwordTitle: 'Change your password',
    passwordIntro: 'Afterwards you will be signed out on other devices; here you stay signed in.',
    passwordSubmit: 'Change password',
    passwordChanged: 'Your password has been changed. You have been signed out on other devices.',
    signOutTitle: 'Sign out',
    signOutText: 'Done? Sign out, especially on a computer you share with others.',
    signOut: 'Sign out',
  },
  myData: {
    title: 'My data',
    intro:
      'Download everything Samenwerven keeps about you: your account, your applications with CV, letter and notes, which e-mails we sent you and the log. You get one zip file.',
    download: 'Download my data',
    privacy: 'How we handle your data',
    eraseTitle: 'Erase account',
    eraseIntro: 'No longer want to be on Samenwerven? Then erase your account. This cannot be undone.',
    erase: 'Erase account',
    confirmTitle: 'Erase your account?',
    confirmText: 'We will delete straight away and for good:',
    confirmItems: [
      'your account: name, e-mail address and password;',
      'all your applications, including those you sent without an account from this e-mail address, with CV, letter and the organisations’ notes;',
      'your place in the talent pool;',
      'your saved searches and e-mail alerts, including those you made without an account with this e-mail address;',
      'the e-mails we sent you and the log about you.',
    ],
    confirmHint: 'Want to keep your data? Download it first.',
    password: 'Your password',
    passwordHint: 'To confirm it is you.',
    passwordRequired: 'Enter your password to erase your account.',
    confirm: 'Yes, erase my account',
  },
  notify: {
    title: 'E-mail notifications',
    label: 'E-mail me when an application arrives',
    hint: 'For applications to your organisation’s vacancies.',
    save: 'Save setting',
    savedOn: 'Saved. You will get an e-mail when an application arrives.',
    savedOff: 'Saved. You will no longer get an e-mail when an application arrives.',
  },
  usedLink: { signIn: 'Sign in' },
  signOut: {
    title: 'Sign out',
    intro: 'Do you want to sign out?',
    submit: 'Sign out',
    doneTitle: 'You have been signed out',
    done: 'You have been signed out of Samenwerven.',
    signInAgain: 'Sign in again',
    toVacancies: 'Go to the vacancies',
  },
  manage: {
    navLabel: 'Manage',
    dashboard: 'Overview',
    staff: 'Staff',
    apiKeys: 'API keys',
    title: 'Manage',
    organisation: 'Organisation',
    membership: 'Membership',
    yourRole: 'Your role',
    vacanciesTitle: 'Vacancies',
    sectionsTitle: 'Your organisation',
    staffText: 'Invite colleagues, change their role or remove their access.',
    apiKeysText: 'Connect your organisation’s recruitment system to Samenwerven.',
    accountText: 'Your details and your password.',
    account: 'My account',
  },
  staff: {
    title: 'Staff',
    intro: (organisation) =>
      `Everyone who works in Samenwerven for ${organisation}. An HR officer manages vacancies; an administrator can also invite staff and create API keys.`,
    listTitle: 'Current staff',
    caption: (organisation) => `Staff of ${organisation}`,
    columns: { person: 'Staff member', status: 'Status', role: 'Role', actions: 'Actions' },
    you: '(you)',
    status: { active: 'Active', invited: 'Invited', invitation_expired: 'Invitation expired' },
    invitationExpired: 'The link in the invitation worked for 7 days and was not used.',
    inviteAgain: 'Invite again',
    lastSignIn: (date) => `Last signed in on ${date}`,
    neverSignedIn: 'Not signed in yet',
    roleOf: (name) => `Role of ${name}`,
    saveRole: 'Save',
    saveRoleOf: (name) => `(role of ${name})`,
    roleSaved: 'Saved.',
    remove: 'Remove',
    removeTitle: (name) => `Remove ${name}?`,
    removeText: (name) =>
      `${name} loses access to Samenwerven at once and is signed out on all devices. To work together again later, invite the address again.`,
    removeConfirm: 'Yes, remove',
    demoteTitle: (name, isMe) =>
      isMe ? 'Stop being an administrator yourself?' : `Make ${name} no longer an administrator?`,
    demoteText: (name, isMe) =>
      isMe
        ? 'You can then no longer manage staff, API keys and the membership, nor undo this yourself: only another administrator can.'
        : `${name} can then no longer manage staff, API keys and the membership. An administrator can undo this later.`,
    demoteConfirm: 'Yes, make HR officer',
    removed: (name) => `${name} has been removed.`,
    inviteTitle: 'Invite a staff member',
    inviteIntro:
      'The staff member receives an e-mail with a link to set a password. The link is valid for 7 days. You can invite 20 people an hour, and one e-mail address receives at most 3 invitations a day.',
    inviteUnavailableTitle: 'Inviting is not possible now',
    inviteUnavailable: {
      applied:
        'Your organisation has not been admitted to the alliance yet. Once the alliance office has approved the application, you can invite colleagues here.',
      suspended:
        'The membership of your organisation is suspended. While it is, you cannot invite colleagues; the current staff keep their access.',
      left: 'Your organisation no longer takes part in Samenwerven, so you can no longer invite colleagues.',
      rejected: 'The application of your organisation was rejected, so you cannot invite colleagues.',
      active: '',
    },
    inviteEmail: 'E-mail address',
    inviteName: 'Name',
    inviteRole: 'Role',
    inviteLanguage: 'Language of the invitation',
    languages: { nl: 'Dutch', en: 'English' },
    inviteSubmit: 'Send invitation',
    invited: (email) => `The invitation has been sent to ${email}.`,
  },
  staffRoles: {
    hr_officer: 'HR officer',
    org_admin: 'Administrator',
  },
  apiKeys: {
    title: 'API keys',
    intro:
      'With an API key, your organisation’s recruitment system (ATS) puts vacancies into Samenwerven directly. Give every connection its own key: then you can revoke one without touching the others.',
    docs: 'Read the API documentation',
    connectionTitle: 'Details for the connection',
    connectionIntro: 'Besides a key, your recruitment system needs these details.',
    organisationId: 'Organisation id',
    organisationIdHint: (name) =>
      `The id of ${name} in Samenwerven. It goes into the API’s addresses in place of {orgId}.`,
    copyOrganisationId: 'Copy organisation id',
    organisationIdCopied: 'The organisation id has been copied.',
    apiAddress: 'Address of the API',
    meHint:
      'Does a system not know which key it has? GET /api/v1/me with the key answers its name, its scopes and the organisation id.',
    docsHint: 'The API documentation describes every request, with the scope a key needs for it.',
    scopesLegend: 'What may this key do?',
    scopesHint: 'Give a key no more than the system needs. You cannot change the scopes later; make a new key instead.',
    scopeNames: { read: 'Read', write: 'Write', publish: 'Publish' },
    scopeHints: {
      read: 'Read your organisation’s vacancies, drafts too, with their history.',
      write: 'Create and change vacancies, one by one or in bulk.',
      publish: 'Publish, close and reopen vacancies, and decide who sees a published vacancy and from when.',
    },
    listTitle: 'Active keys',
    caption: 'Active API keys',
    empty: 'Your organisation has no API keys.',
    columns: {
      name: 'Name',
      prefix: 'Starts with',
      scopes: 'Scopes',
      created: 'Created',
      lastUsed: 'Last used',
      actions: 'Actions',
    },
    createdBy: (name, gone) => (gone ? `by ${name}, no longer with your organisation` : `by ${name}`),
    neverUsed: 'Not used yet',
    revoke: 'Revoke',
    revokeTitle: (name) => `Revoke the key ‘${name}’?`,
    revokeText: 'Systems that use this key lose access at once. You cannot undo this.',
    revokeConfirm: 'Yes, revoke',
    revoked: (name) => `The key ‘${name}’ has been revoked.`,
    createTitle: 'Create a new key',
    createName: 'Name of the key',
    createNameHint: 'For example the system that uses the key, such as ‘HR recruitment system’.',
    createSubmit: 'Create key',
    newKeyTitle: 'Copy your new key now',
    newKeyWarning:
      'You will see this key only once. Store it in a safe place straight away, for example in the settings of your recruitment system, and do not send it by e-mail or chat. Lost it? Revoke it and create a new one.',
    newKeyLabel: (name) => `API key ‘${name}’`,
    copy: 'Copy key',
    copied: 'The key has been copied.',
    copyFailed: 'Copying did not work. Select the key and copy it yourself.',
    dismiss: 'I have stored the key',
    newKeyScopes: (scopes) => `This key may: ${scopes}.`,
    examplesTitle: 'How to use the key',
    examplesIntro:
      'Examples with curl, with the address of Samenwerven, your organisation’s id and this key filled in. A system sends the key with every request as Authorization: Bearer followed by the key.',
    publishExample: 'Publish a vacancy',
    publishExampleText:
      'Puts a vacancy with the number from your recruitment system (here voorbeeld-1) into Samenwerven and publishes it at once. Send the same number again and that vacancy is updated. Mind: this example really puts a vacancy online. Close it afterwards with the next example.',
    publishExampleTitle: 'Policy adviser (example vacancy)',
    publishExampleSummary: 'An example of a connection; this vacancy does not exist.',
    closeExample: 'Close the vacancy',
    closeExampleText: 'The answer to the previous request gives the vacancy’s id in Samenwerven. Put it in VACANCY_ID.',
    historyExample: 'Read the vacancy’s history',
    historyExampleText: 'Who changed what and when; changes by this key carry its name.',
    exampleNeedsScopes: (scopes) =>
      `This needs scopes this key does not have: ${scopes}. This request gets the answer 403.`,
    copyExample: 'Copy example',
    exampleCopied: 'The example has been copied.',
    copyFailedSelect: 'Copying did not work. Select the text and copy it yourself.',
  },
  dialog: {
    cancel: 'Cancel',
  },
};

export const accountMessages: Record<Lang, AccountMessages> = { nl, en };

/** An API key scope in words ("Publiceren (publish)"): the label, and the name the API uses. */
export function scopeLabel(t: AccountMessages, scope: string): string {
  const name = (t.apiKeys.scopeNames as Record<string, string>)[scope];
  return name ? `${name} (${scope})` : scope;
}

/** A membership state's label; states the portal does not know yet show as themselves. */
export function membershipLabel(t: AccountMessages, state: string): string {
  return (t.membership as Record<string, string>)[state] ?? state;
}

/** The notice of a membership state, or nothing for an active member (or a state the portal does not know). */
export function membershipNotice(t: AccountMessages, state: string) {
  const title = (t.membershipNotice.title as Record<string, string>)[state];
  const text = (t.membershipNotice.text as Record<string, string>)[state];
  return title && text ? { title, text } : null;
}

export function membershipNote(t: AccountMessages, state: string): string {
  return (t.membershipNote as Record<string, string>)[state] ?? '';
}
