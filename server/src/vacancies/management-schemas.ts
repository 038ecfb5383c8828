/** The shapes of vacancy management in the contract (API.md): the staff's list, history, ATS answers. */
import { Type } from '@sinclair/typebox';
import { literals, Nullable, ListPageNumber } from '../contract/typebox.ts';
import { NEW_VACANCY_EXAMPLE } from './input.ts';
import { Warnings } from './schemas.ts';
import { vacancyStates } from './state-machine.ts';

/**
 * The orders of the staff's list: last changed first (the default), newest first, closing
 * soonest first (those without a date last), by title, or by state (drafts first).
 */
export const managedListSorts = ['updated', 'newest', 'closing', 'title', 'state'] as const;
export type ManagedListSort = (typeof managedListSorts)[number];

export const ManagedListQuery = Type.Object(
  {
    state: Type.Optional(literals(vacancyStates)),
    q: Type.Optional(
      Type.String({ maxLength: 200, description: 'Part of the title or of the reference (external id)' }),
    ),
    sort: Type.Optional(literals(managedListSorts)),
    page: ListPageNumber(),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);

export const ManagedList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      /** The language of the vacancy's texts (its title). */
      language: Type.Union([Type.Literal('nl'), Type.Literal('en')]),
      state: Type.String(),
      version: Type.Integer(),
      externalId: Nullable(Type.String()),
      publishAt: Nullable(Type.String()),
      publishedAt: Nullable(Type.String()),
      closingDate: Nullable(Type.String()),
      updatedAt: Type.String(),
      views: Type.Integer(),
      applications: Type.Integer(),
      /** The first hire through the portal, and the days from publication to it. */
      filledAt: Nullable(Type.String({ format: 'date-time' })),
      timeToFillDays: Nullable(Type.Integer()),
    }),
  ),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  counts: Type.Record(Type.String(), Type.Integer()),
});

export const VacancyHistory = Type.Object({
  items: Type.Array(
    Type.Object({
      version: Type.Integer(),
      at: Type.String(),
      action: Type.String(),
      /** A person (`user`) or an API key (`api_key`, with its prefix); null for the portal itself. */
      actor: Nullable(
        Type.Object({
          kind: Type.String(),
          id: Type.String(),
          name: Type.String(),
          prefix: Type.Optional(Type.String({ description: 'An API key’s first characters' })),
        }),
      ),
      changes: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
});

export const UpsertAnswer = Type.Object({
  id: Type.String(),
  created: Type.Boolean(),
  changed: Type.Boolean(),
  state: Type.String(),
  version: Type.Integer(),
  warnings: Type.Optional(Warnings),
});

/**
 * What a write answers a key without the `read` scope: which vacancy, its state and version (for
 * the next write's `If-Match`), and what to mind. Its content is for `read` alone: a key that may
 * only write would otherwise read any vacancy of its organisation by an empty PATCH or a copy.
 */
export const VacancyReceipt = Type.Object(
  {
    id: Type.String(),
    externalId: Nullable(Type.String()),
    state: Type.String(),
    version: Type.Integer(),
    warnings: Type.Optional(Warnings),
  },
  { $id: 'VacancyReceipt', additionalProperties: false },
);

/** Items are validated one by one (bulk.ts), so one bad item cannot reject the batch. */
export const BulkBody = Type.Object(
  { items: Type.Array(Type.Unknown(), { minItems: 1, maxItems: 1000 }) },
  {
    additionalProperties: false,
    // Each item is an upsert (as PUT …/by-external-id/{externalId}) with its external id in it.
    examples: [
      {
        items: [
          { ...NEW_VACANCY_EXAMPLE, state: 'published' },
          { ...NEW_VACANCY_EXAMPLE, externalId: 'ATS-2026-0143', title: 'Adviseur waterveiligheid', state: 'draft' },
        ],
      },
    ],
  },
);

export const BulkAnswer = Type.Object({
  items: Type.Array(
    Type.Object({
      index: Type.Integer(),
      externalId: Nullable(Type.String()),
      status: Type.Integer(),
      result: Type.Optional(UpsertAnswer),
      error: Type.Optional(
        Type.Object({
          code: Type.String(),
          message: Type.String(),
          fields: Type.Optional(Type.Record(Type.String(), Type.String())),
        }),
      ),
    }),
  ),
  succeeded: Type.Integer(),
  failed: Type.Integer(),
});

/**
 * The answer to a CSV upload (upload.ts): per data row what the bulk route answers per item,
 * with the line the row starts on in the file (the header is line 1) and its title, and the
 * problems named by the file's columns.
 */
export const UploadAnswer = Type.Object({
  rows: Type.Array(
    Type.Composite([
      Type.Omit(BulkAnswer.properties.items.items, ['index']),
      Type.Object({ line: Type.Integer(), title: Nullable(Type.String()) }),
    ]),
  ),
  succeeded: Type.Integer(),
  failed: Type.Integer(),
});
