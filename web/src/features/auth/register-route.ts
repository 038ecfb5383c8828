import type { ActionFunctionArgs } from 'react-router';
import { register } from '../../api/auth.ts';
import { newPasswordProblems, REPEAT_FIELD } from '../../components/new-password-fields.tsx';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { failure, failureFrom, formText, looksLikeEmail, type FormResult } from '../../lib/form-result.ts';

export type RegisterResult = FormResult<{ email: string }>;

/**
 * Asks for a job seeker account. The server answers the same whether or not the address has
 * an account and mails the address; so the page says "check your e-mail", nothing more.
 */
export async function registerAction({ request }: ActionFunctionArgs): Promise<RegisterResult> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const a = accountMessages[lang];
  const form = await request.formData();
  const name = formText(form, 'name').trim();
  const email = formText(form, 'email').trim();
  const password = formText(form, 'password');
  const fields: Record<string, string> = {};
  if (!name) fields['name'] = a.form.required.name;
  if (!email) fields['email'] = a.form.required.email;
  else if (!looksLikeEmail(email)) fields['email'] = a.form.emailInvalid;
  Object.assign(fields, newPasswordProblems(password, formText(form, REPEAT_FIELD), 'password', a, true));
  if (Object.keys(fields).length > 0) return failure(a.form.checkFields, fields);
  try {
    await register({ name, email, password, locale: lang }, { lang });
    return { ok: true, email };
  } catch (error) {
    return failureFrom(error, a.form.offline);
  }
}
