/** Integration keys for an organisation's ATS: shown once at creation, stored only hashed. */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { apiKeys, type Database } from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import { API_KEY_PREFIX } from '../auth/principal.ts';
import { randomSecret, sha256 } from '../auth/secrets.ts';
import { notFound } from '../errors.ts';

const present = (key: typeof apiKeys.$inferSelect) => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  createdAt: key.createdAt.toISOString(),
  lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
});

export async function listApiKeys(db: Database, organisationId: string) {
  const rows = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.organisationId, organisationId), isNull(apiKeys.revokedAt)))
    .orderBy(desc(apiKeys.createdAt));
  return rows.map(present);
}

export async function createApiKey(db: Database, actorUserId: string, organisationId: string, name: string) {
  const key = `${API_KEY_PREFIX}${randomSecret(32)}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        organisationId,
        name: name.trim(),
        prefix: key.slice(0, 12),
        keyHash: sha256(key),
        createdBy: actorUserId,
      })
      .returning();
    await recordAudit(tx, {
      actorUserId,
      organisationId,
      action: 'api_key.created',
      subjectType: 'api_key',
      subjectId: row!.id,
      after: { name: row!.name, prefix: row!.prefix },
    });
    return { ...present(row!), key };
  });
}

export async function revokeApiKey(db: Database, actorUserId: string, organisationId: string, keyId: string) {
  await db.transaction(async (tx) => {
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
      before: { name: row.name, prefix: row.prefix },
    });
  });
}
