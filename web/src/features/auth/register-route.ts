import { redirect, type ActionFunctionArgs } from 'react-router';
import { register } from '../../api/auth.ts';
import { rememberSession } from '../../api/session.ts';
import { newPasswordProblems, REPEAT_FIELD } from '../../components/new-password-fields.tsx';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { roleHome } from '../../i18n/paths.ts';
import { failure, failureFrom, formText, looksLikeEmail, type FormResult } from '../../lib/form-result.ts';
import { safeNextPath } from '../../lib/safe-url.ts';

/** Creates a job seeker account; the server signs it in at once. */
export async function registerAction({ request }: ActionFunctionArgs): Promise<FormResult | Response> {
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
  Object.assign(fields, newPasswordProblems(password, formText(form, REPEAT_FIELD), 'password', a));
  if (Object.keys(fields).length > 0) return failure(a.form.checkFields, fields);
  try {
    const { user } = await register({ name, email, password, locale: lang }, { lang });
    rememberSession(user);
    return redirect(safeNextPath(formText(form, 'next')) ?? roleHome(user.role, lang));
  } catch (error) {
    return failureFrom(error, a.form.offline);
  }
}
