import { Type } from '@sinclair/typebox';
import { literals } from '../contract/typebox.ts';
import { membershipActions } from '../membership/state-machine.ts';

export const Email = Type.String({ format: 'email', maxLength: 254 });
export const Password = Type.String({ minLength: 1, maxLength: 200 });
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
      }),
      Type.Null(),
    ]),
  },
  { $id: 'Me' },
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
    password: Password,
    name: Type.String({ minLength: 1, maxLength: 200 }),
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
    password: Password,
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export const TokenBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }) },
  { additionalProperties: false },
);
export const ChangePasswordBody = Type.Object(
  { currentPassword: Password, newPassword: Password },
  { additionalProperties: false },
);
export const ResetRequestBody = Type.Object({ email: Email }, { additionalProperties: false });
