/**
 * The feed links' words, in Dutch and English. Used by the search and organisation pages;
 * kept apart from the shared message files so they travel with the feeds.
 */
import type { Lang } from './lang.ts';

const nl = {
  /** The sentence before the links: what a feed is for, in a phrase. */
  searchIntro: 'Nieuwe vacatures van deze zoekopdracht volgen in je feedlezer:',
  searchRss: 'RSS-feed van deze zoekopdracht',
  organisationIntro: (name: string) => `Nieuwe vacatures van ${name} volgen in je feedlezer:`,
  organisationRss: (name: string) => `RSS-feed van ${name}`,
  or: 'of',
  atom: 'Atom-feed',
  /** The feed's description in the head (`<link rel="alternate" title>`). */
  searchFeed: (what: string) => `Vacatures van deze zoekopdracht: ${what}`,
  allVacancies: 'Nieuwe vacatures',
  organisationFeed: (name: string) => `Vacatures bij ${name}`,
};

export type FeedMessages = typeof nl;

const en: FeedMessages = {
  searchIntro: 'Follow new vacancies of this search in your feed reader:',
  searchRss: 'Feed of this search (RSS)',
  organisationIntro: (name) => `Follow new vacancies of ${name} in your feed reader:`,
  organisationRss: (name) => `Feed of ${name} (RSS)`,
  or: 'or',
  atom: 'Atom feed',
  searchFeed: (what) => `Vacancies of this search: ${what}`,
  allVacancies: 'New vacancies',
  organisationFeed: (name) => `Vacancies at ${name}`,
};

export const feedMessages = (lang: Lang): FeedMessages => (lang === 'en' ? en : nl);
