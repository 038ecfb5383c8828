import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { ApiError } from '../../api/client.ts';
import {
  addSynonymGroup,
  getSearchBreaker,
  getSearchHealth,
  listSynonymGroups,
  reindex,
  removeSynonymGroup,
  setBuiltInSynonymGroup,
  type SearchBreaker,
  type SearchHealth,
  type SynonymGroups,
} from '../../api/search-admin.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { langFromPathname, locales, type Lang } from '../../i18n/lang.ts';
import { searchAdminMessages, type SearchAdminMessages } from '../../i18n/search-admin-messages.ts';
import { failure, formText, type FormFailure } from '../../lib/form-result.ts';
import { onSessionEnd, refusedWrite, requireUser, sessionEnded, userForWrite } from '../../lib/guards.ts';

/** What the search health and synonyms sections show; any coordinator page can load it. */
export interface SearchAdminData {
  health: SearchHealth;
  /** Null when the public health check gave no answer; the section says "unknown". */
  breaker: SearchBreaker | null;
  synonyms: SynonymGroups;
  /** When these were read: the figures change by the second, so the page says "as of". */
  checkedAt: string;
}

/**
 * Reads both sections' data at once. The caller checks the role first (`requireUser`), as a
 * loader does; a page that embeds the sections calls this from its own loader.
 */
export async function loadSearchAdminData(options: { lang: Lang; signal?: AbortSignal }): Promise<SearchAdminData> {
  const [health, breaker, synonyms] = await Promise.all([
    getSearchHealth(options),
    getSearchBreaker(options),
    listSynonymGroups(options),
  ]);
  return { health, breaker, synonyms, checkedAt: new Date().toISOString() };
}

/**
 * The problems a coordinator should act on, as sentences; none means all is well. Kept with
 * the data, so that a summary elsewhere (a cockpit tile) says the same as the section.
 */
export function healthProblems(
  health: SearchHealth,
  breaker: SearchBreaker | null,
  t: SearchAdminMessages['health'],
  number: (n: number) => string,
): string[] {
  const problems: string[] = [];
  if (!health.reachable) problems.push(t.problems.unreachable);
  else if (breaker?.state === 'open') problems.push(t.problems.breakerOpen);
  if (health.documentsInIndex !== null && health.documentsInIndex !== health.searchableInDatabase)
    problems.push(t.problems.mismatch(number(health.documentsInIndex), number(health.searchableInDatabase)));
  if (health.outboxBacklog > 0) problems.push(t.problems.backlog(health.outboxBacklog, number(health.outboxBacklog)));
  if (health.consecutiveFailures > 0)
    problems.push(t.problems.failing(health.consecutiveFailures, number(health.consecutiveFailures)));
  return problems;
}

/** /coordinatie/zoeken: the index's health, the rebuild and the synonyms. */
export async function searchAdminLoader({ request }: LoaderFunctionArgs): Promise<SearchAdminData> {
  await requireUser(request, ['coordinator']);
  const lang = langFromPathname(new URL(request.url).pathname);
  try {
    return await loadSearchAdminData({ lang, signal: request.signal });
  } catch (error) {
    onSessionEnd(error, request);
    throw error;
  }
}

/** The `intent` of each form the sections send to `searchAdminAction`. */
export const SEARCH_ADMIN_INTENTS = {
  addSynonyms: 'add-synonyms',
  removeSynonyms: 'remove-synonyms',
  switchBuiltIn: 'switch-built-in',
  reindex: 'reindex',
} as const;

/**
 * What the action answers. `applied: false`: the change is stored, but the search engine could
 * not take it over (503), so it works only after the next rebuild.
 */
export type SearchAdminResult =
  | { ok: true; intent: 'reindex'; documents: number; seconds: number; message: string }
  | { ok: true; intent: 'add-synonyms' | 'remove-synonyms' | 'switch-built-in'; applied: boolean; message: string }
  | FormFailure;

/** The words as typed: separated by commas, semicolons or new lines; blanks left out. */
export function splitWords(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((word) => word.trim())
    .filter(Boolean);
}

const shortWord = (word: string) => (word.length > 30 ? `${word.slice(0, 30)}…` : word);

/**
 * The API's field messages for the one words field: a problem with one word (`words.2`)
 * names that word, since the form has no field per word.
 */
