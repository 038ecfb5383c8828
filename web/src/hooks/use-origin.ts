import { useRouteLoaderData } from 'react-router';
import { ROOT_ROUTE_ID, type RootData } from '../app/root-loader.ts';

/**
 * The address the page was opened at (`https://host`), as the root route loaded it: the same
 * on the server and in the browser, so a shared link renders alike in both.
 */
export function useOrigin(): string {
  return (useRouteLoaderData(ROOT_ROUTE_ID) as RootData | undefined)?.origin ?? '';
}
