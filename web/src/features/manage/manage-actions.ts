import { data, redirect, type ActionFunctionArgs } from 'react-router';
import { createApiKey, revokeApiKey } from '../../api/api-keys.ts';
import { forgetSession } from '../../api/session.ts';
import { changeStaffRole, inviteStaff, removeStaff } from '../../api/staff.ts';
import type { ApiKeyScope, NewApiKey, StaffRole } from '../../api/types.ts';
import { refusedWrite, sessionEnded, staffForWrite } from '../../lib/guards.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname, type Lang } from '../../i18n/lang.ts';
import { paths } from '../../i18n/paths.ts';
import { failure, formText, looksLikeEmail, type FormFailure } from '../../lib/form-result.ts';

const STAFF_ROLES: readonly StaffRole[] = ['hr_officer', 'org_admin'];
const isStaffRole = (value: string): value is StaffRole => (STAFF_ROLES as readonly string[]).includes(value);
const isLang = (value: string): value is Lang => value === 'nl' || value === 'en';
export const API_KEY_SCOPES: readonly ApiKeyScope[] = ['read', 'write', 'publish'];
const isScope = (value: string): value is ApiKeyScope => (API_KEY_SCOPES as readonly string[]).includes(value);

/**
 * What the staff page's forms get back: what to tell the admin. Each form has its own
 * fetcher, so each sees only its own answer.
 */
/** `email`: the address an invitation went to, whose row the message is about. */
export type StaffResult = { ok: true; intent: string; message: string; email?: string } | FormFailure;

/** The forms of /beheer/medewerkers, told apart by `intent`: invite, role, remove. */
export async function staffAction({ request }: ActionFunctionArgs): Promise<StaffResult | Response> {
  const staff = await staffForWrite(request, ['org_admin']);
  const lang = langFromPathname(new URL(request.url).pathname);
  if (!staff) return sessionEnded(lang);
  const { me, organisation } = staff;
  const a = accountMessages[lang];
  const form = await request.formData();
  const intent = formText(form, 'intent');
  const options = { lang };
  try {
    if (intent === 'invite') {
      const email = formText(form, 'email').trim();
      const name = formText(form, 'name').trim();
      const role = formText(form, 'role');
      const locale = formText(form, 'locale');
      const fields: Record<string, string> = {};
      if (!email) fields['email'] = a.form.required.staffEmail;
      else if (!looksLikeEmail(email)) fields['email'] = a.form.emailInvalid;
      if (!name) fields['name'] = a.form.required.staffName;
      if (Object.keys(fields).length > 0) return failure(a.form.checkFields, fields);
      const member = await inviteStaff(
        organisation.id,
        { email, name, role: isStaffRole(role) ? role : 'hr_officer', locale: isLang(locale) ? locale : lang },
        options,
      );
      return { ok: true, intent, message: a.staff.invited(member.email), email: member.email };
    }
    if (intent === 'role') {
      const userId = formText(form, 'userId');
      const role = formText(form, 'role');
      if (!isStaffRole(role)) throw data(null, { status: 400 });
      await changeStaffRole(organisation.id, userId, role, options);
      if (userId === me.id) {
        // Your own role: the header and the pages you may see follow it.
        forgetSession();
        if (role !== 'org_admin') return redirect(paths.manage(lang));
      }
      return { ok: true, intent, message: a.staff.roleSaved };
    }
    if (intent === 'remove') {
      await removeStaff(organisation.id, formText(form, 'userId'), options);
      return { ok: true, intent, message: a.staff.removed(formText(form, 'name')) };
    }
    throw data(null, { status: 400 });
  } catch (error) {
    return refusedWrite(error, request, lang);
  }
}

export type ApiKeyResult =
  { ok: true; intent: 'create'; created: NewApiKey } | { ok: true; intent: 'revoke'; message: string } | FormFailure;

/** The forms of /beheer/api-sleutels: create (answers with the secret, once) and revoke. */
export async function apiKeysAction({ request }: ActionFunctionArgs): Promise<ApiKeyResult | Response> {
  const staff = await staffForWrite(request, ['org_admin']);
  const lang = langFromPathname(new URL(request.url).pathname);
  if (!staff) return sessionEnded(lang);
  const { organisation } = staff;
  const a = accountMessages[lang];
  const form = await request.formData();
  const intent = formText(form, 'intent');
  try {
    if (intent === 'create') {
      const name = formText(form, 'name').trim();
      const scopes = form.getAll('scopes').map(String).filter(isScope);
      const fields: Record<string, string> = {};
      if (!name) fields['name'] = a.form.required.keyName;
      if (scopes.length === 0) fields['scopes'] = a.form.required.keyScopes;
      if (Object.keys(fields).length > 0) return failure(a.form.checkFields, fields);
      const created = await createApiKey(organisation.id, { name, scopes }, { lang });
      return { ok: true, intent, created };
    }
    if (intent === 'revoke') {
      await revokeApiKey(organisation.id, formText(form, 'keyId'), { lang });
      return { ok: true, intent, message: a.apiKeys.revoked(formText(form, 'name')) };
    }
    throw data(null, { status: 400 });
  } catch (error) {
    return refusedWrite(error, request, lang);
  }
}
