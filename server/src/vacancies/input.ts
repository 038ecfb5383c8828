/**
 * The vacancy as written by HR officers and ATS integrations. A vacancy as returned by
 * `GET /vacancies/{id}` (less id, organisation, state, version and timestamps) is a valid
 * body here (API.md): derived read-only fields such as `place` are accepted and ignored.
 */
import { Type, type Static } from '@sinclair/typebox';
import { EXAMPLE_CLOSING_DATE } from '../contract/examples.ts';
import { ExternalId, Filled, literals, Nullable, PATTERNS } from '../contract/typebox.ts';
import { fieldMessages, type AjvError } from '../errors.ts';
import type { Locale } from '../i18n.ts';
import { EducationLevel, EmploymentType, WorkMode } from './schemas.ts';

const Text = (maxLength: number) => Type.String({ maxLength });
const Place = Type.Object(
  {
    municipalityCode: Type.String({ pattern: PATTERNS.municipalityCode }),
    postcode: Type.Optional(Nullable(Type.String({ pattern: PATTERNS.postcode }))),
    /** Read-only, as the GET shape gives it (the code's name): sent back, it is ignored. */
    municipalityName: Type.Optional(Type.Unknown()),
  },
  { additionalProperties: false },
);

export const vacancyFields = {
  title: Filled({ minLength: 3, maxLength: 200 }),
  department: Type.Optional(Nullable(Text(200))),
  summary: Type.Optional(Text(600)),
  // A bound on what is read; the limit (30,000) is on the text as stored (rules.ts, DESCRIPTION_LIMIT).
  description: Type.Optional(
    Type.String({
      maxLength: 100_000,
      description:
        'HTML; stored sanitised (a link keeps only a web or mail address), at most 30,000 characters as stored',
    }),
  ),
  category: Type.String({ minLength: 1, maxLength: 100 }),
  educationLevel: EducationLevel,
  orEquivalent: Type.Optional(Type.Boolean()),
  employmentType: EmploymentType,
  hoursMin: Type.Integer({ minimum: 1, maximum: 40 }),
  hoursMax: Type.Integer({ minimum: 1, maximum: 40 }),
  salaryScale: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 18 }))),
  salaryMin: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 50_000 }))),
  salaryMax: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 50_000 }))),
  municipalityCode: Type.String({ pattern: PATTERNS.municipalityCode }),
  postcode: Type.Optional(Nullable(Type.String({ pattern: PATTERNS.postcode }))),
  additionalPlaces: Type.Optional(Type.Array(Place, { maxItems: 10 })),
  workMode: Type.Optional(WorkMode),
  publishAt: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
  closingDate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
  applyMethod: Type.Optional(literals(['portal', 'url', 'email'] as const)),
  applyUrl: Type.Optional(Nullable(Type.String({ format: 'uri', pattern: PATTERNS.webAddress, maxLength: 1000 }))),
  applyEmail: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
  contactName: Type.Optional(Nullable(Text(200))),
  contactEmail: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
  contactPhone: Type.Optional(Nullable(Type.String({ maxLength: 40, pattern: PATTERNS.phone }))),
  visibility: Type.Optional(literals(['public', 'internal'] as const)),
  publicFrom: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
  language: Type.Optional(literals(['nl', 'en'] as const)),
  externalId: Type.Optional(Nullable(ExternalId())),
};

export const VacancyFieldsSchema = Type.Object(vacancyFields);
/** Any subset of the writable fields. */
export type VacancyFields = Partial<Static<typeof VacancyFieldsSchema>>;

/**
 * A body that failed its schema, split so that every problem can be answered at once: the
 * messages of its type problems, and the fields that are fine on their own, for the rules to
 * check as well. A field with a problem anywhere in it is left out, as is all of a body that
 * is no object.
 */
