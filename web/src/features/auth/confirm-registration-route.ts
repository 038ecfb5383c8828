import { redirect, type ActionFunctionArgs } from 'react-router';
import { confirmRegistration } from '../../api/auth.ts';
import { rememberSession } from '../../api/session.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { roleHome } from '../../i18n/paths.ts';
import { setFlash } from '../../lib/flash.ts';
import { failure, failureFrom, formText, type FormResult } from '../../lib/form-result.ts';

/** Confirms the address with the e-mailed token; the server signs the account in, so on to its start page. */
export async function confirmRegistrationAction({ request }: ActionFunctionArgs): Promise<FormResult | Response> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const a = accountMessages[lang];
  const form = await request.formData();
  try {
    const password = formText(form, 'password');
    if (!password) return failure(a.form.checkFields, { password: a.form.required.password });
    const { user } = await confirmRegistration({ token: formText(form, 'token'), password }, { lang });
    rememberSession(user);
    // Said on the account's page, which showed nothing of it (a job seeker's review).
    setFlash('addressConfirmed');
    return redirect(roleHome(user.role, lang));
  } catch (error) {
    return failureFrom(error, a.form.offline);
  }
}
