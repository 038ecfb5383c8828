/**
 * Who is calling: a signed-in user or an organisation's API key. Loaded fresh from the
 * database on every request, so a role change, a removal or a sign-out takes effect at once.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { apiKeys, organisations, users, type Database, type UserRole } from '@samenwerven/db';
import { sha256 } from './secrets.ts';

type MembershipState = (typeof organisations.$inferSelect)['state'];

export type UserPrincipal = {
  kind: 'user';
  userId: string;
  email: string;
  name: string;
  role: UserRole;
  organisationId: string | null;
  organisationState: MembershipState | null;
  via: 'cookie' | 'bearer';
};

/**
 * What an organisation API key may do with its organisation's vacancies: `read` (list, read
 * one, history), `write` (create, change, upsert, bulk) and `publish` (publish, close, reopen,
 * and an upsert that changes the state).
 */
export const API_KEY_SCOPES = ['read', 'write', 'publish'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const isApiKeyScope = (value: string): value is ApiKeyScope =>
  (API_KEY_SCOPES as readonly string[]).includes(value);

export type ApiKeyPrincipal = {
  kind: 'api_key';
  keyId: string;
  /** The key's name and first characters, to name it in the history. */
  keyName: string;
  keyPrefix: string;
  scopes: readonly ApiKeyScope[];
  organisationId: string;
  organisationState: MembershipState;
};

export type Principal = UserPrincipal | ApiKeyPrincipal;

export const API_KEY_PREFIX = 'swk_';

/** The user of a verified access token, unless the user's token version has moved on since it was signed. */
export async function loadUserPrincipal(
  db: Database,
  claims: { sub: string; ver: number },
  via: UserPrincipal['via'],
): Promise<UserPrincipal | undefined> {
  if (!Number.isInteger(claims.ver)) return undefined;
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      organisationId: users.organisationId,
      organisationState: organisations.state,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.id, claims.sub), eq(users.tokenVersion, claims.ver), isNull(users.deactivatedAt)));
  return row ? { kind: 'user', ...row, via } : undefined;
}

export async function loadApiKeyPrincipal(db: Database, key: string): Promise<ApiKeyPrincipal | undefined> {
  const [row] = await db
    .select({
      keyId: apiKeys.id,
      keyName: apiKeys.name,
      keyPrefix: apiKeys.prefix,
      scopes: apiKeys.scopes,
      organisationId: apiKeys.organisationId,
      organisationState: organisations.state,
    })
    .from(apiKeys)
    .innerJoin(organisations, eq(organisations.id, apiKeys.organisationId))
    .where(and(eq(apiKeys.keyHash, sha256(key)), isNull(apiKeys.revokedAt)));
  if (!row) return undefined;
  await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, row.keyId));
  return { kind: 'api_key', ...row, scopes: row.scopes.filter(isApiKeyScope) };
}
