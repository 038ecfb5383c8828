/**
 * Every text of the interface, in Dutch and English. A plain object per language (no i18n
 * library): English must have exactly the keys Dutch has, which the `Messages` type enforces.
 * Texts that hold a number are functions, so each language can word its own plural.
 */
import type { Lang } from './lang.ts';

const nl = {
  siteName: 'Samenwerven',
  tagline: 'Vacatures bij de overheid in de regio',
  skipLink: 'Naar de inhoud',
  loading: 'Laden…',
  nav: {
    label: 'Hoofdmenu',
    vacancies: 'Vacatures',
    members: 'Deelnemers',
    join: 'Aanmelden als organisatie',
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
    apiDocs: 'API-documentatie',
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
    clearFilters: 'Alle filters wissen',
    resultCount: (n: number, formatted: string) =>
      n === 0 ? 'Geen vacatures gevonden' : n === 1 ? '1 vacature gevonden' : `${formatted} vacatures gevonden`,
    noResults: 'Probeer een ander of algemener zoekwoord, haal een filter weg of zoek in een groter gebied.',
    degraded:
      'Het zoeken werkt op dit moment beperkt. Je ziet wel alle vacatures, maar zoeken op woorden en sorteren werken misschien minder goed.',
    pagination: {
      label: 'Paginering',
      previous: 'Vorige',
      next: 'Volgende',
      pageOf: (page: string, pages: string) => `Pagina ${page} van ${pages}`,
    },
  },
  vacancy: {
    backToSearch: 'Terug naar zoeken',
    organisation: 'Organisatie',
    department: 'Afdeling',
    place: 'Plaats',
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
        'Solliciteren via Samenwerven kan binnenkort. Tot die tijd kun je je belangstelling laten weten aan de contactpersoon hieronder.',
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
  join: {
    title: 'Aanmelden als organisatie',
    paragraphs: [
      'Publieke organisaties in de regio kunnen lid worden van Samenwerven, bijvoorbeeld gemeenten, waterschappen, gemeenschappelijke regelingen en organisaties in zorg en onderwijs.',
      'Binnenkort kun je je organisatie hier aanmelden. Het alliantiebureau beoordeelt elke aanmelding; na goedkeuring kan je organisatie haar vacatures op Samenwerven plaatsen.',
      'Het aanmeldformulier is nog in ontwikkeling.',
    ],
    membersLink: 'Bekijk welke organisaties al meedoen',
  },
  errors: {
    notFoundTitle: 'Pagina niet gevonden',
    notFoundText: 'Deze pagina bestaat niet (meer). Controleer het adres, of zoek verder bij de vacatures.',
    vacancyNotFoundTitle: 'Vacature niet gevonden',
    vacancyNotFoundText: 'Deze vacature bestaat niet of staat niet meer open. Misschien is de sluitingsdatum voorbij.',
    organisationNotFoundTitle: 'Organisatie niet gevonden',
    organisationNotFoundText: 'Op dit adres staat geen deelnemende organisatie. Misschien doet ze niet meer mee.',
    genericTitle: 'Er ging iets mis',
    genericText: 'Deze pagina kon niet worden geladen. Probeer het over een paar minuten opnieuw.',
    offlineText: 'De server is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.',
    badRequestText: 'Deze zoekopdracht kon niet worden uitgevoerd. Pas de zoekopdracht aan of begin opnieuw.',
    tryAgain: 'Opnieuw proberen',
    toVacancies: 'Naar alle vacatures',
    toMembers: 'Naar de deelnemers',
  },
};

export type Messages = typeof nl;

const en: Messages = {
  siteName: 'Samenwerven',
  tagline: 'Public sector jobs in the region',
  skipLink: 'Skip to content',
  loading: 'Loading…',
  nav: {
    label: 'Main menu',
    vacancies: 'Vacancies',
    members: 'Members',
    join: 'Join as an organisation',
  },
  languageSwitch: {
    label: 'Nederlands',
    description: 'Lees deze pagina in het Nederlands',
  },
  footer: {
    about:
      'Samenwerven is the joint recruitment portal of the municipalities, province, water board and other public organisations in the region.',
    sources: 'Sources',
    attributionAreas: 'Source: CBS / PDOK, CBS Gebiedsindelingen 2024',
    attributionPostcodes:
      '© Centraal Bureau voor de Statistiek, © ESRI Nederland (CBS Kerncijfers per postcode, PC4 2020)',
    forDevelopers: 'For developers',
    apiDocs: 'API documentation',
  },
  search: {
    title: 'Public sector jobs in the region',
    titleFor: (q) => `Vacancies for ‘${q}’`,
    pageSuffix: (page) => `page ${page}`,
    intro: 'All vacancies of the member organisations in one place.',
    queryLabel: 'Search by job title, organisation or place',
    submit: 'Search',
    sortLabel: 'Sort by',
    sort: {
      relevance: 'Best match',
      newest: 'Newest first',
      closing: 'Closing date',
      salary: 'Highest salary',
      distance: 'Distance',
    },
    filters: 'Filters',
    activeFilters: (n) => (n === 1 ? '1 filter active' : `${n} filters active`),
    facets: {
      category: 'Field of work',
      educationLevel: 'Education level',
      employmentType: 'Type of employment',
      region: 'Province',
      organisation: 'Organisation',
    },
    facetCount: (count) => `(${count})`,
    applyFilters: 'Apply filters',
    clearFilters: 'Clear all filters',
    resultCount: (n, formatted) =>
      n === 0 ? 'No vacancies found' : n === 1 ? '1 vacancy found' : `${formatted} vacancies found`,
    noResults: 'Try another or broader search term, remove a filter or search a wider area.',
    degraded:
      'Search is limited at the moment. You can still see all vacancies, but searching by words and sorting may work less well.',
    pagination: {
      label: 'Pagination',
      previous: 'Previous',
      next: 'Next',
      pageOf: (page, pages) => `Page ${page} of ${pages}`,
    },
  },
  vacancy: {
    backToSearch: 'Back to search',
    organisation: 'Organisation',
    department: 'Department',
    place: 'Place',
    hours: 'Hours',
    hoursRange: (range) => `${range} hours per week`,
    salary: 'Salary',
    perMonth: 'per month',
    salaryFrom: (amount) => `from ${amount}`,
    salaryUpTo: (amount) => `up to ${amount}`,
    scale: (scale) => `scale ${scale}`,
    educationLevel: 'Education level',
    orEquivalent: (level) => `${level} or equivalent`,
    employmentType: 'Type of employment',
    workMode: 'Place of work',
    closingDate: 'Closing date',
    closesIn: (days) => (days === 0 ? 'closes today' : days === 1 ? 'closes tomorrow' : `closes in ${days} days`),
    published: 'Published on',
    distance: (km) => `${km} km`,
    apply: {
      heading: 'How to apply',
      portal:
        'Applying through Samenwerven will be possible soon. Until then, you can let the contact person below know you are interested.',
      url: 'Apply on the organisation’s website',
      newWindowNote: '(external website)',
      email: 'Send your application by email to',
    },
    contact: {
      heading: 'Contact',
      intro: 'Questions about this vacancy? Contact',
      email: 'Email',
      phone: 'Phone',
      none: 'For questions, please contact the organisation.',
    },
  },
  organisation: {
    kind: 'Type of organisation',
    municipality: 'Based in',
    website: 'Website',
    openVacancies: (n) => (n === 0 ? 'No open vacancies' : n === 1 ? '1 open vacancy' : `${n} open vacancies`),
    vacanciesHeading: 'Open vacancies',
    noVacancies: 'This organisation has no open vacancies at the moment.',
    allVacancies: (n, name) => `See all ${n} vacancies of ${name}`,
  },
  members: {
    title: 'Members',
    intro:
      'These organisations work together in Samenwerven. They recruit together while each keeps its own identity: every organisation decides for itself to take part or to stop.',
    count: (n) => (n === 1 ? '1 member organisation' : `${n} member organisations`),
    empty: 'There are no member organisations yet.',
    joinCta: 'Would your organisation like to take part?',
    joinLink: 'Read how to join',
  },
  join: {
    title: 'Join as an organisation',
    paragraphs: [
      'Public organisations in the region can become members of Samenwerven: for example municipalities, water boards, joint arrangements and organisations in health care and education.',
      'Soon you will be able to apply for your organisation here. The alliance office reviews every application; once approved, your organisation can publish its vacancies on Samenwerven.',
      'The application form is still being built.',
    ],
    membersLink: 'See which organisations already take part',
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist (any more). Check the address, or continue with the vacancies.',
    vacancyNotFoundTitle: 'Vacancy not found',
    vacancyNotFoundText: 'This vacancy does not exist or is no longer open. Perhaps its closing date has passed.',
    organisationNotFoundTitle: 'Organisation not found',
    organisationNotFoundText: 'There is no member organisation at this address. Perhaps it no longer takes part.',
    genericTitle: 'Something went wrong',
    genericText: 'This page could not be loaded. Please try again in a few minutes.',
    offlineText: 'The server cannot be reached. Check your internet connection and try again.',
    badRequestText: 'This search could not be run. Change the search or start again.',
    tryAgain: 'Try again',
    toVacancies: 'Go to all vacancies',
    toMembers: 'Go to the members',
  },
};

export const messages: Record<Lang, Messages> = { nl, en };
