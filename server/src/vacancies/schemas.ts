/** The vacancy shapes of the public contract (API.md), shared by validation, serialisation and OpenAPI. */
import { Type, type Static } from '@sinclair/typebox';
import { educationLevels, employmentTypes, workModes } from '@samenwerven/db';
import { literals, PATTERNS } from '../contract/typebox.ts';

const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[];

export const EducationLevel = literals(keysOf(educationLevels));
export const EmploymentType = literals(keysOf(employmentTypes));
export const WorkMode = literals(keysOf(workModes));
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100 });
const MunicipalityCode = Type.String({ pattern: PATTERNS.municipalityCode });

export const OrganisationRef = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  logoUrl: Type.Optional(
    Type.Union([Type.String(), Type.Null()], {
      description:
        'The member’s logo, an absolute address; null when it has none. In the public search and vacancy ' +
        'answers; absent when the database could not be asked (the search engine answered alone).',
    }),
  ),
});

export const Place = Type.Object({
  municipalityCode: Type.String(),
  municipalityName: Type.String(),
  region: Type.String(),
  postcode: Type.Union([Type.String(), Type.Null()]),
  latitude: Type.Number(),
  longitude: Type.Number(),
});

export const VacancySummary = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    title: Type.String(),
    organisation: OrganisationRef,
    department: Type.Union([Type.String(), Type.Null()]),
    summary: Type.String(),
    category: Type.String(),
    educationLevel: EducationLevel,
    employmentType: EmploymentType,
    workMode: WorkMode,
    hoursMin: Type.Integer(),
    hoursMax: Type.Integer(),
    salaryScale: Type.Union([Type.Integer(), Type.Null()]),
    salaryMin: Type.Union([Type.Integer(), Type.Null()]),
    salaryMax: Type.Union([Type.Integer(), Type.Null()]),
    place: Place,
    publishedAt: Type.String({ format: 'date-time' }),
    closingDate: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
    // The language the vacancy is written in: a page in the other one marks its cards so.
    language: literals(['nl', 'en']),
  },
  { $id: 'VacancySummary' },
);
export type VacancySummary = Static<typeof VacancySummary>;

/** What to mind about a saved vacancy, per field, that does not stop saving it (a draft whose closing date passed). */
export const Warnings = Type.Record(Type.String(), Type.String(), {
  description: 'Per field, what to mind before publishing; the vacancy was saved',
});

export const VacancyDetail = Type.Composite(
  [
    Type.Omit(VacancySummary, ['publishedAt']),
    Type.Object({
      // Null only in a staff member's own view of a vacancy never published (a draft, a
      // scheduled one): its creation is not a publication.
      publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
      description: Type.String({ description: 'Sanitised HTML' }),
      orEquivalent: Type.Boolean(),
      applyMethod: literals(['portal', 'url', 'email']),
      applyUrl: Type.Union([Type.String(), Type.Null()]),
      applyEmail: Type.Union([Type.String(), Type.Null()]),
      contactName: Type.Union([Type.String(), Type.Null()]),
      contactEmail: Type.Union([Type.String(), Type.Null()]),
      contactPhone: Type.Union([Type.String(), Type.Null()]),
      municipalityCode: Type.String(),
      postcode: Type.Union([Type.String(), Type.Null()]),
      additionalPlaces: Type.Array(
        Type.Object({
          municipalityCode: Type.String(),
          /** For showing (the code's name), as `place.municipalityName`. */
          municipalityName: Type.String(),
          postcode: Type.Union([Type.String(), Type.Null()]),
        }),
      ),
      publishAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
      visibility: literals(['public', 'internal']),
      publicFrom: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
      version: Type.Integer(),
      state: Type.String(),
      /** Only for the organisation's own staff. */
      externalId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
      withdrawnReason: Type.Optional(
        Type.Union([Type.String(), Type.Null()], {
          description:
            'Why a withdrawn vacancy went offline: `suspended` (the membership is suspended; it comes back as it was ' +
            'on reinstatement) or `left` (the member left the alliance; it comes back as a draft on rejoining)',
        }),
      ),
      /** Only in the answer to a staff write. */
      warnings: Type.Optional(Warnings),
    }),
  ],
  { $id: 'VacancyDetail' },
);
export type VacancyDetail = Static<typeof VacancyDetail>;

const List = <T extends ReturnType<typeof Type.String>>(item: T) => Type.Array(item, { maxItems: 50 });

