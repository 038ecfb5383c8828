/**
 * The texts of the shared talent pool (/beheer/talentpool), in Dutch and English. Staff pages
 * address the reader as "je". Loaded with the staff area's navigation and the pool page.
 */
import type { Lang } from './lang.ts';

const nl = {
  nav: 'Talentpool',
  title: 'Talentpool',
  intro:
    'Kandidaten die bij een sollicitatie toestemming gaven dat alle deelnemende organisaties hen een jaar lang mogen benaderen. Je ziet waarom iemand in de pool staat en tot wanneer de toestemming loopt.',
  noFiles:
    'Cv’s en brieven horen bij de oorspronkelijke sollicitatieprocedure en worden niet gedeeld. Vraag de kandidaat zelf om een cv.',
  filtersTitle: 'Zoeken in de talentpool',
  fields: {
    q: 'Zoekwoorden',
    category: 'Vakgebied',
    educationLevel: 'Opleidingsniveau',
    near: 'Plaats of postcode',
    radiusKm: 'Afstand',
  },
  hints: {
    q: 'Woorden uit het begin van de motivatie (wat je hieronder ziet) of de titel van de vacature waarop is gesolliciteerd.',
    near: 'Een gemeente of de vier cijfers van een postcode; we meten vanaf de plaats van die vacature.',
  },
  anyCategory: 'Alle vakgebieden',
  anyEducationLevel: 'Alle niveaus',
  radiusKm: (km: string) => `${km} km`,
  search: 'Zoeken',
  reset: 'Alle filters wissen',
  count: (n: number, shown: string) => (n === 1 ? '1 kandidaat' : `${shown} kandidaten`),
  empty: 'Geen kandidaten gevonden. Probeer minder of andere filters.',
  caption: 'Kandidaten in de talentpool',
  why: 'Waarom in de pool',
  appliedTo: (title: string, organisation: string) => `Solliciteerde op ${title} bij ${organisation}`,
  consentUntil: 'Toestemming tot',
  emailLabel: 'E-mail',
  phoneLabel: 'Telefoon',
  motivationLabel: 'Motivatie (begin)',
  inactive: 'De talentpool is er voor deelnemers met een actief lidmaatschap. Je organisatie is nu geen actief lid.',
  pagination: {
    label: 'Pagina’s met kandidaten',
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    pageOf: (page: string, pages: string) => `Pagina ${page} van ${pages}`,
  },
};

export type TalentPoolMessages = typeof nl;

const en: TalentPoolMessages = {
  nav: 'Talent pool',
  title: 'Talent pool',
  intro:
    'Candidates who, when applying, agreed that every member organisation may approach them for one year. You see why each one is in the pool and until when their consent runs.',
  noFiles:
    'CVs and letters belong to the original application procedure and are not shared. Ask the candidate for a CV.',
  filtersTitle: 'Search the talent pool',
  fields: {
    q: 'Words',
    category: 'Field of work',
    educationLevel: 'Education level',
    near: 'Place or postcode',
    radiusKm: 'Distance',
  },
  hints: {
    q: 'Words from the start of the motivation (what you see below) or the title of the vacancy they applied to.',
    near: 'A municipality or the four digits of a postcode; measured from the place of that vacancy.',
  },
  anyCategory: 'All fields of work',
  anyEducationLevel: 'All levels',
  radiusKm: (km: string) => `${km} km`,
  search: 'Search',
  reset: 'Clear all filters',
  count: (n: number, shown: string) => (n === 1 ? '1 candidate' : `${shown} candidates`),
  empty: 'No candidates found. Try fewer or other filters.',
  caption: 'Candidates in the talent pool',
  why: 'Why in the pool',
  appliedTo: (title: string, organisation: string) => `Applied for ${title} at ${organisation}`,
  consentUntil: 'Consent until',
  emailLabel: 'E-mail',
  phoneLabel: 'Phone',
  motivationLabel: 'Motivation (start)',
  inactive: 'The talent pool is for members in good standing. Your organisation is not an active member at present.',
  pagination: {
    label: 'Pages of candidates',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
  },
};

export const talentPoolMessages: Record<Lang, TalentPoolMessages> = { nl, en };
