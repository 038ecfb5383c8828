import type { ActionFunctionArgs } from 'react-router';
import { applyForMembership } from '../../api/membership.ts';
import type { OrganisationKind } from '../../api/types.ts';
import { newPasswordProblems, REPEAT_FIELD } from '../../components/new-password-fields.tsx';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { membershipMessages } from '../../i18n/membership-messages.ts';
import {
  failure,
  failureFrom,
  formText,
  keepingValues,
  looksLikeEmail,
  type FormFailure,
} from '../../lib/form-result.ts';
import { ORGANISATION_FIELDS, organisationProblems } from '../../lib/applying-organisation.ts';

/** The form's field names are the API's, so the server's `fields` land on the right control. */
export const JOIN_FIELDS = {
  ...ORGANISATION_FIELDS,
  adminName: 'admin.name',
  adminEmail: 'admin.email',
  password: 'admin.password',
} as const;

export type JoinResult = { ok: true; organisation: string; email: string } | FormFailure;

/** An organisation applies to join; its first admin account is made with it, pending. */
export async function joinAction({ request }: ActionFunctionArgs): Promise<JoinResult> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const a = accountMessages[lang];
  const j = membershipMessages[lang].join;
  const form = await request.formData();
  const name = formText(form, JOIN_FIELDS.name).trim();
  const kind = formText(form, JOIN_FIELDS.kind);
  const municipalityCode = formText(form, JOIN_FIELDS.municipality);
  const websiteText = formText(form, JOIN_FIELDS.website).trim();
  const adminName = formText(form, JOIN_FIELDS.adminName).trim();
  const email = formText(form, JOIN_FIELDS.adminEmail).trim();
  const password = formText(form, JOIN_FIELDS.password);

  // The portal's own rules, said with the others in one round (a review: they came a round later).
  const { fields, website } = organisationProblems(
    { name, kind, municipalityCode, website: websiteText },
    membershipMessages[lang],
  );
  if (!adminName) fields[JOIN_FIELDS.adminName] = j.required.adminName;
  if (!email) fields[JOIN_FIELDS.adminEmail] = j.required.adminEmail;
  else if (!looksLikeEmail(email)) fields[JOIN_FIELDS.adminEmail] = a.form.emailInvalid;
  Object.assign(fields, newPasswordProblems(password, formText(form, REPEAT_FIELD), JOIN_FIELDS.password, a, true));
  // Without scripts the page comes back anew: with what was typed (never the password).
  const typed = (result: FormFailure) =>
    keepingValues(result, form, [
      JOIN_FIELDS.name,
      JOIN_FIELDS.kind,
      JOIN_FIELDS.municipality,
      JOIN_FIELDS.website,
      JOIN_FIELDS.adminName,
      JOIN_FIELDS.adminEmail,
    ]);
  if (Object.keys(fields).length > 0) return typed(failure(a.form.checkFields, fields));

  try {
    await applyForMembership(
      {
        // The select offers the code list's kinds only; the server checks it all the same.
        organisation: { name, kind: kind as OrganisationKind, municipalityCode, ...(website ? { website } : {}) },
        admin: { name: adminName, email, password },
      },
      { lang },
    );
    return { ok: true, organisation: name, email };
  } catch (error) {
    return typed(failureFrom(error, a.form.offline));
  }
}
