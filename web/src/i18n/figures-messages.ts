/**
 * The texts of the figures pages (issue 14): the coordinator's cost split (/coordinatie/cijfers,
 * its new columns, rounding rule, CSV and print), the coordinator's overview of the alliance
 * (/coordinatie/overzicht) and a member's results (/beheer/resultaten), with their charts.
 * Loaded only with those pages; like every Dutch text of the portal they say "je".
 */
import type { CostKey } from '../api/figures.ts';
import type { Lang } from './lang.ts';

const nl = {
  metrics: {
    memberDays: 'Dagen lid',
    vacanciesPublished: 'Vacatures gepubliceerd',
    views: 'Keren bekeken',
    fromWidget: 'Via widget',
    fromFeed: 'Via feeds',
    impressions: 'Vertoond in zoekresultaten',
    applications: 'Sollicitaties',
    hires: 'Aangenomen',
    averageDaysToFill: 'Dagen tot vervulling',
  },
  month: 'Maand',
  total: 'Totaal',
  days: (n: string) => `${n} dagen`,
  none: '–',
  noneText: 'geen',
  period: {
    title: 'Periode',
    from: 'Van',
    to: 'Tot en met',
    show: 'Tonen',
    hint: 'Zonder datums: dit kalenderjaar.',
  },
  csvHint: '(dezelfde cijfers als op deze pagina, te openen in een spreadsheet)',
  print: 'Afdrukken',
  chart: {
    table: (title: string) => `${title}: de cijfers in een tabel`,
    trend: (label: string, total: string, first: string, firstMonth: string, last: string, lastMonth: string) =>
      `${label}: ${total} in totaal, van ${first} in ${firstMonth} naar ${last} in ${lastMonth}.`,
    peak: (month: string, value: string) => `Het hoogst in ${month} (${value}).`,
    single: (label: string, value: string, month: string) => `${label}: ${value} in ${month}.`,
    nothing: (label: string) => `${label}: geen in deze periode.`,
    compare: (label: string, you: string, average: string) =>
      `${label}: je organisatie ${you} in totaal, het gemiddelde lid ${average}.`,
  },
  figures: {
    columns: {
      organisation: 'Lid',
      memberDays: 'Dagen lid',
      vacancies: 'Vacatures gepubliceerd',
      views: 'Keren bekeken',
      impressions: 'Vertoond in zoek\u00adresultaten',
      applications: 'Sollicitaties',
      hires: 'Aangenomen',
      timeToFill: 'Gem. dagen tot vervulling',
      share: 'Aandeel in de kosten',
    },
    viewsFrom: (widget: string, feed: string) => `waarvan ${widget} via widget, ${feed} via feeds`,
    rulesTitle: 'Zo rekenen we',
    rules: [
      'Dagen lid: hele kalenderdagen (Nederlandse tijd) waarop de organisatie lid was, tot en met vandaag. Elke organisatie die op een dag van de periode lid was, staat in de tabel.',
      'Afronding: elk lid krijgt zijn aandeel naar beneden afgerond op hele centen. De centen die dan overblijven gaan één voor één naar de leden met de grootste weggevallen rest; bij een gelijke rest gaat de cent naar het lid dat eerder in de lijst staat. Zo is het totaal precies het te verdelen bedrag.',
      'Naar vacatures: heeft in de periode geen enkel lid een vacature gepubliceerd, dan verdelen we naar dagen lid.',
      'Een periode die nog loopt: hier wordt het hele bedrag verdeeld. Het dashboard van een lid telt de begroting van een lopend jaar naar rato van de dagen tot en met vandaag, en toont daarom een lager aandeel.',
      'Keren bekeken: één keer per bezoeker per half uur, zonder zoekmachines en andere robots. Vertoond in zoekresultaten: hoe vaak de vacatures op een pagina met zoekresultaten stonden.',
    ],
    totalCheck: (total: string, amount: string) => `Samen ${total}: precies het te verdelen bedrag van ${amount}.`,
    budgetUsed: (years: string, amount: string) =>
      `Het bedrag is de begroting voor ${years} (${amount}), zoals ingesteld op het overzicht.`,
    budgetsUsed: (years: string, amount: string) =>
      `Het bedrag is de begroting voor ${years}, elk jaar naar rato van zijn dagen in de periode (${amount}), zoals ingesteld op het overzicht.`,
    keyFromBudget: (key: string) => `De verdeelsleutel van de begroting: ${key}.`,
    perYear: (parts: string) => `Per jaar: ${parts}.`,
    amountNotUsed: 'Niet gebruikt volgens de begrotingen (zie onder).',
    amountByBudgets:
      'Volgens de begrotingen telt dit bedrag niet: de begroting van elk jaar wordt naar rato van zijn dagen in de periode verdeeld onder de leden van dat jaar, met de sleutel van dat jaar, zoals de dashboards van de leden tellen.',
    noBudgets:
      'Er is geen begroting voor een jaar van deze periode waarin organisaties lid waren: er valt niets te verdelen.',
    costKeys: {
      equal: 'gelijk, naar dagen lid',
      vacancies: 'naar vacatures',
      weight: 'naar kostengewicht',
    } satisfies Record<CostKey, string>,
    printedTitle: (from: string, to: string) => `Kostenverdeling Samenwerven, ${from} tot en met ${to}`,
  },
  dashboard: {
    nav: 'Resultaten',
    title: 'Resultaten',
    intro: (organisation: string) =>
      `Wat Samenwerven voor ${organisation} deed: hoe vaak je vacatures bekeken en gevonden zijn, de sollicitaties en aannames, per maand, naast het gemiddelde lid van de alliantie.`,
    resultTitle: (from: string, to: string) => `Van ${from} tot en met ${to}`,
    members: (n: number) =>
      n === 1 ? 'In deze periode was 1 organisatie lid.' : `In deze periode waren ${n} organisaties lid.`,
    averageNote:
      'Het gemiddelde lid: de cijfers van alle leden van de periode samen, gedeeld door het aantal leden, op één decimaal.',
    noAverage:
      'Het gemiddelde lid zie je over een periode waarin je organisatie lid was; in deze periode was ze dat niet.',
    countedNote:
      'Een sollicitatie telt op de dag dat ze binnenkwam, ook als ze later is ingetrokken of na de bewaartermijn is verwijderd. Daarom kunnen het er hier meer zijn dan bij Sollicitaties, waar alleen staat wat nog bewaard wordt.',
    you: 'Jouw organisatie',
    average: 'Gemiddeld lid',
    averageShort: (value: string) => `gem. lid ${value}`,
    viewsChart: 'Keren bekeken per maand',
    applicationsChart: 'Sollicitaties per maand',
    tableTitle: 'Alle cijfers per maand',
    caption: (from: string, to: string) =>
      `Cijfers per maand van ${from} tot en met ${to}, met het gemiddelde lid van de alliantie`,
    costsTitle: 'Kosten',
    share: 'Jouw aandeel in de kosten',
    shareThrough: (date: string) => `Jouw aandeel in de kosten tot en met ${date}`,
    runningNote: (date: string) =>
      `De periode loopt nog: de begroting van een jaar telt mee naar rato van de dagen tot en met ${date}. De kostenverdeling van het alliantiebureau noemt het aandeel over het hele jaar, en is daarom hoger.`,
    perApplication: 'Kosten per sollicitatie',
    perHire: 'Kosten per aanname',
    noBudget:
      'Voor deze periode is nog geen begroting vastgesteld. Zodra het alliantiebureau de begroting invoert, zie je hier je aandeel en de kosten per sollicitatie en per aanname.',
    notApplicable: 'Nog niet te berekenen (geen sollicitaties of aannames)',
    notBegun: 'Deze periode is nog niet begonnen, dus er zijn nog geen kosten. Kies een periode tot en met vandaag.',
    costsNote:
      'Je aandeel volgt uit de begroting van de alliantie en de verdeelsleutel die het alliantiebureau daarbij koos.',
    dashboardLink: 'Bekijk de resultaten van je organisatie',
    dashboardText: 'Hoe vaak je vacatures bekeken zijn, de sollicitaties en aannames, en de kosten per aanname.',
  },
  cockpit: {
    nav: 'Overzicht',
    title: 'Overzicht van de alliantie',
    intro:
      'De alliantie op één pagina: de leden, wat er gepubliceerd en gesolliciteerd is, waar bezoekers op zoeken, en de begroting.',
    membersTitle: 'Leden en hun status',
    membersCaption: 'Alle organisaties en hun lidmaatschap',
    organisation: 'Organisatie',
    state: 'Status',
    pending: (n: number) =>
      n === 0
        ? 'Er wachten geen aanmeldingen op een besluit.'
        : n === 1
          ? '1 aanmelding wacht op een besluit.'
          : `${n} aanmeldingen wachten op een besluit.`,
    toApplications: 'Naar de aanmeldingen',
    activityTitle: 'Activiteit van de alliantie',
    vacanciesChart: 'Vacatures gepubliceerd per maand',
    applicationsChart: 'Sollicitaties per maand',
    timeToFill: 'Gemiddelde tijd tot vervulling',
    timeToFillText: 'Van publicatie tot de eerste aanname, over alle vacatures die in de periode zijn vervuld.',
    noTimeToFill: 'Nog geen vacature vervuld in deze periode.',
    allTitle: 'Alle cijfers van de alliantie per maand',
    allCaption: (from: string, to: string) => `De hele alliantie per maand, ${from} tot en met ${to}`,
    perMemberTitle: 'Per lid',
    perMemberCaption: (from: string, to: string) => `Cijfers per lid, ${from} tot en met ${to}`,
    perMonthOf: (name: string) => `${name} per maand`,
    searchesTitle: 'Waar bezoekers op zoeken',
    topSearches: 'Meest gezochte woorden',
    withoutResults: 'Zoekopdrachten zonder resultaat',
    term: 'Zoekwoord',
    searches: 'Keer gezocht',
    noSearches: 'Geen zoekopdrachten in deze periode.',
    noEmptySearches: 'Elke zoekopdracht vond iets.',
    searchTitle: 'Zoekindex en synoniemen',
    searchText:
      'De staat van de zoekindex en de woorden die elkaar vinden; alles over zoeken staat ook op de pagina Zoeken.',
    searchLink: 'Naar Zoeken',
    budgetTitle: (year: number) => `Begroting ${year}`,
    budgetIntro:
      'De kosten van de alliantie voor dit kalenderjaar en hoe ze worden verdeeld. De leden zien hiermee hun aandeel en hun kosten per sollicitatie en per aanname; het bedrag is ook het voorstel op de pagina Cijfers.',
    budgetCurrent: (amount: string, key: string) => `Nu vastgesteld: ${amount}, ${key}.`,
    budgetNone: 'Voor dit jaar is nog geen begroting vastgesteld.',
    amount: 'Kosten in euro',
    amountHint: 'Bijvoorbeeld 25000 of 25000,50.',
    amountInvalid: 'Vul een bedrag in euro in, zoals 25000 of 25000,50.',
    costKey: 'Verdeelsleutel',
    save: 'Begroting opslaan',
    saved: (year: number, amount: string) => `De begroting voor ${year} is opgeslagen: ${amount}.`,
  },
};

