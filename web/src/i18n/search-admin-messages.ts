/**
 * The texts of the coordinator's search page (/coordinatie/zoeken): the index's health, the
 * rebuild and the synonyms, in Dutch and English. Loaded with the coordination area's
 * navigation and the page's sections; like every Dutch text of the portal they say "je".
 */
import type { Lang } from './lang.ts';

const nl = {
  nav: 'Zoeken',
  title: 'Zoeken',
  intro:
    'De zoekfunctie die alle leden delen: hoe het met de zoekindex gaat, de index opnieuw opbouwen, en welke woorden elkaar vinden.',
  health: {
    title: 'Staat van de zoekindex',
    intro:
      'De zoekindex is een kopie van de vacatures in de database, om snel te kunnen zoeken. Elke wijziging gaat via een wachtrij naar de index, meestal binnen enkele seconden.',
    checkedAt: (time: string) => `Stand van ${time}.`,
    refresh: 'Opnieuw bekijken',
    refreshing: 'De stand wordt opgehaald…',
    refreshed: (time: string) => `Bijgewerkt: stand van ${time}.`,
    ok: 'In orde: de index loopt gelijk met de database.',
    attention: 'Let op:',
    problems: {
      unreachable:
        'De zoekmachine is niet bereikbaar. Zoekopdrachten worden uit de database beantwoord, met minder mogelijkheden.',
      breakerOpen:
        'De zoekmachine faalde en heeft sindsdien niet geantwoord: zoekopdrachten komen uit de database tot ze weer antwoordt.',
      mismatch: (index: string, database: string) =>
        `De index heeft ${index} documenten, de database ${database} doorzoekbare vacatures.`,
      backlog: (n: number, count: string) =>
        n === 1
          ? '1 wijziging wacht nog om in de index te komen.'
          : `${count} wijzigingen wachten nog om in de index te komen.`,
      failing: (n: number, count: string) =>
        n === 1
          ? 'De laatste poging om de index bij te werken mislukte.'
          : `De laatste ${count} pogingen om de index bij te werken mislukten.`,
    },
    advice:
      'Een verschil is normaal zolang er wijzigingen in de wachtrij staan. Blijft het bestaan terwijl de wachtrij leeg is, bouw de index dan opnieuw op.',
    factsLabel: 'Cijfers van de zoekindex',
    facts: {
      engine: 'Zoekmachine',
      breaker: 'Terugval naar de database (circuit breaker)',
      documentsInIndex: 'Documenten in de index',
      searchableInDatabase: 'Doorzoekbare vacatures in de database',
      outboxBacklog: 'Wachtrij naar de index',
      lastSyncedAt: 'Laatst bijgewerkt',
      lastError: 'Laatste fout',
      consecutiveFailures: 'Mislukte pogingen op rij',
      indexName: 'Naam van de index',
    },
    reachable: 'Bereikbaar',
    unreachable: 'Niet bereikbaar',
    breakerClosed: 'Uit: zoekopdrachten gaan naar de zoekmachine',
    breakerOpen: (since: string) => `Aan sinds ${since}: zoekopdrachten komen uit de database`,
    breakerUnknown: 'Onbekend: de gezondheidscontrole gaf geen antwoord',
    breakerTrips: (n: number, count: string) =>
      n === 1 ? '1 keer aangegaan sinds het portaal draait' : `${count} keer aangegaan sinds het portaal draait`,
    unknown: 'Onbekend',
    backlog: (n: number, count: string) => (n === 0 ? 'Leeg' : n === 1 ? '1 wijziging' : `${count} wijzigingen`),
    never: 'Nog niet',
    noError: 'Geen',
    errorAt: (at: string) => `Op ${at}:`,
  },
  reindex: {
    title: 'Index opnieuw opbouwen',
    text: 'Bouwt een nieuwe index uit de database en zet die in één keer in de plaats van de oude; zoeken blijft intussen gewoon werken. Doe dit als de index en de database blijven verschillen, of na het terugzetten van een back-up.',
    button: 'Index opnieuw opbouwen',
    confirmTitle: 'Wil je de index opnieuw opbouwen?',
    confirmText:
      'Met veel vacatures kan dit enkele minuten duren. Zoeken blijft intussen werken met de huidige index. Het opbouwen komt in het auditlog.',
    confirm: 'Ja, opnieuw opbouwen',
    busy: 'De index wordt opnieuw opgebouwd. Dit kan even duren…',
    done: (documents: number, count: string, seconds: string) =>
      `De index is opnieuw opgebouwd: ${documents === 1 ? '1 document' : `${count} documenten`} in ${seconds} seconden.`,
    failed: (reason: string) => `Het opnieuw opbouwen is niet gelukt. ${reason} Probeer het later opnieuw.`,
  },
  synonyms: {
    title: 'Synoniemen',
    intro:
      'Woorden die elkaar vinden: wie op het ene woord zoekt, vindt ook vacatures met het andere. Een nieuwe groep werkt meteen voor alle zoekopdrachten.',
    addTitle: 'Synoniemen toevoegen',
    words: 'Woorden die elkaar moeten vinden',
    wordsHint:
      'Twee of meer woorden of woordgroepen, gescheiden door komma’s; hoofdletters maken niet uit. Bijvoorbeeld: dijkgraaf, watermanager',
    add: 'Toevoegen',
    added: (words: string) => `Toegevoegd: ${words}. Zoekopdrachten vinden deze woorden nu over en weer.`,
    twoWords: 'Geef minstens twee verschillende woorden, gescheiden door komma’s.',
    wordProblem: (word: string, problem: string) => `‘${word}’: ${problem}`,
    ownTitle: 'Je eigen synoniemen',
    ownEmpty: 'Het alliantiebureau heeft nog geen eigen synoniemen toegevoegd.',
    ownCaption: 'Synoniemen die het alliantiebureau toevoegde',
    columns: { words: 'Woorden', actions: 'Acties' },
    remove: 'Verwijderen',
    removeOf: (words: string) => `(synoniemen ${words})`,
    removeTitle: (words: string) => `Wil je de synoniemen ‘${words}’ verwijderen?`,
    removeText:
      'Zoekopdrachten op het ene woord vinden dan geen vacatures met het andere meer. Het verwijderen komt in het auditlog.',
    removeConfirm: 'Ja, verwijderen',
    removed: (words: string) => `Verwijderd: ${words}.`,
    notApplied: (reason: string) => `Er is niets gewijzigd: de zoekmachine is niet bereikbaar. ${reason}`,
    defaultsTitle: 'Ingebouwde synoniemen',
    defaultsIntro:
      'Deze groepen horen bij het portaal, met de afkortingen die veel in vacatures van de overheid staan. Je kunt een groep uitzetten, bijvoorbeeld om hem te vervangen door een eigen groep, en weer aanzetten.',
    builtInCaption: 'Synoniemen die bij het portaal horen',
    builtInColumns: { words: 'Woorden', state: 'Status', actions: 'Acties' },
    on: 'Aan',
    off: 'Uit',
    switchOff: 'Uitzetten',
    switchOn: 'Aanzetten',
    switchOf: (words: string) => `(synoniemen ${words})`,
    switchedOff: (words: string) => `Uitgezet: ${words}.`,
    switchedOn: (words: string) => `Aangezet: ${words}.`,
    switchedOffEffect: 'Zoekopdrachten vinden deze woorden niet meer over en weer.',
    switchedOnEffect: 'Zoekopdrachten vinden deze woorden weer over en weer.',
  },
};

