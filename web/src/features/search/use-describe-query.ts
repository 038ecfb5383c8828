import type { OrganisationNames } from '../../api/organisations.ts';
import { useLabels, useTaxonomies } from '../../hooks/use-labels.ts';
import { alertsMessages } from '../../i18n/alerts-messages.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { describeQuery } from './alert-query.ts';

/** A search query in words for the current language (see `describeQuery`). */
export function useDescribeQuery(organisationNames: OrganisationNames, nearTown?: string): (query: string) => string[] {
  const { lang, t, format } = useI18n();
  const labels = useLabels();
  const taxonomies = useTaxonomies();
  const m = alertsMessages[lang].search;
  return (query) =>
    describeQuery(query, { t, format, labels, taxonomies, organisationNames, nearTown, words: m.words, all: m.all });
}
