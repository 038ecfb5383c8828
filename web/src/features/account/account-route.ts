import type { ActionFunctionArgs, LoaderFunctionArgs } from 'react-router';
import { changePassword } from '../../api/auth.ts';
import type { Me } from '../../api/types.ts';
import { onSessionEnd, requireUser } from '../../lib/guards.ts';
import { newPasswordProblems, REPEAT_FIELD } from '../../components/new-password-fields.tsx';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { failure, failureFrom, formText, type FormResult } from '../../lib/form-result.ts';

export interface AccountData {
  me: Me;
}

export async function accountLoader({ request }: LoaderFunctionArgs): Promise<AccountData> {
  return { me: await requireUser(request, 'signed-in') };
}

/** Changes the password; the server signs out every other browser and renews this one's cookies. */
export async function accountAction({ request }: ActionFunctionArgs): Promise<FormResult> {
  await requireUser(request, 'signed-in');
  const lang = langFromPathname(new URL(request.url).pathname);
  const a = accountMessages[lang];
  const form = await request.formData();
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