export type SearchAdminMessages = typeof nl;

const en: SearchAdminMessages = {
  nav: 'Search',
  title: 'Search',
  intro:
    'The search that all members share: how the search index is doing, rebuilding the index, and which words find each other.',
  health: {
    title: 'State of the search index',
    intro:
      'The search index is a copy of the vacancies in the database, made for fast searching. Every change reaches the index through a queue, usually within seconds.',
    checkedAt: (time) => `As of ${time}.`,
    refresh: 'Check again',
    refreshing: 'Fetching the current state…',
    refreshed: (time) => `Updated: as of ${time}.`,
    ok: 'All well: the index is up to date with the database.',
    attention: 'Please note:',
    problems: {
      unreachable: 'The search engine cannot be reached. Searches are answered from the database, with fewer features.',
      breakerOpen:
        'The search engine failed and has not answered since: searches come from the database until it answers again.',
      mismatch: (index, database) =>
        `The index holds ${index} documents, the database ${database} searchable vacancies.`,
      backlog: (n, count) =>
        n === 1
          ? '1 change is still waiting to reach the index.'
          : `${count} changes are still waiting to reach the index.`,
      failing: (n, count) =>
        n === 1
          ? 'The last attempt to update the index failed.'
          : `The last ${count} attempts to update the index failed.`,
    },
    advice:
      'A difference is normal while changes wait in the queue. If it stays while the queue is empty, rebuild the index.',
    factsLabel: 'Figures of the search index',
    facts: {
      engine: 'Search engine',
      breaker: 'Falling back to the database (circuit breaker)',
      documentsInIndex: 'Documents in the index',
      searchableInDatabase: 'Searchable vacancies in the database',
      outboxBacklog: 'Queue to the index',
      lastSyncedAt: 'Last updated',
      lastError: 'Last error',
      consecutiveFailures: 'Failed attempts in a row',
      indexName: 'Name of the index',
    },
    reachable: 'Reachable',
    unreachable: 'Not reachable',
    breakerClosed: 'Off: searches go to the search engine',
    breakerOpen: (since) => `On since ${since}: searches come from the database`,
    breakerUnknown: 'Unknown: the health check did not answer',
    breakerTrips: (n, count) =>
      n === 1 ? 'Switched on once since the portal started' : `Switched on ${count} times since the portal started`,
    unknown: 'Unknown',
    backlog: (n, count) => (n === 0 ? 'Empty' : n === 1 ? '1 change' : `${count} changes`),
    never: 'Not yet',
    noError: 'None',
    errorAt: (at) => `On ${at}:`,
  },
  reindex: {
    title: 'Rebuild the index',
    text: 'Builds a new index from the database and puts it in place of the old one in one go; searching keeps working meanwhile. Do this when the index and the database keep differing, or after restoring a backup.',
    button: 'Rebuild the index',
    confirmTitle: 'Do you want to rebuild the index?',
    confirmText:
      'With many vacancies this can take a few minutes. Searching keeps working with the current index meanwhile. The rebuild is recorded in the audit log.',
    confirm: 'Yes, rebuild',
    busy: 'The index is being rebuilt. This can take a while…',
    done: (documents, count, seconds) =>
      `The index has been rebuilt: ${documents === 1 ? '1 document' : `${count} documents`} in ${seconds} seconds.`,
    failed: (reason) => `Rebuilding did not succeed. ${reason} Please try again later.`,
  },
  synonyms: {
    title: 'Synonyms',
    intro:
      'Words that find each other: searching for one word also finds vacancies with the other. A new group works for all searches at once.',
    addTitle: 'Add synonyms',
    words: 'Words that should find each other',
    wordsHint:
      'Two or more words or phrases, separated by commas; capitals do not matter. For example: dijkgraaf, watermanager',
    add: 'Add',
    added: (words) => `Added: ${words}. Searches now find these words both ways.`,
    twoWords: 'Give at least two different words, separated by commas.',
    wordProblem: (word, problem) => `‘${word}’: ${problem}`,
    ownTitle: 'Your own synonyms',
    ownEmpty: 'The alliance office has not added any synonyms of its own yet.',
    ownCaption: 'Synonyms the alliance office added',
    columns: { words: 'Words', actions: 'Actions' },
    remove: 'Remove',
    removeOf: (words) => `(synonyms ${words})`,
    removeTitle: (words) => `Do you want to remove the synonyms ‘${words}’?`,
    removeText:
      'Searching for one word will then no longer find vacancies with the other. The removal is recorded in the audit log.',
    removeConfirm: 'Yes, remove',
    removed: (words) => `Removed: ${words}.`,
    notApplied: (reason) => `Nothing was changed: the search engine cannot be reached. ${reason}`,
    defaultsTitle: 'Built-in synonyms',
    defaultsIntro:
      'These groups come with the portal, with the abbreviations common in public-sector vacancies. You can switch a group off, for instance to replace it with a group of your own, and on again.',
    builtInCaption: 'Synonyms that come with the portal',
    builtInColumns: { words: 'Words', state: 'State', actions: 'Actions' },
    on: 'On',
    off: 'Off',
    switchOff: 'Switch off',
    switchOn: 'Switch on',
    switchOf: (words: string) => `(synonyms ${words})`,
    switchedOff: (words: string) => `Switched off: ${words}.`,
    switchedOn: (words: string) => `Switched on: ${words}.`,
    switchedOffEffect: 'Searches no longer find these words both ways.',
    switchedOnEffect: 'Searches find these words both ways again.',
  },
};

export const searchAdminMessages: Record<Lang, SearchAdminMessages> = { nl, en };
