/**
 * The guest applicant's page: the loader reads the key (guest-key.ts) and asks the API what is
 * held for its address; the action withdraws one application, renews or takes back its pool
 * consent, or erases everything. A missing,
 * forged or expired key is not an error page but the page's own explanation.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  endMyPoolConsent,
  eraseMyData,
  getMyData,
  renewMyPoolConsent,
  withdrawMyApplication,
  type GuestData,
} from '../../api/my-data.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import { myDataMessages } from '../../i18n/my-data-messages.ts';
import { failureFrom, formText, type FormResult } from '../../lib/form-result.ts';
import { takeGuestKey } from './guest-key.ts';

export const WITHDRAW_INTENT = 'withdraw';
export const ERASE_INTENT = 'erase';
export const RENEW_INTENT = 'renew';
export const LEAVE_POOL_INTENT = 'leave-pool';

/** `data` when the key opened it; otherwise why not ('missing' when there is no key at all). */
export type MyDataLoaderData = { ok: true; data: GuestData } | { ok: false; reason: 'missing' | 'invalid' };

export type MyDataResult = FormResult<{ message: string; erased?: boolean }>;

export async function myDataLoader({ request }: LoaderFunctionArgs): Promise<MyDataLoaderData> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const guestKey = takeGuestKey();
  if (!guestKey) return { ok: false, reason: 'missing' };
  try {
    return { ok: true, data: await getMyData({ lang, guestKey, signal: request.signal }) };
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 400))
      return { ok: false, reason: 'invalid' };
    throw error;
  }
}

export async function myDataAction({ request }: ActionFunctionArgs): Promise<MyDataResult> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const m = myDataMessages[lang];
  const guestKey = takeGuestKey();
  const form = await request.formData();
  try {
    if (!guestKey) throw new ApiError(401, 'invalid_token', m.noKey.title);
    if (formText(form, 'intent') === ERASE_INTENT) {
      await eraseMyData({ lang, guestKey });
      return { ok: true, message: m.erase.done, erased: true };
    }
    if (formText(form, 'intent') === LEAVE_POOL_INTENT) {
      await endMyPoolConsent(formText(form, 'id'), { lang, guestKey });
      return { ok: true, message: m.pool.left };
    }
    if (formText(form, 'intent') === RENEW_INTENT) {
      const { poolConsentUntil } = await renewMyPoolConsent(formText(form, 'id'), { lang, guestKey });
      return { ok: true, message: m.pool.renewed(poolConsentUntil) };
    }
    await withdrawMyApplication(formText(form, 'id'), { lang, guestKey });
    return { ok: true, message: m.applications.withdrawn(formText(form, 'title')) };
  } catch (error) {
    return failureFrom(error, m.failed);
  }
}
