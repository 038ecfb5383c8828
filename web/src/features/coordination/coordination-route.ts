import type { LoaderFunctionArgs } from 'react-router';
import type { Me } from '../../api/types.ts';
import { requireUser } from '../../app/guards.ts';

export interface CoordinationData {
  me: Me;
}

/** /coordinatie: the alliance office's coordinators only. */
export async function coordinationLoader({ request }: LoaderFunctionArgs): Promise<CoordinationData> {
  return { me: await requireUser(request, ['coordinator']) };
}
