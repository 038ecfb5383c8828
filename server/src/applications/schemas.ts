/** The shapes of applying and of the HR inbox in the contract (API.md, "Applications"). */
import { Type, type TInteger, type TOptional } from '@sinclair/typebox';
import { Filled, literals, Nullable, ListPageNumber } from '../contract/typebox.ts';
import { applicationStatuses, type ApplicationStatus } from './state-machine.ts';

export const consents = ['procedure', 'pool'] as const;

/** A file part as OpenAPI shows it; on the wire the parser hands over its name (multipart.ts). */
const FilePart = Type.String({ format: 'binary', maxLength: 255 });

/**
 * The parts of `POST /vacancies/{id}/applications` (multipart/form-data). The text parts are
 * validated by this schema like any body, so their messages are the API's usual ones.
 */
export const ApplyBody = Type.Object(
  {
    name: Filled({ maxLength: 200 }),
    email: Type.String({ format: 'email', maxLength: 254 }),
    phone: Type.Optional(Type.String({ maxLength: 40 })),
    motivation: Filled({ maxLength: 5000 }),
    consent: Type.Optional(literals(consents)),
    /** The honeypot: people never see it, so only bots fill it in. */
    website: Type.Optional(Type.String({ maxLength: 2000 })),
    cv: FilePart,
    letter: Type.Optional(FilePart),
  },
  { additionalProperties: false },
);

export const Applied = Type.Object({ id: Type.String({ format: 'uuid' }), status: Type.Literal('received') });

export const ApplicationStatusSchema = literals(applicationStatuses);
/** The language a vacancy is written in: its title is read out in it. */
const VacancyLanguage = literals(['nl', 'en'] as const);

export const ApplicationListQuery = Type.Object(
  {
    status: Type.Optional(ApplicationStatusSchema),
    page: ListPageNumber(),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);

export const ApplicationListItem = Type.Object({
  id: Type.String(),
  vacancy: Type.Object({ id: Type.String(), title: Type.String(), language: VacancyLanguage }),
  name: Type.String(),
  email: Type.String(),
  status: ApplicationStatusSchema,
  createdAt: Type.String(),
  /** Not yet opened by anyone of the organisation. */
  isNew: Type.Boolean(),
});

export const ApplicationList = Type.Object({
  items: Type.Array(ApplicationListItem),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  counts: Type.Object(
    Object.fromEntries(applicationStatuses.map((status) => [status, Type.Optional(Type.Integer())])) as Record<
      ApplicationStatus,
      TOptional<TInteger>
    >,
    {
      additionalProperties: false,
      description: 'How many there are of each status (whatever `status` filters); a status with none is left out',
    },
  ),
});

const FileInfo = Type.Object({ name: Type.String(), size: Type.Integer(), mediaType: Type.String() });

export const ApplicationDetail = Type.Object({
  id: Type.String(),
  vacancy: Type.Object({
    id: Type.String(),
    title: Type.String(),
    language: VacancyLanguage,
    state: literals(['draft', 'scheduled', 'published', 'closed', 'withdrawn'] as const),
  }),
  name: Type.String(),
  email: Type.String(),
  status: ApplicationStatusSchema,
  createdAt: Type.String(),
  isNew: Type.Boolean(),
  mailLanguage: Type.Union([Type.Literal('nl'), Type.Literal('en')], {
    description: 'The language of the applicant’s mails (a rejection message is sent in it, under a subject in it)',
  }),
  phone: Nullable(Type.String()),
  motivation: Type.String(),
  consent: literals(consents),
  addressConfirmed: Type.Boolean({
    description:
      'Whether the owner of the e-mail address confirmed the application as theirs (applied signed in with it, or on the page mailed to it). Until then the name is only what was typed, and a pool consent does not count',
  }),
  updatedAt: Type.String(),
  hiredAt: Nullable(Type.String()),
  files: Type.Object({ cv: Nullable(FileInfo), letter: Nullable(FileInfo) }),
  notes: Type.Array(
    Type.Object({
      id: Type.String(),
      author: Type.Object({ id: Type.String(), name: Type.String() }),
      text: Type.String(),
      createdAt: Type.String(),
    }),
  ),
});

export const ApplicationPatch = Type.Object(
  {
    status: Type.Optional(ApplicationStatusSchema),
    note: Type.Optional(Filled({ maxLength: 5000 })),
    /** The text of the rejection e-mail, instead of the standard one; only with `status: rejected`. */
    rejectionMessage: Type.Optional(Filled({ maxLength: 5000 })),
  },
  { additionalProperties: false },
);

export const MyApplication = Type.Object({
  id: Type.String(),
  vacancy: Type.Object({
    id: Type.String(),
    title: Type.String(),
    language: VacancyLanguage,
    organisation: Type.String(),
  }),
  status: ApplicationStatusSchema,
  consent: literals(consents),
  /** With pool consent: until when the candidate is in the talent pool (null until the address is confirmed). */
  poolConsentUntil: Nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const MyApplications = Type.Object({ items: Type.Array(MyApplication) });
