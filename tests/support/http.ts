/** Signing in through the real API, as a client would, and carrying the result along. */
import type { Executor } from '@samenwerven/db';
import type { App } from '@samenwerven/server';
import { createOrganisation, createUser, TEST_PASSWORD } from './factories.ts';

export interface Session {
  token: string;
  cookies: Record<string, string>;
  /** Headers for an API client (Bearer token). */
  bearer: { authorization: string };
  /** Headers for the web app: the cookies plus the CSRF echo. */
  browser: { cookie: string; 'x-csrf-token': string };
}

export function sessionFrom(response: { json(): unknown; cookies: { name: string; value: string }[] }): Session {
  const cookies = Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
  const token = (response.json() as { token: string }).token;
  return {
    token,
    cookies,
    bearer: { authorization: `Bearer ${token}` },
    browser: {
      cookie: Object.entries(cookies)
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
      'x-csrf-token': cookies.sw_csrf ?? '',
    },
  };
}

export async function signIn(app: App, email: string, password: string): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return sessionFrom(response);
}

/** A coordinator of a new coordinating body (the alliance office), signed in through the API. */
export async function signInNewCoordinator(ctx: { app: App; db: Executor }): Promise<Session> {
  const office = await createOrganisation(ctx.db, { isCoordinatingBody: true, kind: 'joint_arrangement' });
  const user = await createUser(ctx.db, { role: 'coordinator', organisation: office });
  return signIn(ctx.app, user.email, TEST_PASSWORD);
}
