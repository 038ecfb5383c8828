/** Integration keys for an organisation's ATS: shown once at creation, stored only hashed. */
import { holdAdminRole } from '../staff/service.ts';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { apiKeys, organisations, type Database, type Executor } from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import { API_KEY_PREFIX, API_KEY_SCOPES, isApiKeyScope, type ApiKeyScope } from '../auth/principal.ts';
import { randomSecret, sha256 } from '../auth/secrets.ts';
import { AppError, notFound } from '../errors.ts';
import { lockApiKeyChange } from '../vacancies/membership-hold.ts';

/** Scopes in their fixed order (read, write, publish), whatever order they came in. */
const ordered = (scopes: readonly string[]): ApiKeyScope[] =>
  API_KEY_SCOPES.filter((scope) => scopes.filter(isApiKeyScope).includes(scope));

const present = (key: typeof apiKeys.$inferSelect) => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: ordered(key.scopes),
  createdAt: key.createdAt.toISOString(),
  lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
});

/** `GET /me` for a key: the key, its scopes and its organisation (whose id the API paths take). */
export async function apiKeyIdentity(db: Executor, keyId: string) {
  const [row] = await db
    .select({
      key: apiKeys,
      organisation: {
        id: organisations.id,
        slug: organisations.slug,
        name: organisations.name,
        state: organisations.state,
      },
    })
    .from(apiKeys)
    .innerJoin(organisations, eq(organisations.id, apiKeys.organisationId))
    .where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)));
  if (!row) throw new AppError(401, 'unauthenticated', 'error.unauthenticated');
  const { id, name, prefix, scopes } = present(row.key);
  return { kind: 'api_key' as const, id, name, prefix, scopes, organisation: row.organisation };
}

export async function listApiKeys(db: Database, organisationId: string) {
  const rows = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.organisationId, organisationId), isNull(apiKeys.revokedAt)))
    .orderBy(desc(apiKeys.createdAt));
  return rows.map(present);
}

export async function createApiKey(
  db: Database,
  actorUserId: string,
  organisationId: string,
  input: { name: string; scopes?: readonly ApiKeyScope[] | undefined },
) {
  const key = `${API_KEY_PREFIX}${randomSecret(32)}`;
  const scopes = ordered(input.scopes ?? API_KEY_SCOPES);
  return db.transaction(async (tx) => {
    await holdAdminRole(tx, organisationId, actorUserId);
    const [row] = await tx
      .insert(apiKeys)
      .values({
        organisationId,
        name: input.name.trim(),
        prefix: key.slice(0, 12),
        keyHash: sha256(key),
        createdBy: actorUserId,
        scopes,
      })
      .returning();
    await recordAudit(tx, {
      actorUserId,
      organisationId,
      action: 'api_key.created',
      subjectType: 'api_key',
      subjectId: row!.id,
      after: { name: row!.name, prefix: row!.prefix, scopes: row!.scopes },
    });
    return { ...present(row!), key };
  });
}

export async function revokeApiKey(db: Database, actorUserId: string, organisationId: string, keyId: string) {
  await db.transaction(async (tx) => {
    await holdAdminRole(tx, organisationId, actorUserId);
    // The key's writes under way finish first; those after see it revoked.
    await lockApiKeyChange(tx, keyId);
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.organisationId, organisationId), isNull(apiKeys.revokedAt)))
      .returning();
    if (!row) throw notFound();
    await recordAudit(tx, {
      actorUserId,
      organisationId,
      action: 'api_key.revoked',
      subjectType: 'api_key',
      subjectId: keyId,
      before: { name: row.name, prefix: row.prefix, scopes: row.scopes },
    });
  });
}
