import type { LoaderFunctionArgs } from 'react-router';

export interface TokenData {
  /** The secret from the e-mailed link, or null when the address has none. */
  token: string | null;
}

/** The invitation and password-reset pages: the link's `?token=`, checked by the server on submit. */
export function tokenLoader({ request }: LoaderFunctionArgs): TokenData {
  const token = new URL(request.url).searchParams.get('token')?.trim() ?? '';
  return { token: /^[\w-]{10,200}$/.test(token) ? token : null };
}
