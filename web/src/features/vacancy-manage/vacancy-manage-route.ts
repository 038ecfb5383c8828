/**
 * Loaders and actions of /beheer/vacatures: the list, a new vacancy, one vacancy (edit, state
 * changes, duplicate, history) and its preview. HR officers and organisation admins only.
 */
import { listVacancyApplications, openApplicationsIn } from '../../api/applications.ts';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { getOrganisation } from '../../api/organisations.ts';
import { listStaff } from '../../api/staff.ts';
import type { Me } from '../../api/types.ts';
import {
  changeVacancyState,
  createVacancy,
  duplicateVacancy,
  getManagedVacancy,
  getVacancyHistory,
  isVacancyState,
  listManagedVacancies,
  updateVacancy,
  type HistoryEntry,
  type ManagedVacancy,
  type ManagedVacancyList,
  type VacancyState,
} from '../../api/vacancy-management.ts';
import { onSessionEnd, refusedWrite, requireStaff, sessionEnded, staffForWrite } from '../../lib/guards.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname, type Lang } from '../../i18n/lang.ts';
import { vacancyManageMessages } from '../../i18n/vacancy-manage-messages.ts';
import { failureFrom, formText, type FormFailure } from '../../lib/form-result.ts';
import { formatMoment } from '../../i18n/format.ts';
import { fieldsOfForm, inputFromForm, type FormInput } from './vacancy-form-values.ts';

export const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface StaffData {
  me: Me;
  organisation: NonNullable<Me['organisation']>;
}

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

export interface VacanciesData extends StaffData {
  /** Null when the server refused the search or order; `failure` then says why, per field. */
  list: ManagedVacancyList | null;
  failure: FormFailure | null;
  /** The state shown, or null for all. */
  state: VacancyState | null;
  page: number;
  /** The search words and the order, as the address holds them ('' for none, the default order). */
  q: string;
  sort: string;
}

/**
 * /beheer/vacatures?state=…&q=…&sort=…&page=…: the organisation's vacancies, last changed first
 * unless another order is asked. The address holds it all, so reloading and going back keep it.
 */
export async function vacanciesLoader({ request }: LoaderFunctionArgs): Promise<VacanciesData> {
  const { me, organisation } = await requireStaff(request);
  const url = new URL(request.url);
  const lang = langOf(request);
  const stateParam = url.searchParams.get('state');
  const state = isVacancyState(stateParam) ? stateParam : null;
  const page = Math.min(Math.max(Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1, 1), 1000);
  const q = url.searchParams.get('q')?.trim() ?? '';
  const sort = url.searchParams.get('sort') ?? '';
  try {
    const list = await load(request, () =>
      listManagedVacancies(
        organisation.id,
        { state, q, sort, page, pageSize: PAGE_SIZE },
        { lang, signal: request.signal },
      ),
    );
    return { me, organisation, list, failure: null, state, page, q, sort };
  } catch (error) {
    // An address with a search or order the server refuses: its messages, beside the form.
    if (!(error instanceof ApiError && error.status === 400)) throw error;
    const failure = failureFrom(error, accountMessages[lang].form.offline);
    return { me, organisation, list: null, failure, state, page, q, sort };
  }
}

export interface NewVacancyData extends StaffData {
  /** The organisation's own municipality, the first guess for where the work is. */
  municipalityCode: string;
}

export async function newVacancyLoader({ request }: LoaderFunctionArgs): Promise<NewVacancyData> {
  const { me, organisation } = await requireStaff(request);
  const lang = langOf(request);
  // The public page of a suspended member is gone: then there is no guess.
  const municipalityCode = await getOrganisation(organisation.slug, { lang, signal: request.signal }).then(
    (o) => o.municipalityCode,
    () => '',
  );
  return { me, organisation, municipalityCode };
}

export interface VacancyData extends StaffData {
  vacancy: ManagedVacancy;
  history: HistoryEntry[];
  /** Staff names by user id, for the history; only admins may list their colleagues. */
  staffNames: Record<string, string>;
  /** Its applications still in their procedure (received, in review, invited): closing leaves them so. */
  openApplications: number;
}

async function loadOwnVacancy(request: Request, id: string | undefined, organisation: StaffData['organisation']) {
  if (!id || !UUID.test(id)) throw data(null, { status: 404 });
  const lang = langOf(request);
  const vacancy = await load(request, () => getManagedVacancy(id, { lang, signal: request.signal }));
  // The same address answers other organisations' published vacancies: not ours to manage.
  if (vacancy.organisation.slug !== organisation.slug) throw data(null, { status: 404 });
  return vacancy;
}

export async function vacancyLoader({ request, params }: LoaderFunctionArgs): Promise<VacancyData> {
  const { me, organisation } = await requireStaff(request);
  const lang = langOf(request);
  const id = params['id'] ?? '';
  if (!UUID.test(id)) throw data(null, { status: 404 });
  const [vacancy, history, staffNames, openApplications] = await Promise.all([
    loadOwnVacancy(request, id, organisation),
    load(request, () => getVacancyHistory(id, { lang, signal: request.signal })).then((h) => h.items),
    me.role === 'org_admin'
      ? listStaff(organisation.id, { lang, signal: request.signal }).then(
          ({ items }) => Object.fromEntries(items.map((member) => [member.id, member.name])),
          () => ({}),
        )
      : Promise.resolve({}),
    // Only the counts: a page of one. Not worth failing the page for.
    listVacancyApplications(id, { status: null, page: 1, pageSize: 1 }, { lang, signal: request.signal }).then(
      openApplicationsIn,
      () => 0,
    ),
  ]);
  return { me, organisation, vacancy, history, staffNames, openApplications };
}