export function splitByTypeProblems(
  body: unknown,
  errors: readonly AjvError[],
  locale: Locale,
): { fields: VacancyFields; typeProblems: Record<string, string> } {
  const typeProblems = fieldMessages(errors, locale);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { fields: {}, typeProblems };
  const wrong = new Set(errors.map((error) => error.instancePath.split('/')[1]));
  const fields = Object.fromEntries(
    Object.entries(body).filter(([name]) => Object.hasOwn(vacancyFields, name) && !wrong.has(name)),
  );
  return { fields: fields as VacancyFields, typeProblems };
}

/** Read-only fields of the GET shape that a client may send back; ignored. */
const ignored = {
  place: Type.Optional(Type.Unknown()),
  publishedAt: Type.Optional(Type.Unknown()),
  organisation: Type.Optional(Type.Unknown()),
  id: Type.Optional(Type.Unknown()),
  state: Type.Optional(Type.Unknown()),
  version: Type.Optional(Type.Unknown()),
  createdAt: Type.Optional(Type.Unknown()),
  updatedAt: Type.Optional(Type.Unknown()),
  withdrawnReason: Type.Optional(Type.Unknown()),
};

/**
 * The OpenAPI document's example of a new vacancy (server/src/contract/examples.ts makes the
 * rest): one an HR officer would send, accepted as it is (tests/api/openapi.test.ts sends it).
 */
export const NEW_VACANCY_EXAMPLE = {
  title: 'Beleidsadviseur klimaatadaptatie',
  department: 'Ruimte en Omgeving',
  summary: 'Je helpt de gemeente zich voor te bereiden op hitte, droogte en wateroverlast.',
  description:
    '<p>Als beleidsadviseur klimaatadaptatie werk je samen met het waterschap en de provincie.</p>' +
    '<ul><li>Je schrijft de hittestrategie.</li><li>Je adviseert het college.</li></ul>',
  category: 'beleid',
  educationLevel: 'hbo',
  orEquivalent: true,
  employmentType: 'temporary_to_permanent',
  workMode: 'hybrid',
  hoursMin: 32,
  hoursMax: 36,
  salaryScale: 10,
  salaryMin: 3600,
  salaryMax: 5200,
  municipalityCode: 'GM0855',
  postcode: '5038',
  closingDate: EXAMPLE_CLOSING_DATE,
  applyMethod: 'portal',
  contactName: 'Sanne de Vries',
  contactEmail: 'sanne.devries@proefstad.example',
  contactPhone: '013 123 45 67',
  language: 'nl',
  externalId: 'ATS-2026-0142',
};

export const VacancyInput = Type.Object(
  { ...vacancyFields, ...ignored },
  { additionalProperties: false, $id: 'VacancyInput', examples: [NEW_VACANCY_EXAMPLE] },
);
export type VacancyInput = Static<typeof VacancyInput>;

export const VacancyPatch = Type.Object(
  {
    ...Type.Partial(Type.Object(vacancyFields)).properties,
    ...ignored,
    version: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  // Only what changes, and the version it was read at.
  { additionalProperties: false, examples: [{ version: 3, closingDate: EXAMPLE_CLOSING_DATE, salaryMax: 5400 }] },
);
export type VacancyPatch = Static<typeof VacancyPatch>;

/**
 * An ATS upsert may also say in which state the vacancy should be. `scheduled`, as the GET shape
 * of a scheduled vacancy says, asks for `published` (at its `publishAt`): read, changed and sent
 * back, it was refused (an ATS review).
 */
export const UpsertInput = Type.Object(
  {
    ...vacancyFields,
    ...ignored,
    state: Type.Optional(literals(['draft', 'published', 'scheduled', 'closed'] as const)),
  },
  { additionalProperties: false, examples: [{ ...NEW_VACANCY_EXAMPLE, state: 'published' }] },
);
export type UpsertInput = Static<typeof UpsertInput>;

/** The state an upsert asks for, in the life cycle's terms. */
export function wantedState(input: Pick<UpsertInput, 'state'>): 'draft' | 'published' | 'closed' | undefined {
  return input.state === 'scheduled' ? 'published' : input.state;
}