function wordsFieldMessages(
  fields: Readonly<Record<string, string>>,
  words: readonly string[],
  t: SearchAdminMessages,
) {
  const messages: Record<string, string> = {};
  for (const [name, message] of Object.entries(fields)) {
    const index = /^words\.(\d+)$/.exec(name)?.[1];
    const field = index !== undefined || name === 'words' ? 'words' : name;
    if (messages[field]) continue;
    const word = index === undefined ? undefined : words[Number(index)];
    messages[field] = word === undefined ? message : t.synonyms.wordProblem(shortWord(word), message);
  }
  return messages;
}

/** The engine's 503: the change was not kept (it and the index's settings are one transaction). */
const storedNotApplied = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.status === 503 && error.code === 'search_unavailable';

/**
 * A change of the synonyms: said done (with what it does) once the engine took it over; said not
 * made when the engine was away (503: nothing is kept; the message says when to try again).
 */
async function storedAndApplied(
  intent: 'remove-synonyms' | 'switch-built-in',
  t: SearchAdminMessages,
  done: string,
  effect: string,
  change: () => Promise<unknown>,
): Promise<SearchAdminResult> {
  try {
    await change();
    return { ok: true, intent, applied: true, message: effect ? `${done} ${effect}` : done };
  } catch (error) {
    if (!storedNotApplied(error)) throw error;
    return { ok: true, intent, applied: false, message: t.synonyms.notApplied(error.message) };
  }
}

/** Adds or removes a synonym group, switches a built-in one off or on, or rebuilds the index. */
export async function searchAdminAction({ request }: ActionFunctionArgs): Promise<SearchAdminResult> {
  const lang = langFromPathname(new URL(request.url).pathname);
  if (!(await userForWrite(request, ['coordinator']))) return sessionEnded(lang);
  const t = searchAdminMessages[lang];
  const a = accountMessages[lang];
  const form = await request.formData();
  const intent = formText(form, 'intent');
  const options = { lang };
  try {
    if (intent === SEARCH_ADMIN_INTENTS.reindex) return await rebuild(lang, t);
    if (intent === SEARCH_ADMIN_INTENTS.addSynonyms) {
      const words = splitWords(formText(form, 'words'));
      // The API would refuse one word too, but words its message for the schema, not for this field.
      if (words.length < 2) return failure(a.form.checkFields, { words: t.synonyms.twoWords });
      try {
        await addSynonymGroup({ words }, options);
        return { ok: true, intent, applied: true, message: t.synonyms.added(words.join(', ')) };
      } catch (error) {
        if (storedNotApplied(error)) {
          return { ok: true, intent, applied: false, message: t.synonyms.notApplied(error.message) };
        }
        // 409: a group of the same words is there already, said at the field.
        if (error instanceof ApiError && (error.status === 400 || error.status === 409)) {
          return failure(error.message, wordsFieldMessages(error.fields, words, t), error);
        }
        throw error;
      }
    }
    if (intent === SEARCH_ADMIN_INTENTS.removeSynonyms) {
      const done = t.synonyms.removed(formText(form, 'words'));
      return await storedAndApplied(intent, t, done, '', () => removeSynonymGroup(formText(form, 'id'), options));
    }
    if (intent === SEARCH_ADMIN_INTENTS.switchBuiltIn) {
      const active = formText(form, 'active') === 'true';
      const words = formText(form, 'words');
      const done = active ? t.synonyms.switchedOn(words) : t.synonyms.switchedOff(words);
      const effect = active ? t.synonyms.switchedOnEffect : t.synonyms.switchedOffEffect;
      return await storedAndApplied(intent, t, done, effect, () =>
        setBuiltInSynonymGroup(formText(form, 'id'), active, options),
      );
    }
    throw data(null, { status: 400 });
  } catch (error) {
    return refusedWrite(error, request, lang);
  }
}

/** Rebuilds the index; a failure (503 while the engine is away) says what happened in words. */
async function rebuild(lang: Lang, t: SearchAdminMessages): Promise<SearchAdminResult> {
  try {
    const { documents, seconds } = await reindex({ lang });
    const number = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 1 });
    // A small index rebuilds in a few milliseconds: "0 seconds" would read as nothing done.
    const shown = number.format(Math.max(0.1, seconds));
    return {
      ok: true,
      intent: 'reindex',
      documents,
      seconds,
      message: t.reindex.done(documents, number.format(documents), shown),
    };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 0 || error.status === 401 || error.status === 403) throw error;
    return failure(t.reindex.failed(error.message), {}, error);
  }
}
