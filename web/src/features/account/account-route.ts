import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { endPoolConsent, listMyApplications, withdrawApplication, type MyApplication } from '../../api/applications.ts';
import { changePassword, eraseMe, updateMe } from '../../api/auth.ts';
import { rememberSession } from '../../api/session.ts';
import type { Me } from '../../api/types.ts';
import { onSessionEnd, refusedWrite, requireUser, sessionEnded, userForWrite } from '../../lib/guards.ts';
import { newPasswordProblems, REPEAT_FIELD } from '../../components/new-password-fields.tsx';
import { accountMessages } from '../../i18n/account-messages.ts';
import { applicationMessages } from '../../i18n/application-messages.ts';
import { langFromPathname, type Lang } from '../../i18n/lang.ts';
import { paths } from '../../i18n/paths.ts';
import { setFlash } from '../../lib/flash.ts';
import { ALERT_INTENTS } from '../../lib/alert-actions.ts';
import { loadSavedSearches, savedSearchAction, type SavedSearchesData } from './saved-searches-route.ts';
import { failure, formText, type FormResult } from '../../lib/form-result.ts';

export interface AccountData {
  me: Me;
  /** A job seeker's applications; null when they could not be loaded (or for staff). */
  applications: MyApplication[] | null;
  /** A job seeker's saved searches (e-mail alerts); null for staff. */
  savedSearches: SavedSearchesData | null;
}

export async function accountLoader({ request }: LoaderFunctionArgs): Promise<AccountData> {
  const me = await requireUser(request, 'signed-in');
  if (me.role !== 'job_seeker') return { me, applications: null, savedSearches: null };
  const lang = langFromPathname(new URL(request.url).pathname);
  const savedSearches = loadSavedSearches(request, lang);
  try {
    const { items } = await listMyApplications({ lang, signal: request.signal });
    return { me, applications: items, savedSearches: await savedSearches };
  } catch (error) {
    onSessionEnd(error, request);
    // The list is one part of the page: the rest still works without it.
    return { me, applications: null, savedSearches: await savedSearches };
  }
}

/** What a form on the account page asks: a password change (the default), withdrawing, … */
export const WITHDRAW_INTENT = 'withdraw';
export const LEAVE_POOL_INTENT = 'leave-pool';
/** … erasing the account (job seekers), … */
export const ERASE_INTENT = 'erase';
/** … or the e-mail on a new application (staff), checkbox `notifyOnApplication`. */
export const NOTIFY_INTENT = 'notify';
export const NOTIFY_FIELD = 'notifyOnApplication';

export type AccountResult = FormResult<{ message?: string }>;

/**
 * Erases the account and everything about it once its password is confirmed (the server clears
 * the session cookies, and refuses a wrong password at its field), forgets
 * the session here, and ends on the home page, which says what happened.
 */
async function eraseAccount(request: Request, lang: Lang, form: FormData): Promise<AccountResult | Response> {
  const a = accountMessages[lang];
  const password = formText(form, 'password');
  if (!password) return failure(a.form.checkFields, { password: a.myData.passwordRequired });
  try {
    await eraseMe({ password }, { lang });
  } catch (error) {
    return refusedWrite(error, request, lang);
  }
  rememberSession(null);
  setFlash('accountErased');
  return redirect(paths.home(lang));
}

/** Saves the staff member's choice; the session then holds the answer, so a reload shows it. */
async function saveNotify(request: Request, lang: Lang, form: FormData): Promise<AccountResult> {
  const a = accountMessages[lang];
  const on = form.get(NOTIFY_FIELD) === 'on';
  try {
    rememberSession(await updateMe({ notifyOnApplication: on }, { lang }));
    return { ok: true, message: on ? a.notify.savedOn : a.notify.savedOff };
  } catch (error) {
    return refusedWrite(error, request, lang);
  }
}

/**
 * Changes the password (the server signs out every other browser and renews this one's
 * cookies), withdraws an application (`intent=withdraw`, `id`), erases the account
 * (`intent=erase`) or saves the notification setting (`intent=notify`).
 */
export async function accountAction({ request }: ActionFunctionArgs): Promise<AccountResult | Response> {
  const lang = langFromPathname(new URL(request.url).pathname);
  if (!(await userForWrite(request, 'signed-in'))) return sessionEnded(lang);
  const a = accountMessages[lang];
  const form = await request.formData();
  const intent = formText(form, 'intent');
  if (intent === ERASE_INTENT) return eraseAccount(request, lang, form);
  if (intent === NOTIFY_INTENT) return saveNotify(request, lang, form);
  if (ALERT_INTENTS.includes(intent)) return savedSearchAction(request, form, lang);
  if (intent === WITHDRAW_INTENT || intent === LEAVE_POOL_INTENT) {
    const m = applicationMessages[lang].mine;
    const title = formText(form, 'title');
    try {
      if (intent === LEAVE_POOL_INTENT) {
        await endPoolConsent(formText(form, 'id'), { lang });
        return { ok: true, message: m.leftPool(title) };
      }
      await withdrawApplication(formText(form, 'id'), { lang });
      return { ok: true, message: m.withdrawn(title) };
    } catch (error) {
      return refusedWrite(error, request, lang);
    }
  }
  const currentPassword = formText(form, 'currentPassword');
  const newPassword = formText(form, 'newPassword');
  const fields: Record<string, string> = {};
  if (!currentPassword) fields['currentPassword'] = a.form.required.currentPassword;
  Object.assign(fields, newPasswordProblems(newPassword, formText(form, REPEAT_FIELD), 'newPassword', a));
  if (Object.keys(fields).length > 0) return failure(a.form.checkFields, fields);
  try {
    await changePassword({ currentPassword, newPassword }, { lang });
    return { ok: true };
  } catch (error) {
    return refusedWrite(error, request, lang);
  }
}
