/**
 * Loaders and actions of the HR inbox: the organisation's applications (/beheer/sollicitaties,
 * filtered by `?status=`), one vacancy's (/beheer/vacatures/:id/sollicitaties), and one
 * application with its status change and notes. HR officers and organisation admins only;
 * the API answers 404 for an application of another organisation.
 */
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import {
  changeApplication,
  getApplication,
  isApplicationStatus,
  listOrganisationApplications,
  listVacancyApplications,
  nextStatuses,
  type ApplicationDetail,
  type ApplicationList,
  type ApplicationStatus,
  type InboxQuery,
  INBOX_PAGE_SIZE,
} from '../../api/applications.ts';
import { ApiError } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { getManagedVacancy } from '../../api/vacancy-management.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { applicationMessages, statusLabel } from '../../i18n/application-messages.ts';
import { langFromPathname, type Lang } from '../../i18n/lang.ts';
import { onSessionEnd, refusedWrite, requireStaff, sessionEnded, staffForWrite } from '../../lib/guards.ts';
import { failure, formText, type FormResult } from '../../lib/form-result.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const langOf = (request: Request): Lang => langFromPathname(new URL(request.url).pathname);

/** Runs an API call of a loader: an ended session goes to sign-in, a 404 is this page's 404. */
async function load<T>(request: Request, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    onSessionEnd(error, request);
    if (error instanceof ApiError && error.status === 404) throw data(null, { status: 404 });
    throw error;
  }
}

/** The status filter (`?status=`) and the page (`?page=`) asked for. */
function inboxQueryFrom(request: Request): InboxQuery {
  const params = new URL(request.url).searchParams;
  const status = params.get('status');
  const page = Math.min(Math.max(Number.parseInt(params.get('page') ?? '1', 10) || 1, 1), 1000);
  return { status: isApplicationStatus(status) ? status : null, page };
}

export interface InboxData {
  organisation: NonNullable<Me['organisation']>;
  list: ApplicationList;
  status: ApplicationStatus | null;
  /** The page shown, and how many there are. */
  page: number;
  pages: number;
  /** Set on one vacancy's inbox: the vacancy whose applications these are. */
  vacancy: { id: string; title: string } | null;
}

const pagesOf = (list: ApplicationList) => Math.max(1, Math.ceil(list.total / INBOX_PAGE_SIZE));

/** /beheer/sollicitaties?status=…&page=…: the organisation's applications, newest first. */
export async function inboxLoader({ request }: LoaderFunctionArgs): Promise<InboxData> {
  const { organisation } = await requireStaff(request);
  const query = inboxQueryFrom(request);
  const list = await load(request, () =>
    listOrganisationApplications(organisation.id, query, { lang: langOf(request), signal: request.signal }),
  );
  return { organisation, list, ...query, pages: pagesOf(list), vacancy: null };
}

/**
 * /beheer/vacatures/:id/sollicitaties?status=…&page=…: one vacancy's applications, newest first,
 * paged as the organisation's are (an HR review: only the newest 100 were shown, with no way on).
 */
export async function vacancyInboxLoader({ request, params }: LoaderFunctionArgs): Promise<InboxData> {
  const { organisation } = await requireStaff(request);
  const id = params['id'] ?? '';
  if (!UUID.test(id)) throw data(null, { status: 404 });
  const options = { lang: langOf(request), signal: request.signal };
  const query = inboxQueryFrom(request);
  const [vacancy, list] = await Promise.all([
    load(request, () => getManagedVacancy(id, options)),
    load(request, () => listVacancyApplications(id, query, options)),
  ]);
  // The same address answers other organisations' published vacancies: not ours to see.
  if (vacancy.organisation.slug !== organisation.slug) throw data(null, { status: 404 });
  return { organisation, list, ...query, pages: pagesOf(list), vacancy: { id: vacancy.id, title: vacancy.title } };
}

/** The form field that asks for a rejection in the portal's standard words (a member that is not active). */
export const STANDARD_REJECTION = 'standardRejection';

export interface ApplicationData {
  organisation: NonNullable<Me['organisation']>;
  application: ApplicationDetail;
}

/** One application; reading it marks it seen. */
export async function applicationLoader({ request, params }: LoaderFunctionArgs): Promise<ApplicationData> {
  const { organisation } = await requireStaff(request);
  const id = params['id'] ?? '';
  if (!UUID.test(id)) throw data(null, { status: 404 });
  const application = await load(request, () => getApplication(id, { lang: langOf(request), signal: request.signal }));
  return { organisation, application };
}

export const STATUS_INTENT = 'status';
export const NOTE_INTENT = 'note';

export type ApplicationResult = FormResult<{ message: string }>;

/** Moves the application on (with the rejection message when rejecting), or adds a note. */
export async function applicationAction({ request, params }: ActionFunctionArgs): Promise<ApplicationResult> {
  const lang = langOf(request);
  if (!(await staffForWrite(request))) return sessionEnded(lang);
  const a = accountMessages[lang];
  const ap = applicationMessages[lang];
  const id = params['id'] ?? '';
  if (!UUID.test(id)) throw data(null, { status: 404 });
  const form = await request.formData();
  try {
    if (formText(form, 'intent') === NOTE_INTENT) {
      const note = formText(form, 'note').trim();
      if (!note) return failure(a.form.checkFields, { note: ap.detail.required.note });
      await changeApplication(id, { note }, { lang });
      return { ok: true, message: ap.detail.noteAdded };
    }
    const status = formText(form, 'status');
    const current = formText(form, 'current');
    if (!isApplicationStatus(status) || !nextStatuses(current).includes(status)) {
      return failure(a.form.checkFields, { status: ap.detail.required.status });
    }
    // A member that is not active rejects with the portal's standard message (no text of its own).
    const standard = formText(form, STANDARD_REJECTION) === '1';
    const rejectionMessage = formText(form, 'rejectionMessage').trim();
    if (status === 'rejected' && !standard && !rejectionMessage) {
      return failure(a.form.checkFields, { rejectionMessage: ap.detail.required.rejectionMessage });
    }
    const withMessage = status === 'rejected' && !standard;
    await changeApplication(id, withMessage ? { status, rejectionMessage } : { status }, { lang });
    const message = status === 'rejected' ? ap.detail.rejectedMailed : ap.detail.statusChanged(statusLabel(ap, status));
    return { ok: true, message };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) throw data(null, { status: 404 });
    return refusedWrite(error, request, lang);
  }
}
