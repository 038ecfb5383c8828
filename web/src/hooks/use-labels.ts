import { useRouteLoaderData } from 'react-router';
import type { TaxonomyEntry } from '../api/types.ts';
import { ROOT_ROUTE_ID, type RootData } from '../app/root-loader.ts';
import { useI18n } from '../i18n/use-i18n.ts';

export interface Labels {
  category: (code: string) => string;
  educationLevel: (code: string) => string;
  employmentType: (code: string) => string;
  workMode: (code: string) => string;
  organisationKind: (code: string) => string;
}

const EMPTY: readonly TaxonomyEntry[] = [];

/**
 * Labels in the current language for the codes the API uses (category, education level, …),
 * from the taxonomies the root route loaded once. Unknown codes show as themselves.
 */
export function useLabels(): Labels {
  const { lang } = useI18n();
  const taxonomies = (useRouteLoaderData(ROOT_ROUTE_ID) as RootData | undefined)?.taxonomies ?? null;
  const lookup = (entries: readonly TaxonomyEntry[] | undefined) => (code: string) =>
    (entries ?? EMPTY).find((entry) => entry.code === code)?.label[lang] ?? code;
  return {
    category: lookup(taxonomies?.categories),
    educationLevel: lookup(taxonomies?.educationLevels),
    employmentType: lookup(taxonomies?.employmentTypes),
    workMode: lookup(taxonomies?.workModes),
    organisationKind: lookup(taxonomies?.organisationKinds),
  };
}

/** The raw code lists, for building filters; null when they could not be loaded. */
export function useTaxonomies() {
  return (useRouteLoaderData(ROOT_ROUTE_ID) as RootData | undefined)?.taxonomies ?? null;
}
