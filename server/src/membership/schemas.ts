/** The shapes of the membership contract (API.md), shared by validation, serialisation and OpenAPI. */
import { Type, type Static } from '@sinclair/typebox';
import { organisationKinds } from '@samenwerven/db';
import { Email, NewPassword } from '../auth/schemas.ts';
import { Filled, literals, PATTERNS } from '../contract/typebox.ts';
import { duplicateReasons } from './duplicates.ts';
import { applicationStates } from './state-machine.ts';

export const OrgParams = Type.Object({ orgId: Type.String({ format: 'uuid' }) });
const Reason = Type.String({ minLength: 1, maxLength: 2000 });
/** A decision takes effect at once: only leaving can be given a date (LeaveBody). */
export const DecisionBody = Type.Object({ reason: Type.Optional(Reason) }, { additionalProperties: false });
/** Rejecting needs a reason: the applicant receives it. */
export const RejectBody = Type.Object(
  // A reason of only spaces is answered by the service, which says what the reason is for.
  { reason: Type.String({ minLength: 1, maxLength: 2000, description: 'Why; mailed to the applicant' }) },
  { additionalProperties: false },
);
/** Ending a membership needs a reason: the member's admins receive it. */
export const EndBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 2000, description: 'Why; mailed to the member’s admins' }) },
  { additionalProperties: false },
);
export const StateAnswer = Type.Object({ id: Type.String({ format: 'uuid' }), state: Type.String() });
const Kind = literals(Object.keys(organisationKinds) as (keyof typeof organisationKinds)[]);

export const Application = Type.Object({
  id: Type.String({ format: 'uuid' }),
  state: literals(applicationStates),
  reason: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  organisation: Type.Object({
    id: Type.String(),
    slug: Type.String(),
    name: Type.String(),
    kind: Type.String(),
    municipalityCode: Type.String(),
    website: Type.Union([Type.String(), Type.Null()]),
    contactName: Type.Union([Type.String(), Type.Null()]),
    contactEmail: Type.Union([Type.String(), Type.Null()]),
    state: Type.String(),
  }),
  review: Type.Union(
    [
      Type.Object({
        likelyDuplicates: Type.Array(
          Type.Object({
            id: Type.String(),
            slug: Type.String(),
            name: Type.String(),
            state: Type.String({ description: 'Its membership state: a member, another application, rejected, left' }),
            website: Type.Union([Type.String(), Type.Null()]),
            matchedOn: Type.Array(literals(duplicateReasons), {
              description:
                'name: the same name, case, accents and punctuation aside; municipality: the same municipality and kind; website: the same website domain',
            }),
          }),
          { description: 'Organisations the portal already knows that look like this one, the closest first' },
        ),
        emailDomain: Type.Union([Type.String(), Type.Null()], { description: 'The domain of the applicant’s address' }),
        websiteDomain: Type.Union([Type.String(), Type.Null()], {
          description: 'The domain of the website the application gives, without www.',
        }),
        emailMatchesWebsite: Type.Union([Type.Boolean(), Type.Null()], {
          description: 'Whether the address is on the website’s domain (or under it); null without a website',
        }),
        emailConfirmed: Type.Boolean({
          description: 'Whether the applicant has confirmed the address with the mailed link (their admin account’s)',
        }),
      }),
      Type.Null(),
    ],
    { description: 'What to check before deciding; only for pending applications' },
  ),
});

export const ApplicationsQuery = Type.Object(
  { state: Type.Optional(literals(applicationStates)) },
  { additionalProperties: false },
);

/** What an organisation applies with, and may correct before it applies again. */
const ApplyingOrganisation = {
  name: Filled({ minLength: 2, maxLength: 200 }),
  kind: Kind,
  municipalityCode: Type.String({ pattern: PATTERNS.municipalityCode }),
  website: Type.String({ format: 'uri', pattern: PATTERNS.webAddress, maxLength: 500 }),
};

export const ApplicationBody = Type.Object(
  {
    organisation: Type.Object(
      {
        name: ApplyingOrganisation.name,
        kind: ApplyingOrganisation.kind,
        municipalityCode: ApplyingOrganisation.municipalityCode,
        website: Type.Optional(ApplyingOrganisation.website),
      },
      { additionalProperties: false },
    ),
    admin: Type.Object(
      { name: Filled({ maxLength: 200 }), email: Email, password: NewPassword },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

/**
 * Applying again after a rejection, with what the rejection asked to correct: any of the
 * organisation's details as it applied (`website: null` takes it away); none keeps them.
 */
export const ApplyAgainBody = Type.Object(
  {
    organisation: Type.Optional(
      Type.Object(
        {
          name: Type.Optional(ApplyingOrganisation.name),
          kind: Type.Optional(ApplyingOrganisation.kind),
          municipalityCode: Type.Optional(ApplyingOrganisation.municipalityCode),
          website: Type.Optional(Type.Union([ApplyingOrganisation.website, Type.Null()])),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ApplyAgainInput = Static<typeof ApplyAgainBody>;

export const LeaveBody = Type.Object(
  {
    reason: Filled({ maxLength: 2000 }),
    effectiveDate: Type.Optional(
      Type.Union([Type.String({ format: 'date' }), Type.String({ format: 'date-time' })], {
        description: 'A date (the leave takes effect at its start, Amsterdam time) or a moment',
      }),
    ),
  },
  { additionalProperties: false },
);

export const LeaveAnswer = Type.Object({
  id: Type.String(),
  state: Type.String(),
  leaveAt: Type.Union([Type.String(), Type.Null()]),
});

export const LeavePreview = Type.Object({
  state: Type.String(),
  leaveAt: Type.Union([Type.String(), Type.Null()]),
  /** The published ones, which leaving takes offline at once. */
  vacanciesGoingOffline: Type.Integer(),
  /** The scheduled ones, which leaving withdraws before they are published. */
  vacanciesScheduled: Type.Integer(),
  vacanciesKept: Type.Integer(),
  canLeave: Type.Boolean(),
  /** Why the membership is rejected, suspended or ended, as given with that decision; else null. */
  reason: Type.Union([Type.String(), Type.Null()]),
  /** While turned down: the organisation as it applied, to correct when it applies again; else null. */
  application: Type.Union([
    Type.Object({
      name: Type.String(),
      kind: Type.String(),
      municipalityCode: Type.String(),
      website: Type.Union([Type.String(), Type.Null()]),
    }),
    Type.Null(),
  ]),
});

export const OrganisationsOverview = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      slug: Type.String(),
      name: Type.String(),
      kind: Type.String(),
      state: Type.String(),
      isCoordinatingBody: Type.Boolean(),
      leaveAt: Type.Union([Type.String(), Type.Null()]),
      costWeight: Type.Integer(),
      publishedVacancies: Type.Integer(),
    }),
  ),
});

export const CostWeightBody = Type.Object(
  { costWeight: Type.Integer({ minimum: 0, maximum: 1000 }) },
  { additionalProperties: false },
);
