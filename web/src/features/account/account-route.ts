import type { ActionFunctionArgs, LoaderFunctionArgs } from 'react-router';
import { listMyApplications, withdrawApplication, type MyApplication } from '../../api/applications.ts';
import { changePassword } from '../../api/auth.ts';
import type { Me } from '../../api/types.ts';
import { onSessionEnd, requireUser } from '../../lib/guards.ts';
import { newPasswordProblems, REPEAT_FIELD } from '../../components/new-password-fields.tsx';
import { accountMessages } from '../../i18n/account-messages.ts';
import { applicationMessages } from '../../i18n/application-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { failure, failureFrom, formText, type FormResult } from '../../lib/form-result.ts';

export interface AccountData {
  me: Me;
  /** A job seeker's applications; null when they could not be loaded (or for staff). */
  applications: MyApplication[] | null;
}

export async function accountLoader({ request }: LoaderFunctionArgs): Promise<AccountData> {
  const me = await requireUser(request, 'signed-in');
  if (me.role !== 'job_seeker') return { me, applications: null };
  const lang = langFromPathname(new URL(request.url).pathname);
  try {
    const { items } = await listMyApplications({ lang, signal: request.signal });
    return { me, applications: items };
  } catch (error) {
    onSessionEnd(error, request);
    // The list is one part of the page: the rest still works without it.
    return { me, applications: null };
  }
}

/** What a form on the account page asks: a password change (the default) or withdrawing. */
export const WITHDRAW_INTENT = 'withdraw';

export type AccountResult = FormResult<{ message?: string }>;

/**
 * Changes the password (the server signs out every other browser and renews this one's
 * cookies), or withdraws an application (`intent=withdraw`, `id`).
 */
export async function accountAction({ request }: ActionFunctionArgs): Promise<AccountResult> {
  await requireUser(request, 'signed-in');
  const lang = langFromPathname(new URL(request.url).pathname);
  const a = accountMessages[lang];
  const form = await request.formData();
  if (formText(form, 'intent') === WITHDRAW_INTENT) {
    const m = applicationMessages[lang].mine;
    const title = formText(form, 'title');
    try {
      await withdrawApplication(formText(form, 'id'), { lang });
      return { ok: true, message: m.withdrawn(title) };
    } catch (error) {
      onSessionEnd(error, request);
      return failureFrom(error, a.form.offline);
    }
  }
  const currentPassword = formText(form, 'currentPassword');
  const newPassword = formText(form, 'newPassword');
  const fields: Record<string, string> = {};
  if (!currentPassword) fields['currentPassword'] = a.form.required.currentPassword;
  Object.assign(fields, newPasswordProblems(newPassword, formText(form, REPEAT_FIELD), 'newPassword', a));
  if (Object.keys(fields).length > 0) return failure(a.form.checkFields, fields);
  try {
    await changePassword({ currentPassword, newPassword }, { lang });
    return { ok: true };
  } catch (error) {
    onSessionEnd(error, request);
    return failureFrom(error, a.form.offline);
  }
}
