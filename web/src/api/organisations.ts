import { inBrowser } from './api-url.ts';
import { getJson, type RequestOptions } from './client.ts';
import type { OrganisationList, PublicOrganisation } from './types.ts';

type Options = Omit<RequestOptions, 'params'>;

export function getOrganisations(options: Options): Promise<OrganisationList> {
  return getJson<OrganisationList>('/organisations', options);
}

export function getOrganisation(slug: string, options: Options): Promise<PublicOrganisation> {
  return getJson<PublicOrganisation>(`/organisations/${encodeURIComponent(slug)}`, options);
}

const namesOf = (list: OrganisationList): OrganisationNames =>
  Object.fromEntries(list.items.map((o) => [o.slug, o.name]));

/** Member names by slug. A plain object, so a page rendered on the server can hand it to the browser. */
export type OrganisationNames = Readonly<Record<string, string>>;

let namesCache: Promise<OrganisationNames> | null = null;

/**
 * Member names by slug, fetched once per visit: the search facets name organisations by
 * slug only. A failed fetch is forgotten so the next caller tries again.
 */
export function loadOrganisationNames(options: Omit<Options, 'signal'>): Promise<OrganisationNames> {
  if (!inBrowser()) return getOrganisations(options).then(namesOf);
  namesCache ??= getOrganisations(options).then(namesOf, (error: unknown) => {
    namesCache = null;
    throw error;
  });
  return namesCache;
}
