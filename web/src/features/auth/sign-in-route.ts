import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { signIn } from '../../api/auth.ts';
import { loadSession, rememberSession } from '../../api/session.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { roleHome } from '../../i18n/paths.ts';
import { failure, failureFrom, formText, type FormResult } from '../../lib/form-result.ts';
import { safeNextPath } from '../../lib/safe-url.ts';

export interface SignInData {
  /** The page to return to after signing in, when it is one of ours. */
  next: string | null;
}

/** Someone already signed in goes on to where they were heading. */
export async function signInLoader({ request }: LoaderFunctionArgs): Promise<SignInData> {
  const url = new URL(request.url);
  const lang = langFromPathname(url.pathname);
  const next = safeNextPath(url.searchParams.get('next'));
  const me = await loadSession(lang).catch(() => null);
  if (me) throw redirect(next ?? roleHome(me.role, lang));
  return { next };
}

export async function signInAction({ request }: ActionFunctionArgs): Promise<FormResult | Response> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const a = accountMessages[lang];
  const form = await request.formData();
  const email = formText(form, 'email').trim();
  const password = formText(form, 'password');
  const fields: Record<string, string> = {};
  if (!email) fields['email'] = a.form.required.email;
  if (!password) fields['password'] = a.form.required.password;
  if (Object.keys(fields).length > 0) return failure(a.form.checkFields, fields);
  try {
    const { user } = await signIn({ email, password }, { lang });
    rememberSession(user);
    return redirect(safeNextPath(formText(form, 'next')) ?? roleHome(user.role, lang));
  } catch (error) {
    return failureFrom(error, a.form.offline);
  }
}
