/**
 * Examples in the OpenAPI document (issue 19): every request body and every success answer
 * shows one, so an integrator sees what to send and what comes back without trying it.
 *
 * They are made from the schemas, not written beside them, so they cannot drift from what the
 * server accepts and answers (a test validates each against its own schema): a value a schema
 * gives itself (`example`, `default`, the first of an `enum`) comes first, then a realistic
 * value for the field's name (EXAMPLE_VALUES), then one its format or pattern asks for, then
 * one that only fits the type and bounds.
 */

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};

type OpenApiDocument = {
  components?: { schemas?: Record<string, Schema> };
  paths?: Record<string, Record<string, unknown> | undefined>;
};

type MediaType = { schema?: Schema; example?: unknown; examples?: unknown };
type Operation = {
  tags?: string[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, { content?: Record<string, MediaType> }>;
};

const VACANCY_ID = '3f1c2a8e-5b7d-4c9e-8a61-2d4b6f8e0c13';

/**
 * A closing date for examples that are sent as they are: the last day of next year, so it has
 * not passed (which publishing refuses) for at least a year after the server started.
 */
export const EXAMPLE_CLOSING_DATE = `${new Date().getUTCFullYear() + 1}-12-31`;

/**
 * Realistic values by field name, for fields whose schema gives none of its own; `parent.field`
 * where a name means different things in different objects.
 */
const EXAMPLE_VALUES: Record<string, unknown> = {
  // Names: a person's by default; an organisation's, a place's, an alert's or a key's by context
  // (the object it is in, or the operation's tag at the top).
  name: 'Sanne de Vries',
  'organisation.name': 'Gemeente Proefstad',
  'organisations.name': 'Gemeente Proefstad',
  'vacancy.organisation': 'Gemeente Proefstad',
  'membership.name': 'Gemeente Proefstad',
  'likelyDuplicates.name': 'Gemeente Proefstad',
  'contact.name': 'Bureau Samenwerven',
  'place.name': 'Tilburg',
  'municipalities.name': 'Tilburg',
  'alerts.name': 'Beleid in Tilburg',
  'api-keys.name': 'Koppeling met ons ATS',
  'cv.name': 'cv-sanne-de-vries.pdf',
  'letter.name': 'brief-sanne-de-vries.pdf',
  mediaType: 'application/pdf',
  // Codes and kinds.
  'categories.code': 'beleid',
  'educationLevels.code': 'hbo',
  'employmentTypes.code': 'permanent',
  'workModes.code': 'hybrid',
  'organisationKinds.code': 'municipality',
  'municipalities.code': 'GM0855',
  'error.code': 'validation_failed',
  'error.message': 'Niet alle velden zijn goed ingevuld.',
  // The honeypots: a person never fills them in, so an example leaves them empty.
  'applications.website': '',
  'alerts.website': '',
  status: 201,
  index: 0,
  words: ['P&O', 'personeel en organisatie'],
  kind: 'municipality',
  'actor.kind': 'user',
  state: 'published',
  'organisation.state': 'active',
  'organisations.state': 'active',
  'membership.state': 'active',
  'result.state': 'published',
  locale: 'nl',
  regions: 'Noord-Brabant',
  defaults: 'P&O',
  indexName: 'vacancies',
  lastError: 'connect ECONNREFUSED 127.0.0.1:7700',
  signal: 'SIGKILL',
  action: 'vacancy.published',
  subjectType: 'vacancy',
  subjectId: VACANCY_ID,
  // Moments, where the schema names no format.
  at: '2026-11-30T09:00:00.000Z',
  createdAt: '2026-11-02T08:30:00.000Z',
  updatedAt: '2026-11-30T09:00:00.000Z',
  publishAt: '2026-12-01T07:00:00.000Z',
  publishedAt: '2026-11-30T09:00:00.000Z',
  hiredAt: '2026-12-15T10:00:00.000Z',
  leaveAt: '2027-01-01T00:00:00.000Z',
  lastErrorAt: '2026-11-30T03:12:00.000Z',
  lastSyncedAt: '2026-11-30T09:00:01.000Z',
  from: '2026-11-01',
  to: '2026-11-30',
  // Vacancies and their places.
  id: VACANCY_ID,
  title: 'Beleidsadviseur klimaatadaptatie',
  slug: 'gemeente-proefstad',
  summary: 'Je helpt de gemeente zich voor te bereiden op hitte, droogte en wateroverlast.',
  description:
    '<p>Als beleidsadviseur klimaatadaptatie werk je samen met het waterschap en de provincie.</p>' +
    '<ul><li>Je schrijft de hittestrategie.</li><li>Je adviseert het college.</li></ul>',
  offer: '<p>Een contract voor een jaar met uitzicht op vast, en 2 opleidingsdagen per maand.</p>',
  department: 'Ruimte en Omgeving',
  category: 'beleid',
  region: 'Noord-Brabant',
  municipalityCode: 'GM0855',
  municipalityName: 'Tilburg',
  postcode: '5038',
  address: 'Stationsplein 1, 5038 AA Tilburg',
  latitude: 51.5555,
  longitude: 5.0913,
  distanceKm: 12.4,
  radiusKm: 25,
  hoursMin: 32,
  hoursMax: 36,
  salaryScale: 10,
  salaryMin: 3600,
  salaryMax: 5200,
  closingDate: EXAMPLE_CLOSING_DATE,
  externalId: 'ATS-2026-0142',
  withdrawnReason: null,
  // People and how to reach them.
  email: 'sanne.devries@example.org',
  applyEmail: 'vacatures@proefstad.example',
  applyUrl: 'https://werkenbij.proefstad.example/vacatures/0142',
  contactName: 'Sanne de Vries',
  contactEmail: 'sanne.devries@proefstad.example',
  contactPhone: '013 123 45 67',
  phone: '06 12345678',
  website: 'https://www.proefstad.example',
  websiteDomain: 'proefstad.example',
  emailDomain: 'proefstad.example',
  logoUrl: 'https://werken.example/api/v1/organisations/gemeente-proefstad/logo?v=3',
  // Credentials.
  password: 'lang-en-uniek-wachtwoord-2026',
  currentPassword: 'lang-en-uniek-wachtwoord-2026',
  newPassword: 'nog-langer-en-ook-uniek-2027',
  token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl',
  key: 'swk_3b9f0d6c1e2a4f8b9c7d5e3a1f0b2c4d',
  prefix: 'swk_3b9f',
  // Words.
  motivation: 'Ik werk graag aan de opgaven van een stad in verandering.',
  reason: 'Wij gaan op in de gemeenschappelijke regeling.',
  rejectionMessage: 'Dank voor je sollicitatie. We hebben gekozen voor een kandidaat met meer ervaring.',
  message: 'Dank voor je aanmelding.',
  note: 'Uitnodigen voor een tweede gesprek.',
  q: 'beleidsadviseur',
  query: 'beleidsadviseur',
  term: 'P&O',
  text: 'Je bewaakt de kwaliteit van het water.',
  label: 'Noord-Brabant',
  nl: 'Beleid',
  en: 'Policy',
  month: '2026-11',
  day: '2026-11-30',
  // Numbers.
  year: 2026,
  version: 3,
  page: 1,
  pageSize: 20,
  total: 128,
};

/** One entry, by the map's field name, for maps (per field, per facet value, per member). */
const MAP_ENTRIES: Record<string, [string, unknown]> = {
  warnings: ['closingDate', 'De sluitingsdatum is voorbij: kies een nieuwe voordat je publiceert.'],
  fields: ['title', 'Vul een titel in van minstens 3 tekens.'],
  organisationNames: ['gemeente-proefstad', 'Gemeente Proefstad'],
  category: ['beleid', 42],
  educationLevel: ['hbo', 87],
  employmentType: ['permanent', 96],
  organisation: ['gemeente-proefstad', 31],
  region: ['Noord-Brabant', 64],
  hoursMax: ['36', 58],
  salaryScale: ['10', 23],
};

const FORMAT_VALUES: Record<string, unknown> = {
  uuid: VACANCY_ID,
  'date-time': '2026-11-30T09:00:00.000Z',
  date: EXAMPLE_CLOSING_DATE,
  email: 'sanne.devries@example.org',
  uri: 'https://www.proefstad.example',
  binary: '(the file)',
};

/** Values for the patterns the API's strings use, for a field whose name the table lacks. */
const PATTERN_VALUES = [
  'GM0855',
  '5038',
  'https://www.proefstad.example',
  'gemeente-proefstad',
  '013 123 45 67',
  'tekst',
];

const DEPTH_LIMIT = 12;

/** An example value that satisfies `schema`, for a field called `name` (in an object called `parent`). */
export function exampleFor(
  schema: Schema,
  document: OpenApiDocument,
  name?: string,
  parent?: string,
  depth = 0,
): unknown {
  if (depth > DEPTH_LIMIT) return null;
  const resolved = resolve(schema, document);
  const named = name === undefined ? undefined : (EXAMPLE_VALUES[`${parent}.${name}`] ?? EXAMPLE_VALUES[name]);
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.default !== undefined) return resolved.default;
  if (resolved.enum?.length) return resolved.enum[0];
  const choices = resolved.anyOf ?? resolved.oneOf;
  if (choices?.length) {
    const first = choices.find((choice) => resolve(choice, document).type !== 'null') ?? choices[0]!;
    return exampleFor(first, document, name, parent, depth + 1);
  }
  if (resolved.allOf?.length) {
    return Object.assign({}, ...resolved.allOf.map((part) => exampleFor(part, document, name, parent, depth + 1)));
  }
  switch (resolved.type) {
    case 'object':
      return objectExample(resolved, document, name, depth);
    case 'array':
      if (Array.isArray(named)) return named;
      return Array.from({ length: Math.max(1, resolved.minItems ?? 1) }, () =>
        exampleFor(resolved.items ?? {}, document, name, parent, depth + 1),
      );
    case 'string':
      // A field named for a list (`words`) whose schema here takes one: its first.
      return stringExample(resolved, Array.isArray(named) ? named[0] : named);
    case 'integer':
    case 'number':
      return numberExample(resolved, named);
    case 'boolean':
      // A flag is usually off: `degraded: true` would show a search that went wrong.
      return false;
    default:
      return resolved.properties ? objectExample(resolved, document, name, depth) : undefined;
  }
}

