import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { acceptInvitation, lookupInvitation, type InvitationDetails } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { rememberSession } from '../../api/session.ts';
import { newPasswordProblems, REPEAT_FIELD } from '../../components/new-password-fields.tsx';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { roleHome } from '../../i18n/paths.ts';
import { failure, failureFrom, formText, type FormResult } from '../../lib/form-result.ts';
import { tokenLoader, type TokenData } from './token-route.ts';

export interface InvitationData extends TokenData {
  /** Who invites, for which address: known while the link works (null when it could not be asked). */
  invitation: InvitationDetails | null;
  /** The link expired or was withdrawn: only a new invitation helps. */
  spent: boolean;
  /** The invitation was accepted already: the account is ready to sign in to. */
  used: boolean;
}

/**
 * The invitation page says who invites and for which address before anything is used up
 * (the lookup spends nothing, so mail scanners that open the link do no harm). When the
 * server cannot be asked, the page still offers the form; accepting checks the token itself.
 */
export async function invitationLoader(args: LoaderFunctionArgs): Promise<InvitationData> {
  const { token } = tokenLoader(args);
  const none = { token, invitation: null, spent: false, used: false };
  if (!token) return none;
  const lang = langFromPathname(new URL(args.request.url).pathname);
  try {
    return { ...none, invitation: await lookupInvitation(token, { lang, signal: args.request.signal }) };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'invalid_token') return { ...none, spent: true };
    if (error instanceof ApiError && error.code === 'link_used') return { ...none, used: true };
    return none;
  }
}

/** Sets the invited staff member's password; the server signs them in, so on to their start page. */
export async function invitationAction({ request }: ActionFunctionArgs): Promise<FormResult | Response> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const a = accountMessages[lang];
  const form = await request.formData();
  const password = formText(form, 'password');
  const fields = newPasswordProblems(password, formText(form, REPEAT_FIELD), 'password', a, true);
  if (Object.keys(fields).length > 0) return failure(a.form.checkFields, fields);
  try {
    const { user } = await acceptInvitation({ token: formText(form, 'token'), password }, { lang });
    rememberSession(user);
    return redirect(roleHome(user.role, lang));
  } catch (error) {
    return failureFrom(error, a.form.offline);
  }
}
