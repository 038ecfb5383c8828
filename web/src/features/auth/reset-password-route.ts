import type { ActionFunctionArgs, LoaderFunctionArgs } from 'react-router';
import { checkResetLink, resetPassword } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { forgetSession } from '../../api/session.ts';
import { newPasswordProblems, REPEAT_FIELD } from '../../components/new-password-fields.tsx';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { failure, failureFrom, formText, type FormResult } from '../../lib/form-result.ts';
import { tokenLoader, type TokenData } from './token-route.ts';

export interface ResetData extends TokenData {
  /** The link was used or has expired: only a new one helps (said before a password is typed). */
  spent: boolean;
}

/** The link's token, and whether it still works; when the server cannot be asked, the form (its answer says). */
export async function resetPasswordLoader(args: LoaderFunctionArgs): Promise<ResetData> {
  const { token } = tokenLoader(args);
  if (!token) return { token, spent: false };
  const lang = langFromPathname(new URL(args.request.url).pathname);
  try {
    await checkResetLink(token, { lang, signal: args.request.signal });
    return { token, spent: false };
  } catch (error) {
    return { token, spent: error instanceof ApiError && error.code === 'invalid_token' };
  }
}

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