export type FiguresMessages = typeof nl;

const en: FiguresMessages = {
  metrics: {
    memberDays: 'Member days',
    vacanciesPublished: 'Vacancies published',
    views: 'Views',
    fromWidget: 'From widget',
    fromFeed: 'From feeds',
    impressions: 'Shown in search results',
    applications: 'Applications',
    hires: 'Hires',
    averageDaysToFill: 'Days to fill',
  },
  month: 'Month',
  total: 'Total',
  days: (n: string) => `${n} days`,
  none: '–',
  noneText: 'none',
  period: {
    title: 'Period',
    from: 'From',
    to: 'Up to and including',
    show: 'Show',
    hint: 'Without dates: this calendar year.',
  },
  csvHint: '(the same figures as on this page, to open in a spreadsheet)',
  print: 'Print',
  chart: {
    table: (title: string) => `${title}: the figures as a table`,
    trend: (label: string, total: string, first: string, firstMonth: string, last: string, lastMonth: string) =>
      `${label}: ${total} in all, from ${first} in ${firstMonth} to ${last} in ${lastMonth}.`,
    peak: (month: string, value: string) => `Highest in ${month} (${value}).`,
    single: (label: string, value: string, month: string) => `${label}: ${value} in ${month}.`,
    nothing: (label: string) => `${label}: none in this period.`,
    compare: (label: string, you: string, average: string) =>
      `${label}: your organisation ${you} in all, the average member ${average}.`,
  },
  figures: {
    columns: {
      organisation: 'Member',
      memberDays: 'Member days',
      vacancies: 'Vacancies published',
      views: 'Views',
      impressions: 'Shown in search results',
      applications: 'Applications',
      hires: 'Hires',
      timeToFill: 'Avg. days to fill',
      share: 'Share of the costs',
    },
    viewsFrom: (widget: string, feed: string) => `of which ${widget} from the widget, ${feed} from feeds`,
    rulesTitle: 'How we count',
    rules: [
      'Member days: whole calendar days (Dutch time) on which the organisation was a member, up to and including today. Every organisation that was a member on any day of the period is in the table.',
      'Rounding: each member’s share is rounded down to whole cents. The cents left over go one at a time to the members with the largest fractions rounded off; where fractions are equal, the cent goes to the member listed first. So the total is exactly the amount divided.',
      'By vacancies: when no member published a vacancy in the period, we divide by member days.',
      'A period still running: here the whole amount is divided. A member’s dashboard counts a running year’s budget in proportion to the days up to and including today, and so shows a lower share.',
      'Views: once per visitor per half hour, without search engines and other robots. Shown in search results: how often the vacancies were on a page of search results.',
    ],
    totalCheck: (total: string, amount: string) => `Together ${total}: exactly the amount of ${amount} divided.`,
    budgetUsed: (year: string, amount: string) =>
      `The amount is the budget for ${year} (${amount}), as set on the overview.`,
    budgetsUsed: (years: string, amount: string) =>
      `The amount is the budget for ${years}, each year in proportion to its days in the period (${amount}), as set on the overview.`,
    keyFromBudget: (key: string) => `The budget’s cost key: ${key}.`,
    perYear: (parts: string) => `Per year: ${parts}.`,
    amountNotUsed: 'Not used by the budgets (see below).',
    amountByBudgets:
      'By the budgets this amount is not used: each year’s budget, in proportion to its days in the period, is divided among that year’s members by that year’s key, as the members’ dashboards count.',
    noBudgets: 'No year of this period in which organisations were members has a budget: there is nothing to divide.',
    costKeys: {
      equal: 'equal, by member days',
      vacancies: 'by vacancies',
      weight: 'by cost weight',
    },
    printedTitle: (from: string, to: string) => `Samenwerven cost split, ${from} to ${to}`,
  },
  dashboard: {
    nav: 'Results',
    title: 'Results',
    intro: (organisation: string) =>
      `What Samenwerven did for ${organisation}: how often your vacancies were viewed and found, the applications and hires, per month, next to the alliance’s average member.`,
    resultTitle: (from: string, to: string) => `From ${from} to ${to}`,
    members: (n: number) =>
      n === 1 ? '1 organisation was a member in this period.' : `${n} organisations were members in this period.`,
    averageNote:
      'The average member: the figures of all members of the period together, divided by the number of members, to one decimal.',
    noAverage:
      'You see the average member over a period in which your organisation was a member; in this period it was not.',
    countedNote:
      'An application counts on the day it came in, also when it was withdrawn later or deleted after the retention period. So there can be more here than under Applications, which shows only what is still kept.',
    you: 'Your organisation',
    average: 'Average member',
    averageShort: (value: string) => `avg. member ${value}`,
    viewsChart: 'Views per month',
    applicationsChart: 'Applications per month',
    tableTitle: 'All figures per month',
    caption: (from: string, to: string) =>
      `Figures per month from ${from} to ${to}, with the alliance’s average member`,
    costsTitle: 'Costs',
    share: 'Your share of the costs',
    shareThrough: (date: string) => `Your share of the costs up to and including ${date}`,
    runningNote: (date: string) =>
      `The period is still running: a year’s budget counts in proportion to its days up to and including ${date}. The alliance office’s cost split gives the share of the whole year, which is therefore higher.`,
    perApplication: 'Cost per application',
    perHire: 'Cost per hire',
    noBudget:
      'No budget has been set for this period yet. Once the alliance office enters the budget, you will see your share and the cost per application and per hire here.',
    notApplicable: 'Not yet to be calculated (no applications or hires)',
    notBegun: 'This period has not begun yet, so there are no costs yet. Choose a period up to today.',
    costsNote: 'Your share follows from the alliance’s budget and the cost key the alliance office chose for it.',
    dashboardLink: 'See your organisation’s results',
    dashboardText: 'How often your vacancies were viewed, the applications and hires, and the cost per hire.',
  },
  cockpit: {
    nav: 'Overview',
    title: 'The alliance at a glance',
    intro:
      'The alliance on one page: the members, what was published and applied for, what visitors search for, and the budget.',
    membersTitle: 'Members and their state',
    membersCaption: 'All organisations and their membership',
    organisation: 'Organisation',
    state: 'State',
    pending: (n: number) =>
      n === 0
        ? 'No applications to join are waiting for a decision.'
        : n === 1
          ? '1 application to join is waiting for a decision.'
          : `${n} applications to join are waiting for a decision.`,
    toApplications: 'Go to the applications',
    activityTitle: 'The alliance’s activity',
    vacanciesChart: 'Vacancies published per month',
    applicationsChart: 'Applications per month',
    timeToFill: 'Average time to fill',
    timeToFillText: 'From publication to the first hire, over all vacancies filled in the period.',
    noTimeToFill: 'No vacancy filled in this period yet.',
    allTitle: 'All the alliance’s figures per month',
    allCaption: (from: string, to: string) => `The whole alliance per month, ${from} to ${to}`,
    perMemberTitle: 'Per member',
    perMemberCaption: (from: string, to: string) => `Figures per member, ${from} to ${to}`,
    perMonthOf: (name: string) => `${name} per month`,
    searchesTitle: 'What visitors search for',
    topSearches: 'Most searched words',
    withoutResults: 'Searches that found nothing',
    term: 'Search words',
    searches: 'Times searched',
    noSearches: 'No searches in this period.',
    noEmptySearches: 'Every search found something.',
    searchTitle: 'Search index and synonyms',
    searchText:
      'The search index’s health and the words that find each other; everything about search is also on the Search page.',
    searchLink: 'Go to Search',
    budgetTitle: (year: number) => `Budget ${year}`,
    budgetIntro:
      'The alliance’s costs for this calendar year and how they are divided. Members see their share and their cost per application and per hire from it; the amount is also the proposal on the Figures page.',
    budgetCurrent: (amount: string, key: string) => `Set now: ${amount}, ${key}.`,
    budgetNone: 'No budget has been set for this year yet.',
    amount: 'Costs in euros',
    amountHint: 'For example 25000 or 25000.50.',
    amountInvalid: 'Enter an amount in euros, such as 25000 or 25000.50.',
    costKey: 'Cost key',
    save: 'Save budget',
    saved: (year: number, amount: string) => `The budget for ${year} has been saved: ${amount}.`,
  },
};

export const figuresMessages: Record<Lang, FiguresMessages> = { nl, en };
