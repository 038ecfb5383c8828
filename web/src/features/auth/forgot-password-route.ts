import type { ActionFunctionArgs } from 'react-router';
import { requestPasswordReset } from '../../api/auth.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { failure, failureFrom, formText, looksLikeEmail, type FormResult } from '../../lib/form-result.ts';

export type ForgotPasswordResult = FormResult<{ email: string }>;

/** Asks for a reset link. The answer is the same whether or not the account exists. */
export async function forgotPasswordAction({ request }: ActionFunctionArgs): Promise<ForgotPasswordResult> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const a = accountMessages[lang];
  const email = formText(await request.formData(), 'email').trim();
  if (!email) return failure(a.form.checkFields, { email: a.form.required.email });
  if (!looksLikeEmail(email)) return failure(a.form.checkFields, { email: a.form.emailInvalid });
  try {
    await requestPasswordReset({ email, locale: lang }, { lang });
    return { ok: true, email };
  } catch (error) {
    return failureFrom(error, a.form.offline);
  }
}
