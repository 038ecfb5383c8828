/**
 * Every text of the interface, in Dutch here and in English in messages-en.ts. A plain object
 * per language (no i18n library): English must have exactly the keys Dutch has, which the
 * `Messages` type enforces.
 * Texts that hold a number are functions, so each language can word its own plural.
 */
export const nl = {
  siteName: 'Samenwerven',
  tagline: 'Vacatures bij de overheid in de regio',
  skipLink: 'Naar de inhoud',
  loading: 'Laden…',
  nav: {
    label: 'Hoofdmenu',
    vacancies: 'Vacatures',
    members: 'Deelnemers',
    join: 'Aanmelden als organisatie',
    accountLabel: 'Account',
    signIn: 'Inloggen',
    account: 'Mijn account',
    manage: 'Beheer',
    coordination: 'Coördinatie',
    signOut: 'Uitloggen',
    signedInAs: 'Ingelogd als',
  },
  csv: {
    /** RFC 4180, for programs and spreadsheets set up for English. */
    comma: 'CSV downloaden',
    /** Semicolons and decimal commas: what Excel set up for the Netherlands opens by a double click. */
    semicolon: 'Downloaden voor Excel (puntkomma’s)',
  },
  languageSwitch: {
    /** The name of the other language, in that language. */
    label: 'English',
    description: 'Read this page in English',
  },
  footer: {
    about:
      'Samenwerven is het gezamenlijke vacatureportaal van gemeenten, provincie, waterschap en andere publieke organisaties in de regio.',
    sources: 'Bronnen',
    attributionAreas: 'Bron: CBS / PDOK, CBS Gebiedsindelingen 2024',
    attributionPostcodes:
      '© Centraal Bureau voor de Statistiek, © ESRI Nederland (CBS Kerncijfers per postcode, PC4 2020)',
    forDevelopers: 'Voor ontwikkelaars',
    apiDocs: 'API-documentatie (Engels)',
    privacy: 'Privacyverklaring',
    accessibility: 'Toegankelijkheid',
    contact: 'Contact en colofon',
    aboutLink: 'Over Samenwerven',
  },
  /** One-time messages on the page a flow ends on (lib/flash.ts). */
  flash: {
    addressConfirmed: 'Je e-mailadres is bevestigd en je bent ingelogd. Welkom bij Samenwerven.',
    accountErased: 'Je account en al je gegevens zijn verwijderd. Je bent uitgelogd.',
  },
  search: {
    title: 'Vacatures bij de overheid in de regio',
    titleFor: (q: string) => `Vacatures voor ‘${q}’`,
    pageSuffix: (page: number) => `pagina ${page}`,
    intro: 'Alle vacatures van de deelnemende organisaties op één plek.',
    queryLabel: 'Zoek op functie, organisatie of plaats',
    submit: 'Zoeken',
    sortLabel: 'Sorteren op',
    sort: {
      relevance: 'Beste resultaat',
      newest: 'Nieuwste eerst',
      closing: 'Sluitingsdatum',
      salary: 'Hoogste salaris',
      distance: 'Afstand',
    },
    filters: 'Filters',
    activeFilters: (n: number) => (n === 1 ? '1 filter actief' : `${n} filters actief`),
    facets: {
      category: 'Vakgebied',
      educationLevel: 'Opleidingsniveau',
      employmentType: 'Dienstverband',
      region: 'Provincie',
      organisation: 'Organisatie',
    },
    facetCount: (count: string) => `(${count})`,
    applyFilters: 'Filters toepassen',
    skipToResults: 'Direct naar de resultaten',
    createAlert: 'Maak een e-mailalert',
    createAlertHint: 'Krijg nieuwe vacatures van deze zoekopdracht per e-mail.',
    clearFilters: 'Alle filters wissen',
    resultCount: (n: number, formatted: string) =>
      n === 0 ? 'Geen vacatures gevonden' : n === 1 ? '1 vacature gevonden' : `${formatted} vacatures gevonden`,
    resultCountStill: (n: number, formatted: string) =>
      n === 0
        ? 'Nog steeds geen vacatures gevonden'
        : n === 1
          ? 'Nog steeds 1 vacature gevonden'
          : `Nog steeds ${formatted} vacatures gevonden`,
    noResults: 'Probeer een ander of algemener zoekwoord, haal een filter weg of zoek in een groter gebied.',
    unknownWords: (words: string) =>
      `Met ‘${words}’ erbij vonden we geen vacatures. Je ziet de vacatures voor de andere zoekwoorden.`,
    relaxIntro: 'Met een filter minder vind je wel vacatures:',
    relaxWithout: (filter: string) => `Zonder ‘${filter}’`,
    relaxWithoutWords: (q: string) => `Zonder de zoekwoorden ‘${q}’`,
    relaxCount: (n: number, formatted: string) => (n === 1 ? '1 vacature' : `${formatted} vacatures`),
    words: (q: string) => `zoekwoorden ${q}`,
    suggestions: {
      label: 'Suggesties',
      count: (n: number) =>
        n === 1
          ? '1 suggestie. Kies met pijltje omlaag en Enter.'
          : `${n} suggesties. Kies met pijltje omlaag en Enter.`,
      place: (name: string) => `Vacatures in en rond ${name}`,
      kinds: { title: 'functie', organisation: 'organisatie', place: 'plaats' },
    },
    ranges: {
      any: 'Geen voorkeur',
      hours: 'Uren per week',
      hoursAtLeast: (hours: number) => `minimaal ${hours} uur`,
      scale: 'Salarisschaal',
      scaleAtLeast: (scale: number) => `schaal ${scale} of hoger`,
      salary: 'Salaris per maand',
      salaryAtLeast: (amount: string) => `minimaal ${amount}`,
      distance: 'Afstand',
      place: 'Plaats of postcode',
      placeHint: 'Bijvoorbeeld Tilburg, 5038 of 5038 AB.',
      radius: 'Binnen',
      radiusKm: (km: string) => `${km} km`,
      unknownPlace: (place: string) =>
        `We kennen de plaats of postcode ‘${place}’ niet. Je ziet nu vacatures op elke afstand.`,
    },
    chips: {
      heading: 'Actieve filters',
      remove: 'Verwijder filter',
      near: (place: string, km: string) => `Binnen ${km} km van ${place}`,
      hoursMin: (hours: string) => `Minimaal ${hours} uur per week`,
      hoursMax: (hours: string) => `Maximaal ${hours} uur per week`,
      scaleMin: (scale: string) => `Vanaf schaal ${scale}`,
      scaleMax: (scale: string) => `Tot en met schaal ${scale}`,
      salaryMin: (amount: string) => `Salaris minimaal ${amount}`,
      salaryMax: (amount: string) => `Salaris tot ${amount}`,
      postedWithinDays: (days: string) => `Geplaatst in de laatste ${days} dagen`,
      municipality: (place: string) => `Werkplaats ${place}`,
    },
    degraded:
      'Het zoeken werkt op dit moment beperkt. Je ziet wel alle vacatures, maar zoeken op woorden en sorteren werken misschien minder goed.',
    pagination: {
      label: 'Paginering',
      previous: 'Vorige',
      next: 'Volgende',
      pageOf: (page: string, pages: string) => `Pagina ${page} van ${pages}`,
      beyondLast: (page: string, pages: string) =>
        `Pagina ${page} bestaat niet: deze zoekopdracht heeft ${pages === '1' ? '1 pagina' : `${pages} pagina's`}.`,
      toLast: 'Naar de laatste pagina',
      toFirst: 'Naar de eerste pagina',
    },
  },
  vacancy: {
    /** What the organisation's own staff see on a vacancy that is not online. */
    preview: (state: string) =>
      `Alleen jouw organisatie ziet deze pagina: de vacature is ${{ draft: 'een concept', scheduled: 'ingepland maar nog niet gepubliceerd', closed: 'gesloten', withdrawn: 'ingetrokken' }[state] ?? 'niet gepubliceerd'}. Werkzoekenden zien hem niet.`,
    previewApply: 'Solliciteren kan alleen op een gepubliceerde vacature.',
    backToSearch: 'Terug naar zoeken',
    organisation: 'Organisatie',
    department: 'Afdeling',
    place: 'Plaats',
    alsoIn: 'ook in',
    hours: 'Uren',
    hoursRange: (range: string) => `${range} uur per week`,
    salary: 'Salaris',
    perMonth: 'per maand',
    salaryFrom: (amount: string) => `vanaf ${amount}`,
    salaryUpTo: (amount: string) => `tot ${amount}`,
    scale: (scale: number) => `schaal ${scale}`,
    educationLevel: 'Opleidingsniveau',
    orEquivalent: (level: string) => `${level} of gelijkwaardig`,
    employmentType: 'Dienstverband',
    workMode: 'Werkplek',
    closingDate: 'Sluitingsdatum',
    closesIn: (days: number) =>
      days === 0 ? 'sluit vandaag' : days === 1 ? 'sluit morgen' : `sluit over ${days} dagen`,
    published: 'Geplaatst op',
    distance: (km: string) => `${km} km`,
    apply: {
      heading: 'Solliciteren',
      portal:
        'Je solliciteert op deze pagina met het formulier van Samenwerven: je naam, e-mailadres, motivatie en cv, en als je wilt een brief.',
      url: 'Solliciteer via de website van de organisatie',
      newWindowNote: '(externe website)',
      email: 'Stuur je sollicitatie per e-mail naar',
    },
    contact: {
      heading: 'Contact',
      intro: 'Heb je vragen over deze vacature? Neem contact op met',
      email: 'E-mail',
      phone: 'Telefoon',
      none: 'Voor vragen kun je contact opnemen met de organisatie.',
    },
    share: {
      heading: 'Deel of print deze vacature',
      email: 'Delen via e-mail',
      linkedIn: 'Delen via LinkedIn',
      whatsApp: 'Delen via WhatsApp',
      emailSubject: (title: string) => `Vacature: ${title}`,
      message: (title: string, organisation: string, url: string) =>
        `Misschien iets voor jou: ${title} bij ${organisation}.\n\n${url}`,
      copy: 'Kopieer link',
      copied: 'Link gekopieerd',
      copyFailed: 'Kopiëren lukt niet. Kopieer de link uit de adresbalk van je browser.',
      print: 'Print deze vacature',
      printedFrom: 'Deze vacature staat op',
    },
    similar: {
      heading: 'Vergelijkbare vacatures in de buurt',
    },
    fromOrganisation: {
      heading: (name: string) => `Meer vacatures bij ${name}`,
      all: (n: number, name: string) => `Alle ${n} vacatures van ${name}`,
    },
    closed: {
      title: 'Deze vacature is gesloten',
      before: 'De vacature',
      at: 'bij',
      after: 'staat niet meer open. Solliciteren kan niet meer.',
      // Away while its organisation is suspended: it may come back (`mayReturn`).
      titleForNow: 'Deze vacature is tijdelijk niet beschikbaar',
      afterForNow: 'is tijdelijk niet te zien. Solliciteren kan nu niet; de vacature kan later terugkomen.',
      searchSimilar: (category: string, place: string) => `Zoek open vacatures in ${category} rond ${place}`,
      organisation: (name: string) => `Open vacatures van ${name}`,
      alert: 'Krijg een e-mail als er zo’n vacature bij komt',
    },
  },
  organisation: {
    kind: 'Soort organisatie',
    municipality: 'Vestigingsplaats',
    website: 'Website',
    openVacancies: (n: number) =>
      n === 0 ? 'Geen open vacatures' : n === 1 ? '1 open vacature' : `${n} open vacatures`,
    vacanciesHeading: 'Open vacatures',
    noVacancies: 'Er zijn op dit moment geen open vacatures bij deze organisatie.',
    allVacancies: (n: number, name: string) => `Alle ${n} vacatures van ${name} bekijken`,
    offerHeading: 'Wat wij bieden',
  },
  members: {
    title: 'Deelnemers',
    intro:
      'Deze organisaties werken samen in Samenwerven. Ze zoeken samen naar nieuwe collega’s en blijven ieder zichzelf: elke organisatie kan zelf besluiten om mee te doen of te stoppen.',
    count: (n: number) => (n === 1 ? '1 deelnemende organisatie' : `${n} deelnemende organisaties`),
    empty: 'Er zijn nog geen deelnemende organisaties.',
    joinCta: 'Wil jouw organisatie ook meedoen?',
    joinLink: 'Lees hoe je je aanmeldt',
  },
  errors: {
    notFoundTitle: 'Pagina niet gevonden',
    notFoundText: 'Deze pagina bestaat niet (meer). Controleer het adres, of zoek verder bij de vacatures.',
    vacancyNotFoundTitle: 'Vacature niet gevonden',
    vacancyNotFoundText: 'Deze vacature bestaat niet of staat niet meer open. Misschien is de sluitingsdatum voorbij.',
    organisationNotFoundTitle: 'Organisatie niet gevonden',
    organisationNotFoundText: 'Op dit adres staat geen deelnemende organisatie. Misschien doet ze niet meer mee.',
    managedVacancyNotFoundText:
      'Deze vacature bestaat niet, of hoort niet bij je organisatie. Misschien is de link niet compleet.',
    applicationNotFoundTitle: 'Sollicitatie niet gevonden',
    applicationNotFoundText:
      'Deze sollicitatie bestaat niet (meer): misschien heeft de sollicitant haar ingetrokken, of is ze na de bewaartermijn verwijderd.',
    toManagedVacancies: 'Naar de vacatures van je organisatie',
    toApplications: 'Naar de sollicitaties',
    genericTitle: 'Er ging iets mis',
    genericText: 'Deze pagina kon niet worden geladen. Probeer het over een paar minuten opnieuw.',
    offlineText: 'De server is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.',
    tooManyText: 'Er kwamen vanaf dit adres te veel verzoeken kort na elkaar. Wacht even en probeer het dan opnieuw.',
    badRequestText: 'Deze zoekopdracht kon niet worden uitgevoerd. Pas de zoekopdracht aan of begin opnieuw.',
    methodNotAllowedText:
      'Deze pagina neemt geen formulier aan: wat er is verstuurd, is niet gebruikt. Open de pagina om verder te gaan.',
    openPage: 'Open de pagina',
    tryAgain: 'Opnieuw proberen',
    toVacancies: 'Naar alle vacatures',
    toMembers: 'Naar de deelnemers',
    noAccessTitle: 'Geen toegang',
    noAccessText: 'Je hebt geen toegang tot deze pagina.',
    noAccessHelp:
      'Deze pagina is er voor gebruikers met een andere rol. Hoor je hier wel te kunnen komen? Vraag het dan aan de beheerder van je organisatie.',
    noAccessCoordinationHelp:
      'Deze pagina is er voor het alliantiebureau, dat de alliantie coördineert. Hoor je daarbij? Vraag dan een collega van het alliantiebureau om een uitnodiging.',
    toHome: 'Naar de startpagina',
  },
};

export type Messages = typeof nl;
