import { Meilisearch } from 'meilisearch';

/** The one place a Meilisearch client is made; the key is the server's and never leaves it. */
export function createSearchClient(url: string, apiKey: string | undefined): Meilisearch {
  return new Meilisearch({ host: url, ...(apiKey ? { apiKey } : {}), timeout: 5000 });
}