export interface VacancyPreviewData extends StaffData {
  vacancy: ManagedVacancy;
}

export async function vacancyPreviewLoader({ request, params }: LoaderFunctionArgs): Promise<VacancyPreviewData> {
  const { me, organisation } = await requireStaff(request);
  return { me, organisation, vacancy: await loadOwnVacancy(request, params['id'], organisation) };
}

export type VacancyIntent = 'create' | 'save' | 'publish' | 'close' | 'reopen' | 'unschedule' | 'duplicate';

/**
 * What the vacancy forms get back. Either way `version` is the version the form is now
 * based on: the new one after a change, the one that was sent when nothing changed.
 */
export type VacancyActionResult =
  | { ok: true; intent: VacancyIntent; message: string; vacancy: ManagedVacancy; version: number }
  | (FormFailure & { intent: VacancyIntent; version: number });

/**
 * A refused save as the form shows it: the server's problems moved to the form's rows, with the
 * browser's own (which say more) for the fields it already found wrong. The form was sent even
 * then, so every problem comes in one answer.
 */
function refusal(
  error: unknown,
  request: Request,
  lang: Lang,
  form: Pick<FormInput, 'problems' | 'placeRows'>,
): FormFailure {
  const result = refusedWrite(error, request, lang);
  return { ...result, fields: { ...fieldsOfForm(result.fields, form.placeRows), ...form.problems } };
}

/** /beheer/vacatures/nieuw: saves the form as a new draft. */
export async function newVacancyAction({ request }: ActionFunctionArgs): Promise<VacancyActionResult> {
  const staff = await staffForWrite(request);
  const lang = langOf(request);
  if (!staff) return { ...sessionEnded(lang), intent: 'create', version: 0 };
  const { organisation } = staff;
  const v = vacancyManageMessages[lang];
  const form = inputFromForm(await request.formData(), v);
  try {
    const vacancy = await createVacancy(organisation.id, form.input, { lang });
    return { ok: true, intent: 'create', message: v.results.created, vacancy, version: vacancy.version };
  } catch (error) {
    return { ...refusal(error, request, lang, form), intent: 'create', version: 0 };
  }
}

const INTENTS: readonly VacancyIntent[] = ['save', 'publish', 'close', 'reopen', 'unschedule', 'duplicate'];
const isIntent = (value: string): value is VacancyIntent => (INTENTS as readonly string[]).includes(value);

/**
 * /beheer/vacatures/:id: save, publish (after saving the form), close, reopen, duplicate.
 * Every write sends the version the form was based on, so nobody overwrites a colleague.
 */
export async function vacancyAction({ request, params }: ActionFunctionArgs): Promise<VacancyActionResult> {
  const staff = await staffForWrite(request);
  const lang = langOf(request);
  const v = vacancyManageMessages[lang];
  const options = { lang };
  const id = params['id'] ?? '';
  const form = await request.formData();
  const intent = formText(form, 'intent');
  if (!isIntent(intent)) throw data(null, { status: 400 });
  let version = Number.parseInt(formText(form, 'version'), 10);
  if (!Number.isInteger(version) || version < 1) throw data(null, { status: 400 });
  if (!staff) return { ...sessionEnded(lang), intent, version };
  const parsed = intent === 'save' || intent === 'publish' ? inputFromForm(form, v) : undefined;
  try {
    if (parsed) {
      const saved = await updateVacancy(id, { ...parsed.input, version }, options);
      version = saved.version;
      if (intent === 'save') {
        const live = saved.state === 'published';
        return { ok: true, intent, message: live ? v.results.savedLive : v.results.saved, vacancy: saved, version };
      }
      // A scheduled vacancy whose moment the edit took away is published by the edit itself (the
      // API's rule): asked to publish it again, the API refused, and the page said so (an HR walk).
      const published = saved.state === 'published' ? saved : await changeVacancyState(id, 'publish', version, options);
      const message =
        published.state === 'scheduled' && published.publishAt
          ? v.results.scheduled(formatMoment(lang, published.publishAt))
          : published.visibility === 'internal'
            ? v.results.publishedInternal(published.publicFrom ? formatMoment(lang, published.publicFrom) : null)
            : v.results.published;
      return { ok: true, intent, message, vacancy: published, version: published.version };
    }
    if (intent === 'close' || intent === 'reopen' || intent === 'unschedule') {
      const changed = await changeVacancyState(id, intent, version, options);
      const message = { close: v.results.closed, reopen: v.results.reopened, unschedule: v.results.unscheduled }[
        intent
      ];
      return { ok: true, intent, message, vacancy: changed, version: changed.version };
    }
    const copy = await duplicateVacancy(id, options);
    return { ok: true, intent, message: v.results.duplicated, vacancy: copy, version };
  } catch (error) {
    const result = refusal(error, request, lang, parsed ?? { problems: {}, placeRows: [] });
    // The server's wording speaks of membership states; say what it means for a vacancy.
    if (result.code === 'invalid_transition') result.message = v.results.invalidTransition;
    return { ...result, intent, version };
  }
}
