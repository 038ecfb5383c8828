/**
 * /alert/nieuw?<search> (/en/alert/new?<search>): making an e-mail alert of the search in the
 * query string. Signed in as a job seeker it is saved at once (201); otherwise a confirmation
 * mail goes out (202) and nothing is sent before it is clicked.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from 'react-router';
import { createAlert, isFrequency } from '../../api/alerts.ts';
import { ApiError } from '../../api/client.ts';
import { loadOrganisationNames, type OrganisationNames } from '../../api/organisations.ts';
import { loadSession } from '../../api/session.ts';
import { searchVacancies } from '../../api/vacancies.ts';
import { alertsMessages } from '../../i18n/alerts-messages.ts';
import { langFromPathname, type Lang } from '../../i18n/lang.ts';
import {
  failure,
  failureFrom,
  formText,
  keepingValues,
  looksLikeEmail,
  type FormFailure,
  type FormResult,
} from '../../lib/form-result.ts';
import { ALERT_NAME_MAX } from '../../lib/alerts.ts';
import { alertQuery } from './alert-query.ts';

export interface NewAlertData {
  /** The search the alert will keep (`q=…&category=…`). */
  query: string;
  organisationNames: OrganisationNames;
  /** The municipality of a postcode the search is around, as the search page names it: "5038 (Tilburg)". */
  nearTown?: string;
}

export type NewAlertResult = FormResult<{ status: 'active' | 'confirmation_sent'; email: string }>;

export async function newAlertLoader({ request }: LoaderFunctionArgs): Promise<NewAlertData> {
  const url = new URL(request.url);
  const lang = langFromPathname(url.pathname);
  const query = alertQuery(url.searchParams);
  const [organisationNames, nearTown] = await Promise.all([
    loadOrganisationNames({ lang }).catch((): OrganisationNames => ({})),
    postcodeTownOf(query, lang),
  ]);
  return { query, organisationNames, ...(nearTown ? { nearTown } : {}) };
}

/**
 * Where a postcode searched around lies: the page and the alert's name said "binnen 25 km van
 * 5211 AB" where the search page says "(’s-Hertogenbosch)" (a review). Only the search knows the
 * postcodes, so it is asked for one hit; without an answer the postcode stands alone.
 */
async function postcodeTownOf(query: string, lang: Lang): Promise<string | undefined> {
  const params = new URLSearchParams(query);
  if (!/^\s*\d{4}/.test(params.get('near') ?? '')) return undefined;
  params.set('pageSize', '1');
  return searchVacancies(params, { lang }).then(
    (result) => result.nearTown,
    () => undefined,
  );
}

export async function newAlertAction({ request }: ActionFunctionArgs): Promise<NewAlertResult> {
  const lang = langFromPathname(new URL(request.url).pathname);
  const m = alertsMessages[lang].newAlert;
  const form = await request.formData();
  const me = await loadSession(lang).catch(() => null);
  const seeker = me?.role === 'job_seeker' ? me : null;
  const email = seeker ? seeker.email : formText(form, 'email').trim();
  const name = formText(form, 'name').trim() || formText(form, 'defaultName').trim();
  const frequency = formText(form, 'frequency');

  const fields: Record<string, string> = {};
  if (!seeker && !email) fields['email'] = m.required.email;
  else if (!seeker && !looksLikeEmail(email)) fields['email'] = m.emailInvalid;
  if (!name) fields['name'] = m.required.name;
  else if (name.length > ALERT_NAME_MAX) fields['name'] = m.tooLong.name;
  if (!isFrequency(frequency)) fields['frequency'] = m.checkFields;
  // Without scripts the page comes back anew: with what was typed.
  const typed = (result: FormFailure) => keepingValues(result, form, ['name', 'email', 'frequency']);
  if (Object.keys(fields).length > 0 || !isFrequency(frequency)) return typed(failure(m.checkFields, fields));

  try {
    const created = await createAlert(
      // The honeypot goes as it was filled in: the server turns bots away.
      { email, query: formText(form, 'query'), frequency, name, lang, website: formText(form, 'website') },
      { lang },
    );
    return { ok: true, status: created.status, email };
  } catch (error) {
    if (error instanceof ApiError && error.status === 429) {
      const minutes = error.retryAfter === null ? null : Math.max(1, Math.ceil(error.retryAfter / 60));
      return typed(failure(m.tooMany(minutes), {}, error));
    }
    // The server's message and its field messages are worded for people, in their language.
    return typed(failureFrom(error, m.offline));
  }
}
