/** Integration keys for an organisation's ATS: shown once at creation, stored only hashed. */
import { holdAdminRole } from '../staff/service.ts';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { apiKeys, organisations, users, type Database, type Executor } from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import { API_KEY_PREFIX, API_KEY_SCOPES, isApiKeyScope, type ApiKeyScope } from '../auth/principal.ts';
import { randomSecret, sha256 } from '../auth/secrets.ts';
import { AppError, notFound } from '../errors.ts';
import { lockApiKeyChange } from '../vacancies/membership-hold.ts';
import { oneLine } from '../text.ts';

/** Scopes in their fixed order (read, write, publish), whatever order they came in. */
const ordered = (scopes: readonly string[]): ApiKeyScope[] =>
  API_KEY_SCOPES.filter((scope) => scopes.filter(isApiKeyScope).includes(scope));

/** Who made a key, and whether they are no longer on the organisation's staff (removed or moved on). */
type Creator = { name: string; gone: boolean } | null;

const present = (key: typeof apiKeys.$inferSelect, createdBy: Creator = null) => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: ordered(key.scopes),
  createdAt: key.createdAt.toISOString(),
  lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  createdBy,
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

/**
 * The organisation's keys, each with who made it: a key keeps working when its maker leaves
 * (it is the organisation's connection), so the admins see which ones a former colleague made
 * and saw in full (an attacker's review), and can revoke them.
 */
export async function listApiKeys(db: Database, organisationId: string) {
  const rows = await db
    .select({
      key: apiKeys,
      creator: { name: users.name, organisationId: users.organisationId, deactivatedAt: users.deactivatedAt },
    })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(and(eq(apiKeys.organisationId, organisationId), isNull(apiKeys.revokedAt)))
    .orderBy(desc(apiKeys.createdAt));
  return rows.map(({ key, creator }) =>
    present(
      key,
      creator && {
        name: creator.name,
        gone: creator.deactivatedAt !== null || creator.organisationId !== organisationId,
      },
    ),
  );
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
        name: oneLine(input.name),
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
    const [maker] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actorUserId));
    return { ...present(row!, maker ? { name: maker.name, gone: false } : null), key };
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
