import { useRouteLoaderData } from 'react-router';
import type { Me } from '../api/types.ts';
import { ROOT_ROUTE_ID, type RootData } from '../app/root-loader.ts';

/** The signed-in user as the root route loaded it, or null. */
export function useSessionUser(): Me | null {
  return (useRouteLoaderData(ROOT_ROUTE_ID) as RootData | undefined)?.user ?? null;
}
