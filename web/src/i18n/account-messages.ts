/**
 * The texts of the signed-in part of the portal (signing in, the account, staff management,
 * coordination), in Dutch and English. Kept apart from `messages.ts` so that only the pages
 * that need them load them: the search page stays small. Like the server's messages, these
 * address the reader formally ("u").
 */
import type { MembershipState, Role, StaffRole } from '../api/types.ts';
import type { Lang } from './lang.ts';

const nl = {
  form: {
    errorSummaryTitle: 'Er is een probleem',
    errorPrefix: 'Fout:',
    checkFields: 'Niet alle velden zijn goed ingevuld.',
    offline: 'De server is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw.',
    busy: 'Even geduld…',
    emailInvalid: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
    passwordsDiffer: 'De twee wachtwoorden zijn niet gelijk. Typ het nieuwe wachtwoord twee keer hetzelfde.',
    required: {
      email: 'Vul uw e-mailadres in.',
      password: 'Vul uw wachtwoord in.',
      name: 'Vul uw naam in.',
      newPassword: 'Kies een nieuw wachtwoord.',
      repeatPassword: 'Typ het nieuwe wachtwoord nog een keer.',
      currentPassword: 'Vul uw huidige wachtwoord in.',
      staffEmail: 'Vul het e-mailadres van de medewerker in.',
      staffName: 'Vul de naam van de medewerker in.',
      keyName: 'Geef de sleutel een naam.',
    },
  },
  fields: {
    email: 'E-mailadres',
    password: 'Wachtwoord',
    name: 'Naam',
    newPassword: 'Nieuw wachtwoord',
    repeatPassword: 'Herhaal het nieuwe wachtwoord',
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
    applied: 'Het alliantiebureau beoordeelt de aanmelding van uw organisatie nog.',
    active: '',
    suspended:
      'Het lidmaatschap van uw organisatie is geschorst. U kunt gegevens inzien en vacatures als concept voorbereiden, maar niets publiceren, geen collega’s uitnodigen en geen API-sleutels maken.',
    left: 'Uw organisatie doet niet meer mee aan Samenwerven. U kunt gegevens inzien en vacatures als concept voorbereiden, maar niets publiceren, geen collega’s uitnodigen en geen API-sleutels maken.',
    rejected: 'De aanmelding van uw organisatie is afgewezen.',
  } satisfies Record<MembershipState, string>,
  /**
   * The staff pages' notice of a membership that is not active: what happened, what is still
   * possible and what not, said before anything is filled in (the server's rules:
   * server/src/membership/state-machine.ts).
   */
  membershipNotice: {
    title: {
      applied: 'Uw organisatie is nog niet toegelaten',
      suspended: 'Het lidmaatschap van uw organisatie is geschorst',
      left: 'Uw organisatie doet niet meer mee aan Samenwerven',
      rejected: 'De aanmelding van uw organisatie is afgewezen',
    },
    text: {
      applied: 'Het alliantiebureau beoordeelt de aanmelding nog. U krijgt een e-mail met het besluit.',
      suspended:
        'Het alliantiebureau heeft het lidmaatschap geschorst. Zolang dat zo is, staan de vacatures van uw organisatie niet op Samenwerven. Na de heropname komen ze terug.',
      left: 'De vacatures van uw organisatie staan niet meer op Samenwerven. Gaat uw organisatie weer meedoen, dan komen ze terug als concept.',
      rejected: 'Uw organisatie doet daarom niet mee aan Samenwerven.',
    },
    canTitle: 'Wat kan nog',
    cannotTitle: 'Wat kan nu niet',
    read: 'Gegevens van uw organisatie inzien, en als beheerder exporteren',
    draft: 'Vacatures voorbereiden en bewaren als concept',
    applications: 'Sollicitaties inzien en afhandelen',
    cannot: [
      'Vacatures publiceren, inplannen of heropenen',
      'Vacatures laten bijwerken door uw eigen wervingssysteem (API)',
      'Het werkgeversprofiel wijzigen',
      'De talentpool gebruiken',
    ],
    cannotDraft: 'Vacatures maken of wijzigen',
    cannotAdmin: ['Collega’s uitnodigen', 'API-sleutels maken'],
    keysUnavailable:
      'Een nieuwe sleutel maken kan alleen zolang uw organisatie actief lid van de alliantie is. Bestaande sleutels kunt u hieronder wel bekijken en intrekken.',
    profileUnavailable:
      'Het profiel wijzigen kan alleen zolang uw organisatie actief lid van de alliantie is: wat u hier opslaat, staat meteen op de openbare pagina van uw organisatie.',
  },
  signIn: {
    title: 'Inloggen',
    intro: 'Log in met het e-mailadres en het wachtwoord van uw account.',
    nextNote: 'Log eerst in. Daarna gaat u verder naar de pagina die u wilde openen.',
    submit: 'Inloggen',
    forgotPassword: 'Wachtwoord vergeten?',
    noAccount: 'Nog geen account?',
    register: 'Maak een account aan',
    staffNote:
      'Werkt u bij een deelnemende organisatie? Dan krijgt u een uitnodiging per e-mail van de beheerder van uw organisatie.',
  },
  register: {
    title: 'Account aanmaken',
    intro: 'Maak een account aan als werkzoekende. U hebt alleen een naam, een e-mailadres en een wachtwoord nodig.',
    submit: 'Account aanmaken',
    haveAccount: 'Heeft u al een account?',
    signIn: 'Log in',
    sentTitle: 'Kijk in uw e-mail',
    sent: (email: string) =>
      `We hebben een e-mail gestuurd naar ${email}. Bevestig met de link daarin dat het adres van u is; daarna bent u ingelogd. De link is 2 dagen geldig.`,
    noMail:
      'Geen e-mail gekregen? Kijk ook bij uw ongewenste e-mail. Had u al een account met dit adres, dan staat in de e-mail hoe u inlogt.',
  },
  confirmRegistration: {
    title: 'E-mailadres bevestigen',
    intro: 'Bevestig dat dit e-mailadres van u is. Daarna is uw account klaar en bent u ingelogd.',
    submit: 'E-mailadres bevestigen',
    missingToken: 'Deze link is niet compleet. Open de hele link uit de e-mail.',
    expired:
      'Werkt de link niet meer? Stel dan via ‘Wachtwoord vergeten’ een wachtwoord in: dat bevestigt uw e-mailadres ook.',
    forgotPassword: 'Wachtwoord vergeten',
  },
  forgotPassword: {
    title: 'Wachtwoord vergeten',
    intro:
      'Vul het e-mailadres van uw account in. U krijgt dan een e-mail met een link om een nieuw wachtwoord in te stellen.',
    submit: 'Link versturen',
    sentTitle: 'Kijk in uw e-mail',
    sent: (email: string) =>
      `Als er een account bestaat met het e-mailadres ${email}, hebben we een link gestuurd om een nieuw wachtwoord in te stellen. De link is één uur geldig.`,
    noMail: 'Geen e-mail gekregen? Kijk ook bij uw ongewenste e-mail, of vraag hieronder een nieuwe link aan.',
    backToSignIn: 'Terug naar inloggen',
  },
  resetPassword: {
    title: 'Nieuw wachtwoord instellen',
    intro: 'Kies een nieuw wachtwoord voor uw account. Daarna bent u op alle apparaten uitgelogd.',
    submit: 'Wachtwoord opslaan',
    doneTitle: 'Uw wachtwoord is gewijzigd',
    done: 'U kunt nu inloggen met uw nieuwe wachtwoord.',
    signIn: 'Inloggen',
    missingToken: 'Deze link is niet compleet. Open de hele link uit de e-mail, of vraag een nieuwe link aan.',
    requestNew: 'Vraag een nieuwe link aan',
  },
  invitation: {
    title: 'Uitnodiging accepteren',
    intro:
      'U bent uitgenodigd om namens uw organisatie in Samenwerven te werken. Kies een wachtwoord; daarna bent u meteen ingelogd.',
    submit: 'Wachtwoord instellen en inloggen',
    missingToken: 'Deze link is niet compleet. Open de hele link uit de e-mail met de uitnodiging.',
    newInvitation: 'Werkt de link niet meer? Vraag de beheerder van uw organisatie om een nieuwe uitnodiging.',
    invites: (organisation: string) =>
      `${organisation} nodigt u uit om mee te werken aan haar vacatures in Samenwerven, het gezamenlijke vacatureportaal.`,
    organisation: 'Organisatie',
    account: 'Uw account is voor',
    role: 'Rol',
    choosePassword:
      'Kies een wachtwoord; daarna bent u meteen ingelogd. Voortaan logt u in met dit e-mailadres en dit wachtwoord.',
    spent: 'Deze uitnodigingslink werkt niet meer: hij is al gebruikt, verlopen of ingetrokken.',
  },
  account: {
    title: 'Mijn account',
    details: 'Uw gegevens',
    name: 'Naam',
    email: 'E-mailadres',
    role: 'Rol',
    organisation: 'Organisatie',
    membership: 'Lidmaatschap',
    passwordTitle: 'Wachtwoord wijzigen',
    passwordIntro: 'Na het wijzigen bent u op andere apparaten uitgelogd; hier blijft u ingelogd.',
    passwordSubmit: 'Wachtwoord wijzigen',
    passwordChanged: 'Uw wachtwoord is gewijzigd. Op andere apparaten bent u uitgelogd.',
    signOutTitle: 'Uitloggen',
    signOutText: 'Klaar? Log uit, zeker op een computer die u met anderen deelt.',
    signOut: 'Uitloggen',
  },
  myData: {
    title: 'Mijn gegevens',
    intro:
      'Download alles wat Samenwerven over u bewaart: uw account, uw sollicitaties met cv, brief en notities, de e-mails die wij u stuurden en het logboek. U krijgt één zip-bestand.',
    download: 'Mijn gegevens downloaden',
    privacy: 'Hoe wij met uw gegevens omgaan',
    eraseTitle: 'Account verwijderen',
    eraseIntro:
      'Wilt u niet meer op Samenwerven staan? Verwijder dan uw account. Dat kan niet ongedaan worden gemaakt.',
    erase: 'Account verwijderen',
    confirmTitle: 'Uw account verwijderen?',
    confirmText: 'Wij verwijderen meteen en voorgoed:',
    confirmItems: [
      'uw account: naam, e-mailadres en wachtwoord;',
      'al uw sollicitaties, ook die u zonder account met dit e-mailadres stuurde, met cv, brief en de notities van de organisaties;',
      'uw plek in de talentpool;',
      'de e-mails die wij u stuurden en het logboek over u.',
    ],
    confirmHint: 'Wilt u uw gegevens bewaren? Download ze dan eerst.',
    confirm: 'Ja, verwijder mijn account',
  },
  notify: {
    title: 'E-mailberichten',
    label: 'E-mail mij als er een sollicitatie binnenkomt',
    hint: 'Voor sollicitaties op de vacatures van uw organisatie.',
    save: 'Instelling opslaan',
    savedOn: 'Opgeslagen. U krijgt een e-mail als er een sollicitatie binnenkomt.',
    savedOff: 'Opgeslagen. U krijgt geen e-mail meer als er een sollicitatie binnenkomt.',
  },
  signOut: {
    title: 'Uitloggen',
    intro: 'Wilt u uitloggen?',
    submit: 'Uitloggen',
    doneTitle: 'U bent uitgelogd',
    done: 'U bent uitgelogd uit Samenwerven.',
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
    yourRole: 'Uw rol',
    vacanciesTitle: 'Vacatures',
    sectionsTitle: 'Uw organisatie',
    staffText: 'Nodig collega’s uit, wijzig hun rol of trek hun toegang in.',
    apiKeysText: 'Koppel het wervingssysteem van uw organisatie aan Samenwerven.',
    accountText: 'Uw gegevens en uw wachtwoord.',
    account: 'Mijn account',
  },
  staff: {
    title: 'Medewerkers',
    intro: (organisation: string) =>
      `Iedereen die namens ${organisation} in Samenwerven werkt. Een HR-medewerker beheert vacatures; een beheerder kan daarnaast medewerkers uitnodigen en API-sleutels maken.`,
    listTitle: 'Huidige medewerkers',
    caption: (organisation: string) => `Medewerkers van ${organisation}`,
    columns: { person: 'Medewerker', status: 'Status', role: 'Rol', actions: 'Acties' },
    you: '(u)',
    status: { active: 'Actief', invited: 'Uitgenodigd' } satisfies Record<'active' | 'invited', string>,
    lastSignIn: (date: string) => `Laatst ingelogd op ${date}`,
    neverSignedIn: 'Nog niet ingelogd',
    roleOf: (name: string) => `Rol van ${name}`,
    saveRole: 'Opslaan',
    saveRoleOf: (name: string) => `(rol van ${name})`,
    roleSaved: 'Opgeslagen.',
    remove: 'Verwijderen',
    removeTitle: (name: string) => `${name} verwijderen?`,
    removeText: (name: string) =>
      `${name} verliest meteen de toegang tot Samenwerven en wordt op alle apparaten uitgelogd. Dit kunt u niet ongedaan maken.`,
    removeConfirm: 'Ja, verwijderen',
    removed: (name: string) => `${name} is verwijderd.`,
    inviteTitle: 'Medewerker uitnodigen',
    inviteIntro:
      'De medewerker krijgt een e-mail met een link om een wachtwoord in te stellen. De link is 7 dagen geldig. U kunt per uur 20 mensen uitnodigen, en naar één e-mailadres gaan hooguit 3 uitnodigingen per dag.',
    inviteUnavailableTitle: 'Uitnodigen kan nu niet',
    inviteUnavailable: {
      applied:
        'Uw organisatie is nog niet toegelaten tot de alliantie. Zodra het alliantiebureau de aanmelding heeft goedgekeurd, kunt u hier collega’s uitnodigen.',
      suspended:
        'Het lidmaatschap van uw organisatie is geschorst. Zolang dat zo is, kunt u geen collega’s uitnodigen; de huidige medewerkers houden hun toegang.',
      left: 'Uw organisatie doet niet meer mee aan Samenwerven. Daarom kunt u geen collega’s meer uitnodigen.',
      rejected: 'De aanmelding van uw organisatie is afgewezen. Daarom kunt u geen collega’s uitnodigen.',
      active: '',
    } satisfies Record<MembershipState, string>,
    inviteEmail: 'E-mailadres',
    inviteName: 'Naam',
    inviteRole: 'Rol',
    inviteLanguage: 'Taal van de uitnodiging',
    languages: { nl: 'Nederlands', en: 'English' } satisfies Record<Lang, string>,
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
      'Met een API-sleutel zet het wervingssysteem (ATS) van uw organisatie vacatures rechtstreeks in Samenwerven. Geef elke koppeling een eigen sleutel: dan kunt u er één intrekken zonder de andere te raken.',
    docs: 'Lees de API-documentatie',
    listTitle: 'Actieve sleutels',
    caption: 'Actieve API-sleutels',
    empty: 'Uw organisatie heeft nog geen API-sleutels.',
    columns: {
      name: 'Naam',
      prefix: 'Begint met',
      created: 'Gemaakt op',
      lastUsed: 'Laatst gebruikt',
      actions: 'Acties',
    },
    neverUsed: 'Nog niet gebruikt',
    revoke: 'Intrekken',
    revokeTitle: (name: string) => `Sleutel ‘${name}’ intrekken?`,
    revokeText:
      'Systemen die deze sleutel gebruiken, hebben daarna meteen geen toegang meer. Dit kunt u niet ongedaan maken.',
    revokeConfirm: 'Ja, intrekken',
    revoked: (name: string) => `De sleutel ‘${name}’ is ingetrokken.`,
    createTitle: 'Nieuwe sleutel maken',
    createName: 'Naam van de sleutel',
    createNameHint: 'Bijvoorbeeld het systeem dat de sleutel gebruikt, zoals ‘Wervingssysteem HR’.',
    createSubmit: 'Sleutel maken',
    newKeyTitle: 'Kopieer uw nieuwe sleutel nu',
    newKeyWarning:
      'U ziet deze sleutel maar één keer. Bewaar hem meteen op een veilige plek, bijvoorbeeld in de instellingen van uw wervingssysteem, en stuur hem niet per e-mail of chat. Kwijtgeraakt? Trek hem in en maak een nieuwe.',
    newKeyLabel: (name: string) => `API-sleutel ‘${name}’`,
    copy: 'Sleutel kopiëren',
    copied: 'De sleutel is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de sleutel en kopieer hem zelf.',
    dismiss: 'Ik heb de sleutel bewaard',
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
    checkFields: 'Some fields are not filled in correctly.',
    offline: 'The server cannot be reached. Check your internet connection and try again.',
    busy: 'Please wait…',
    emailInvalid: 'Enter an e-mail address like name@example.com.',
    passwordsDiffer: 'The two passwords are not the same. Type the new password the same way twice.',
    required: {
      email: 'Enter your e-mail address.',
      password: 'Enter your password.',
      name: 'Enter your name.',
      newPassword: 'Choose a new password.',
      repeatPassword: 'Type the new password once more.',
      currentPassword: 'Enter your current password.',
      staffEmail: 'Enter the staff member’s e-mail address.',
      staffName: 'Enter the staff member’s name.',
      keyName: 'Give the key a name.',
    },
  },
  fields: {
    email: 'E-mail address',
    password: 'Password',
    name: 'Name',
    newPassword: 'New password',
    repeatPassword: 'Repeat the new password',
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
      rejected: 'So your organisation does not take part in Samenwerven.',
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
    title: 'Create an account',
    intro: 'Create an account as a job seeker. All you need is a name, an e-mail address and a password.',
    submit: 'Create account',
    haveAccount: 'Already have an account?',
    signIn: 'Sign in',
    sentTitle: 'Check your e-mail',
    sent: (email) =>
      `We have sent an e-mail to ${email}. Confirm with the link in it that the address is yours; you will then be signed in. The link is valid for 2 days.`,
    noMail:
      'No e-mail? Check your spam folder too. If you already had an account with this address, the e-mail tells you how to sign in.',
  },
  confirmRegistration: {
    title: 'Confirm your e-mail address',
    intro: 'Confirm that this e-mail address is yours. Your account is then ready and you will be signed in.',
    submit: 'Confirm e-mail address',
    missingToken: 'This link is incomplete. Open the whole link from the e-mail.',
    expired:
      'Does the link no longer work? Then set a password via ‘Forgot your password’: that confirms your address too.',
    forgotPassword: 'Forgot your password',
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
    spent: 'This invitation link no longer works: it has been used, has expired or was withdrawn.',
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
      'Download everything Samenwerven keeps about you: your account, your applications with CV, letter and notes, the e-mails we sent you and the log. You get one zip file.',
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
      'the e-mails we sent you and the log about you.',
    ],
    confirmHint: 'Want to keep your data? Download it first.',
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
    status: { active: 'Active', invited: 'Invited' },
    lastSignIn: (date) => `Last signed in on ${date}`,
    neverSignedIn: 'Not signed in yet',
    roleOf: (name) => `Role of ${name}`,
    saveRole: 'Save',
    saveRoleOf: (name) => `(role of ${name})`,
    roleSaved: 'Saved.',
    remove: 'Remove',
    removeTitle: (name) => `Remove ${name}?`,
    removeText: (name) =>
      `${name} loses access to Samenwerven at once and is signed out on all devices. You cannot undo this.`,
    removeConfirm: 'Yes, remove',
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
    languages: { nl: 'Nederlands', en: 'English' },
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
    listTitle: 'Active keys',
    caption: 'Active API keys',
    empty: 'Your organisation has no API keys yet.',
    columns: { name: 'Name', prefix: 'Starts with', created: 'Created on', lastUsed: 'Last used', actions: 'Actions' },
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
  },
  dialog: {
    cancel: 'Cancel',
  },
};

export const accountMessages: Record<Lang, AccountMessages> = { nl, en };

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
