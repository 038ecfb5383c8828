import { redirect, type ActionFunctionArgs } from 'react-router';
import { signOut } from '../../api/auth.ts';
import { rememberSession } from '../../api/session.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { paths } from '../../i18n/paths.ts';

/** Ends the session (the server clears the cookies), then shows "you have been signed out". */
export async function signOutAction({ request }: ActionFunctionArgs): Promise<Response> {
  const lang = langFromPathname(new URL(request.url).pathname);
  await signOut({ lang });
  rememberSession(null);
  return redirect(paths.signOut(lang));
}
