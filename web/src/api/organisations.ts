import { getJson, type RequestOptions } from './client.ts';
import type { OrganisationList, PublicOrganisation } from './types.ts';

type Options = Omit<RequestOptions, 'params'>;

export function getOrganisations(options: Options): Promise<OrganisationList> {
  return getJson<OrganisationList>('/organisations', options);
}

export function getOrganisation(slug: string, options: Options): Promise<PublicOrganisation> {
  return getJson<PublicOrganisation>(`/organisations/${encodeURIComponent(slug)}`, options);
}

let namesCache: Promise<ReadonlyMap<string, string>> | null = null;

/**
 * Member names by slug, fetched once per visit: the search facets name organisations by
 * slug only. A failed fetch is forgotten so the next caller tries again.
 */
export function loadOrganisationNames(options: Omit<Options, 'signal'>): Promise<ReadonlyMap<string, string>> {
  namesCache ??= getOrganisations(options).then(
    (list) => new Map(list.items.map((o) => [o.slug, o.name])),
    (error: unknown) => {
      namesCache = null;
      throw error;
    },
  );
  return namesCache;
}
