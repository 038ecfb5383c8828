import { Type } from '@sinclair/typebox';
import { Filled, literals } from '../contract/typebox.ts';
import { membershipActions } from '../membership/state-machine.ts';
import { MIN_PASSWORD_LENGTH } from './password-policy.ts';
import { API_KEY_SCOPES } from './principal.ts';

export const Email = Type.String({ format: 'email', maxLength: 254 });
export const Password = Type.String({ minLength: 1, maxLength: 200 });
/**
 * A password being chosen: its length is said with the form's other problems in one answer (a
 * review: "too short" came only once the other fields were right). The rest of the policy
 * (`passwordProblem`: not a common one) is checked after.
 */
export const NewPassword = Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: 200 });
export const Role = literals(['job_seeker', 'hr_officer', 'org_admin', 'coordinator'] as const);

export const Me = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    name: Type.String(),
    role: Role,
    locale: Type.String(),
    /** Staff: an e-mail when an application to the organisation arrives (PATCH /me). */
    notifyOnApplication: Type.Boolean(),
    organisation: Type.Union([
      Type.Object({
        id: Type.String(),
        slug: Type.String(),
        name: Type.String(),
        state: Type.String(),
        allows: Type.Array(literals(membershipActions), {
          description:
            'What its staff may do in this membership state besides reading and exporting: `draft` (create and ' +
            'edit drafts; also while suspended or after leaving) and `publish` (everything beyond the organisation: ' +
            'publishing, ATS upserts, invitations, API keys, the public profile, the talent pool; active members only)',
        }),
        applicationsDeletedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
          description:
            'A member that left: when the portal deletes the job applications it received (four weeks after the leave); export them before. Null otherwise',
        }),
      }),
      Type.Null(),
    ]),
  },
  { $id: 'Me' },
);

/** An API key's scopes: `read`, `write`, `publish`. */
export const ApiKeyScopes = Type.Array(literals(API_KEY_SCOPES), {
  minItems: 1,
  uniqueItems: true,
  description:
    '`read`: list and read the organisation’s vacancies and their history; `write`: create, change, upsert ' +
    'and bulk-upsert them; `publish`: publish, close and reopen them (also by a `state` in an upsert)',
});

/** `GET /me` called with an organisation API key: which key, what it may do, and for whom. */
export const ApiKeyMe = Type.Object(
  {
    kind: Type.Literal('api_key'),
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    prefix: Type.String({ description: 'The first characters of the key, to tell keys apart' }),
    scopes: ApiKeyScopes,
    organisation: Type.Object({
      id: Type.String({ format: 'uuid', description: 'The `orgId` of the organisation’s API paths' }),
      slug: Type.String(),
      name: Type.String(),
      state: Type.String(),
    }),
  },
  { $id: 'ApiKeyMe' },
);

/** `PATCH /me`: the signed-in user's own settings. */
export const MePatch = Type.Object(
  { notifyOnApplication: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

export const SignedIn = Type.Object({ token: Type.String(), user: Type.Ref('Me') });

export const RegisterBody = Type.Object(
  {
    email: Email,
    password: NewPassword,
    name: Filled({ maxLength: 200 }),
    locale: Type.Optional(literals(['nl', 'en'] as const)),
  },
  { additionalProperties: false },
);
export const LoginBody = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: 254 }), password: Password },
  { additionalProperties: false },
);
export const TokenPasswordBody = Type.Object(
  {
    token: Type.String({ minLength: 10, maxLength: 200 }),
    password: NewPassword,
    name: Type.Optional(Filled({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
/**
 * Confirming an address: the mailed token and the password chosen when the account was made. The
 * token proves the mailbox, the password that whoever confirms made the account: someone who signs
 * up with another person's address cannot have them activate an account the signer can sign in to.
 */
export const ConfirmRegistrationBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }), password: Password },
  { additionalProperties: false },
);
export const TokenBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }) },
  { additionalProperties: false },
);
export const ChangePasswordBody = Type.Object(
  { currentPassword: Password, newPassword: NewPassword },
  { additionalProperties: false },
);
export const ResetRequestBody = Type.Object(
  {
    email: Email,
    /** The language of the page asking: the mail and its link are in it (else in the account's own). */
    locale: Type.Optional(literals(['nl', 'en'] as const)),
  },
  { additionalProperties: false },
);
