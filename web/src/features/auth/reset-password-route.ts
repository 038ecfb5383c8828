import type { ActionFunctionArgs } from 'react-router';
import { resetPassword } from '../../api/auth.ts';
import { forgetSession } from '../../api/session.ts';
import { newPasswordProblems, REPEAT_FIELD } from '../../components/new-password-fields.tsx';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { failure, failureFrom, formText, type FormResult } from '../../lib/form-result.ts';

/** Sets the new password. The server ends every session of the account, this one included. */
export async function resetPasswordAction({ request }: ActionFunctionArgs): Promise<FormResult> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const a = accountMessages[lang];
  const form = await request.formData();
  const password = formText(form, 'password');
  const fields = newPasswordProblems(password, formText(form, REPEAT_FIELD), 'password', a);
  if (Object.keys(fields).length > 0) return failure(a.form.checkFields, fields);
  try {
    await resetPassword({ token: formText(form, 'token'), password }, { lang });
    forgetSession();
    return { ok: true };
  } catch (error) {
    return failureFrom(error, a.form.offline);
  }
}
