/**
 * The vacancy page's action: applying through the portal. It checks what it can before the
 * upload (required fields, lengths, the files' type and size), then sends the form as
 * `multipart/form-data` and answers `{ ok: true, email }` or a `FormFailure`.
 */
import { data, type ActionFunctionArgs } from 'react-router';
import { applyToVacancy, type Consent } from '../../api/applications.ts';
import { ApiError } from '../../api/client.ts';
import { applicationMessages, type ApplicationMessages } from '../../i18n/application-messages.ts';
import { langFromPathname } from '../../i18n/lang.ts';
import {
  failure,
  failureFrom,
  formText,
  keepingValues,
  looksLikeEmail,
  type FormFailure,
  type FormResult,
} from '../../lib/form-result.ts';
import { vacancyIdFrom } from '../../lib/vacancy-id.ts';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const FILE_NAME = /\.(pdf|docx)$/i;

export type ApplyResult = FormResult<{ email: string; consent: Consent }>;

/** The file chosen: the browser sends "none" as an empty part without a name; an empty file has one. */
function chosenFile(form: FormData, name: string): File | null {
  const value = form.get(name);
  return value instanceof File && (value.size > 0 || value.name !== '') ? value : null;
}

function fileProblem(file: File, m: ApplicationMessages['apply']): string | null {
  if (!FILE_NAME.test(file.name)) return m.fileType;
  if (file.size === 0) return m.fileEmpty;
  if (file.size > MAX_FILE_BYTES) return m.fileTooLarge;
  return null;
}

/** What the server refused, in words that say what to do; its own message where it names a field. */
function applyFailure(error: unknown, m: ApplicationMessages['apply']) {
  const result = failureFrom(error, m.offline);
  if (!(error instanceof ApiError)) return result;
  const field = Object.keys(error.fields)[0] ?? 'cv';
  if (error.status === 413) return failure(m.checkFields, { [field]: m.fileTooLarge }, error);
  // The name said .pdf or .docx (checked before sending), the bytes did not: "choose a PDF" for a
  // file named .pdf made no sense (a job seeker's review).
  if (error.status === 415) return failure(m.checkFields, { [field]: m.fileUnreadable }, error);
  // Applied before with this account: the server says where that application is.
  if (error.status === 409 && error.code === 'already_applied') return failure(error.message, {}, error);
  if (error.status === 409) return failure(m.closed, {}, error);
  // 429: the server's message says how long to wait; keep it when there is one.
  if (error.status === 429) return failure(error.message || m.tooMany, {}, error);
  return result;
}

export async function applyAction({ request, params }: ActionFunctionArgs): Promise<ApplyResult> {
  const id = vacancyIdFrom(params['idSlug']);
  if (!id) throw data(null, { status: 404 });
  const lang = langFromPathname(new URL(request.url).pathname);
  const m = applicationMessages[lang].apply;
  const form = await request.formData();
  const name = formText(form, 'name').trim();
  const email = formText(form, 'email').trim();
  const phone = formText(form, 'phone').trim();
  // Line ends as typed (`formText`), characters as the API counts them (below: an emoji is one).
  const motivation = formText(form, 'motivation').trim();
  // A choice the form does not offer goes to the API as sent, which names it (it was taken as
  // "procedure" unseen; an attacker's review).
  const chosenConsent = formText(form, 'consent') || 'procedure';
  const consent = chosenConsent === 'pool' ? 'pool' : 'procedure';
  const cv = chosenFile(form, 'cv');
  const letter = chosenFile(form, 'letter');

  const fields: Record<string, string> = {};
  if (!name) fields['name'] = m.required.name;
  else if (name.length > 200) fields['name'] = m.tooLong.name;
  if (!email) fields['email'] = m.required.email;
  else if (!looksLikeEmail(email)) fields['email'] = m.emailInvalid;
  if (phone.length > 40) fields['phone'] = m.tooLong.phone;
  if (!motivation) fields['motivation'] = m.required.motivation;
  else if (Array.from(motivation).length > 5000) fields['motivation'] = m.tooLong.motivation;
  const cvProblem = cv ? fileProblem(cv, m) : m.required.cv;
  if (cvProblem) fields['cv'] = cvProblem;
  const letterProblem = letter ? fileProblem(letter, m) : null;
  if (letterProblem) fields['letter'] = letterProblem;
  // Without scripts the page comes back anew: with what was typed. No browser fills a file in
  // again, so the names of those chosen come back, for the form to ask for them again.
  const typed = (result: FormFailure) => {
    const kept = keepingValues(result, form, ['name', 'email', 'phone', 'motivation', 'consent']);
    return { ...kept, values: { ...kept.values, cv: cv?.name ?? '', letter: letter?.name ?? '' } };
  };
  if (Object.keys(fields).length > 0) return typed(failure(m.checkFields, fields));

  // Only the parts the API reads, in its names; the honeypot goes as it was filled in.
  const body = new FormData();
  body.set('name', name);
  body.set('email', email);
  if (phone) body.set('phone', phone);
  body.set('motivation', motivation);
  body.set('consent', chosenConsent);
  body.set('website', formText(form, 'website'));
  body.set('cv', cv!, cv!.name);
  if (letter) body.set('letter', letter, letter.name);
  try {
    await applyToVacancy(id, body, { lang });
    return { ok: true, email, consent };
  } catch (error) {
    return typed(applyFailure(error, m));
  }
}