/** Whether a schema says anything about its value: one that does not (anything goes) shows no example. */
const describesValue = (schema: Schema) => Object.keys(schema).some((key) => key !== 'description');

function resolve(schema: Schema, document: OpenApiDocument): Schema {
  const reference = schema.$ref?.replace('#/components/schemas/', '');
  return reference ? (document.components?.schemas?.[reference] ?? {}) : schema;
}

function objectExample(schema: Schema, document: OpenApiDocument, name: string | undefined, depth: number) {
  const value: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    // A field that may be anything: left out (read-only fields sent back are ignored), or null when required.
    if (describesValue(property)) value[key] = exampleFor(property, document, key, name, depth + 1);
    else if (required.has(key)) value[key] = null;
  }
  // A map: one entry shows its shape.
  if (!schema.properties && typeof schema.additionalProperties === 'object') {
    const [key, entry] = MAP_ENTRIES[name ?? ''] ?? ['voorbeeld', undefined];
    value[key] = entry ?? exampleFor(schema.additionalProperties, document, key, name, depth + 1);
  }
  return value;
}

function fits(value: unknown, schema: Schema): value is string {
  if (typeof value !== 'string') return false;
  if (schema.minLength !== undefined && value.length < schema.minLength) return false;
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return false;
  return !schema.pattern || new RegExp(schema.pattern, 'u').test(value);
}

