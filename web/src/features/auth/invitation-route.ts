import { redirect, type ActionFunctionArgs } from 'react-router';
import { acceptInvitation } from '../../api/auth.ts';
import { rememberSession } from '../../api/session.ts';
import { newPasswordProblems, REPEAT_FIELD } from '../../components/new-password-fields.tsx';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { roleHome } from '../../i18n/paths.ts';
import { failure, failureFrom, formText, type FormResult } from '../../lib/form-result.ts';

/** Sets the invited staff member's password; the server signs them in, so on to their start page. */
export async function invitationAction({ request }: ActionFunctionArgs): Promise<FormResult | Response> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const a = accountMessages[lang];
  const form = await request.formData();
  const password = formText(form, 'password');
  const fields = newPasswordProblems(password, formText(form, REPEAT_FIELD), 'password', a);
  if (Object.keys(fields).length > 0) return failure(a.form.checkFields, fields);
  try {
    const { user } = await acceptInvitation({ token: formText(form, 'token'), password }, { lang });
    rememberSession(user);
    return redirect(roleHome(user.role, lang));
  } catch (error) {
    return failureFrom(error, a.form.offline);
  }
}
