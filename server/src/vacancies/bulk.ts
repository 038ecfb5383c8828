/**
 * Up to 1,000 ATS upserts in one request. Each item is validated and written on its own, in
 * its own transaction: a bad item (or one the database refuses) is reported with its own
 * status, and never undoes or stops another. The batch as a whole is not atomic.
 */
import type { FastifyBaseLogger } from 'fastify';
import { isDatabaseUnavailable } from '@samenwerven/db';
import { Type, type Static } from '@sinclair/typebox';
import { compileItemValidator } from '../contract/validation.ts';
import { AppError, isDataException, renderAppError } from '../errors.ts';
import type { Locale } from '../i18n.ts';
import { isStorableText, unstorableFields } from '../storable-text.ts';
import { upsertByExternalId } from './ats.ts';
import type { Actor } from './history.ts';
import { splitByTypeProblems, UpsertInput } from './input.ts';
import type { VacancyDeps } from './lifecycle.ts';
import { warningsIn } from './rules.ts';

/** One upsert, with its external id in the item. */
const BulkItem = Type.Object(
  { ...UpsertInput.properties, externalId: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
type BulkItem = Static<typeof BulkItem>;
const validBulkItem = compileItemValidator(BulkItem);
const bulkItemCheck = (item: unknown): item is BulkItem => validBulkItem(item) === true;

/** The external id to report an item under, when it has a usable one. */
function reportedExternalId(item: unknown): string | null {
  const raw = (item as { externalId?: unknown } | null)?.externalId;
  return typeof raw === 'string' && isStorableText(raw) ? raw : null;
}

/** Whatever went wrong with one item stays with it; the error handler's rules decide its answer. */
function itemError(cause: unknown): AppError {
  if (cause instanceof AppError) return cause;
  if (isDataException(cause)) return new AppError(400, 'bad_request', 'error.bad_request', {}, cause);
  return new AppError(500, 'internal', 'error.internal', {}, cause);
}

/**
 * One item, upserted as a single upsert would be. An item of the wrong shape (or with text the
 * database cannot store) is refused with those problems and the rules' problems of its other
 * fields, all at once.
 */
async function upsertItem(deps: VacancyDeps, actor: Actor, organisationId: string, item: unknown, locale: Locale) {
  const unstorable = unstorableFields(item);
  if (bulkItemCheck(item) && unstorable.length === 0) {
    const { externalId, ...body } = item;
    return upsertByExternalId(deps, actor, organisationId, externalId, body);
  }
  const textErrors = unstorable.map((field) => ({
    keyword: 'text',
    instancePath: `/${field.replaceAll('.', '/')}`,
    params: {},
  }));
  const { fields, typeProblems } = splitByTypeProblems(item, [...(validBulkItem.errors ?? []), ...textErrors], locale);
  return upsertByExternalId(deps, actor, organisationId, reportedExternalId(item) ?? '', fields, typeProblems);
}

export async function bulkUpsert(
  deps: VacancyDeps,
  actor: Actor,
  organisationId: string,
  items: unknown[],
  context: { locale: Locale; log: FastifyBaseLogger },
) {
  const { locale } = context;
  const results = [];
  for (const [index, item] of items.entries()) {
    const externalId = reportedExternalId(item);
    try {
      const { warnings, ...result } = await upsertItem(deps, actor, organisationId, item, locale);
      results.push({
        index,
        externalId,
        status: result.created ? 201 : 200,
        result: { ...result, ...warningsIn(warnings, locale) },
      });
    } catch (cause) {
      // The database gone means every further item would fail the same way after a timeout:
      // the whole request answers 503. Items are upserts by externalId, so sending the batch
      // again is safe; those already stored are updated to the same values.
      if (isDatabaseUnavailable(cause)) throw cause;
      const error = itemError(cause);
      if (error.statusCode >= 500) context.log.error({ err: cause, index }, 'bulk item failed');
      results.push({ index, externalId, status: error.statusCode, error: renderAppError(error, locale) });
    }
  }
  const succeeded = results.filter((r) => r.status < 300).length;
  return { items: results, succeeded, failed: results.length - succeeded };
}