function stringExample(schema: Schema, named: unknown): string {
  const candidates = [
    named,
    schema.format === undefined ? undefined : FORMAT_VALUES[schema.format],
    ...(schema.pattern ? PATTERN_VALUES : []),
  ];
  const found = candidates.find((candidate) => fits(candidate, schema));
  if (found !== undefined) return found;
  const filler = 'voorbeeld';
  return filler.repeat(Math.ceil((schema.minLength ?? 0) / filler.length) || 1).slice(0, schema.maxLength);
}

function numberExample(schema: Schema, named: unknown): number {
  const wanted = typeof named === 'number' ? named : (schema.minimum ?? 1);
  const bounded = Math.min(Math.max(wanted, schema.minimum ?? -Infinity), schema.maximum ?? Infinity);
  return schema.type === 'integer' ? Math.round(bounded) : bounded;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Gives every request body and every success answer with a schema an example, unless it has one. */
export function withExamples<T extends object>(given: T): T {
  const document = given as OpenApiDocument;
  const give = (media: MediaType, tag?: string) => {
    if (media.schema && media.example === undefined && media.examples === undefined) {
      media.example = exampleFor(media.schema, document, tag);
    }
  };
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method] as Operation | undefined;
      if (!operation) continue;
      // The operation's tag names what its top-level fields are about (`alerts`: an alert's name).
      const tag = operation.tags?.[0];
      const media = [
        ...Object.values(operation.requestBody?.content ?? {}),
        ...Object.entries(operation.responses ?? {})
          .filter(([status]) => status.startsWith('2'))
          .flatMap(([, answer]) => Object.values(answer.content ?? {})),
      ];
      for (const one of media) give(one, tag);
    }
  }
  return given;
}