export const SearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    category: Type.Optional(List(Type.String({ maxLength: 100 }))),
    educationLevel: Type.Optional(Type.Array(EducationLevel, { maxItems: 10 })),
    employmentType: Type.Optional(Type.Array(EmploymentType, { maxItems: 10 })),
    organisation: Type.Optional(Type.Array(Slug, { maxItems: 50 })),
    region: Type.Optional(List(Type.String({ maxLength: 100 }))),
    municipality: Type.Optional(Type.Array(MunicipalityCode, { maxItems: 50 })),
    salaryMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
    salaryMax: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
    scaleMin: Type.Optional(Type.Integer({ minimum: 1, maximum: 18 })),
    scaleMax: Type.Optional(Type.Integer({ minimum: 1, maximum: 18 })),
    hoursMin: Type.Optional(Type.Integer({ minimum: 1, maximum: 40 })),
    hoursMax: Type.Optional(Type.Integer({ minimum: 1, maximum: 40 })),
    near: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Municipality code or name, or a 4-digit postcode' }),
    ),
    radiusKm: Type.Optional(Type.Number({ minimum: 1, maximum: 300, default: 25 })),
    postedWithinDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
    sort: Type.Optional(literals(['relevance', 'newest', 'closing', 'salary', 'distance'])),
    page: Type.Integer({ minimum: 1, maximum: 1000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuery>;

const Counts = Type.Record(Type.String(), Type.Integer());

export const SearchHit = Type.Composite([
  VacancySummary,
  Type.Object({
    _formatted: Type.Optional(
      Type.Object(
        {
          title: Type.Optional(Type.String()),
          summary: Type.Optional(Type.String()),
          description: Type.Optional(Type.String({ description: 'A cropped snippet of the description' })),
        },
        {
          description:
            'Highlights: the text HTML-escaped (& < > " \' as entities), with `<mark>` and `</mark>` around ' +
            'the matched words as its only markup, so it is safe to show as HTML. Absent when the answer is ' +
            'degraded (from the database).',
        },
      ),
    ),
    distanceKm: Type.Optional(Type.Number()),
  }),
]);

export const SearchResponse = Type.Object({
  hits: Type.Array(SearchHit),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  facets: Type.Object({
    category: Counts,
    educationLevel: Counts,
    employmentType: Counts,
    organisation: Counts,
    region: Counts,
    hoursMax: Type.Record(Type.String(), Type.Integer(), {
      description: 'Vacancies per maximum hours per week; `hoursMin=N` matches the sum of the counts at N and above',
    }),
    salaryScale: Type.Record(Type.String(), Type.Integer(), {
      description: 'Vacancies per salary scale (those without a scale are not counted)',
    }),
  }),
  degraded: Type.Boolean(),
  organisationNames: Type.Optional(
    Type.Record(Type.String(), Type.String(), {
      description:
        'The name of each member organisation in `facets.organisation` or in the `organisation` filter, by slug (the facet counts by slug). Left out only while the database is unreachable',
    }),
  ),
  unknownWords: Type.Optional(
    Type.String({
      description:
        'Present when no vacancy with the same filters has all words of `q`, and the answer is for the rest: the words left out, in the order typed. Either its first words (at most three, never the last; never a place read from the words) were left out until the rest found vacancies ("zwoeltrapper jurist"), or the words no vacancy has together with the others were left out, which the engine would leave out from the end ("jurist xyzzy", "senior beleidsadviseur xyzzy"; a phrase in quotes is one word), or both. Never for an alert, a feed or a degraded answer',
    }),
  ),
  searchedAs: Type.Optional(
    Type.String({
      description:
        'Present when the search found nothing with the words of `q` as typed, and found vacancies with its compounds that no vacancy title uses taken apart ("bouwtoezicht" as "bouw toezicht"), with its first words left out as well when needed (then named in `unknownWords`): the words searched, which an alert or a feed of this search should carry (they run their words as they are). Never for an alert, a feed or a degraded answer',
    }),
  ),
  nearTown: Type.Optional(
    Type.String({
      description:
        'With `near` a postcode: the municipality it lies in, by name, to say where the search looked ("5038 (Tilburg)")',
    }),
  ),
  place: Type.Optional(
    Type.Object(
      {
        name: Type.String({ description: 'The municipality, as CBS names it' }),
        municipalityCode: Type.String(),
        radiusKm: Type.Number(),
        q: Type.String({ description: 'The words searched for, without the place (may be empty)' }),
        postcode: Type.Optional(
          Type.String({
            description: 'The postcode typed ("5038", "5038 AB") when that was the place: searched around as `near`',
          }),
        ),
      },
      {
        description:
          'Present when `q` named a place (a municipality, a common alias such as "Den Bosch", or a postcode) and `near` was not given: the place was searched around (as `near`, default radius 25 km) and left out of the words',
      },
    ),
  ),
});

export const SuggestionsResponse = Type.Object({
  suggestions: Type.Array(
    Type.Union([
      Type.Object({ kind: Type.Literal('title'), label: Type.String() }),
      Type.Object({ kind: Type.Literal('organisation'), label: Type.String(), slug: Type.String() }),
      Type.Object({ kind: Type.Literal('place'), label: Type.String(), municipalityCode: Type.String() }),
    ]),
  ),
  degraded: Type.Boolean(),
});

/**
 * What stays public of a vacancy that was advertised and is no longer open, so an old link can
 * say so and lead to similar open ones: its title, field, place and employer, nothing more.
 * `organisation` is null when the employer is no longer an active member (it left, or was
 * suspended): its name has left the portal with it.
 */
export const ClosedVacancy = Type.Object({
  id: Type.String({ format: 'uuid' }),
  title: Type.String(),
  organisation: Type.Union([Type.Object({ slug: Type.String(), name: Type.String() }), Type.Null()]),
  category: Type.String(),
  place: Type.Object({ municipalityCode: Type.String(), municipalityName: Type.String() }),
  /** The language its title is in: a page in the other one marks it so (WCAG 3.1.2). */
  language: literals(['nl', 'en']),
  /**
   * Off the portal only while its member is suspended, and open again once it is reinstated (its
   * closing date not passed): a page says it is away for now, not that it closed.
   */
  mayReturn: Type.Boolean(),
});
export type ClosedVacancy = Static<typeof ClosedVacancy>;
