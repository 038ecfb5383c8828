import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSingleSend } from '../../lib/single-send.ts';
import { useFetcher } from 'react-router';
import type { BuiltInSynonymGroup, SynonymGroup } from '../../api/search-admin.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, TextField } from '../../components/form-fields.tsx';
import { ResultNotice, settledData } from '../../components/result-notice.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { paths } from '../../i18n/paths.ts';
import { searchAdminMessages } from '../../i18n/search-admin-messages.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import { SEARCH_ADMIN_INTENTS, type SearchAdminData, type SearchAdminResult } from './search-admin-route.ts';
import '../../styles/search-admin.css';

export type SynonymsSectionProps = Pick<SearchAdminData, 'synonyms'>;

const ID = 'synonyms';

/** A table cell with its column's name before it, shown where the table stacks (narrow screens). */
function LabelledCell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td>
      <span className="cell-label" aria-hidden="true">
        {label}
      </span>
      {children}
    </td>
  );
}

/** What a change said: done, or stored but not yet taken over by the engine (`applied: false`). */
function outcomeOf(data: SearchAdminResult | undefined) {
  if (!data) return null;
  return { ok: data.ok && (!('applied' in data) || data.applied), message: data.message };
}
const words = (group: readonly string[]) => group.join(', ');

/**
 * The synonym groups: adding one, the coordinator's own (removable, after a confirmation)
 * and the built-in ones. Like the health section it sends its forms to the search page's
 * action, so it works on any coordinator page whose loader gives it the groups.
 */
export function SynonymsSection({ synonyms }: SynonymsSectionProps) {
  const { lang } = useMembershipI18n();
  const t = searchAdminMessages[lang].synonyms;
  // Only the last action's outcome is shown: "Removed" after "Added" replaces it, not joins it.
  const [lastActed, setLastActed] = useState<SynonymForm | null>(null);
  const part = (form: SynonymForm) => ({ latest: lastActed === form, onAct: () => setLastActed(form) });
  return (
    <section className="page-section synonyms" aria-labelledby={`${ID}-title`}>
      <h2 id={`${ID}-title`}>{t.title}</h2>
      <p className="section-intro">{t.intro}</p>
      <AddSynonymsForm {...part('add')} />
      <OwnSynonyms groups={synonyms.custom} {...part('own')} />
      <BuiltInSynonyms groups={synonyms.builtIn} {...part('builtIn')} />
    </section>
  );
}

type SynonymForm = 'add' | 'own' | 'builtIn';

/** Whether this part acted last (its outcome is the one to show), and how it says it acts. */
interface SynonymPart {
  latest: boolean;
  onAct: () => void;
}

/**
 * The groups that come with the portal, each switched off or on with one button: nothing is
 * lost either way, so it asks no confirmation. The outcome is said in the status line above
 * the table; the button keeps focus, now saying the opposite.
 */
function BuiltInSynonyms({ groups, latest, onAct }: { groups: BuiltInSynonymGroup[] } & SynonymPart) {
  const { lang } = useMembershipI18n();
  const t = searchAdminMessages[lang].synonyms;
  const fetcher = useFetcher<SearchAdminResult>();
  const { busy, sendOnce } = useSingleSend(fetcher, onAct);
  const result = useMemo(() => outcomeOf(fetcher.data), [fetcher.data]);
  return (
    <>
      <h3>{t.defaultsTitle}</h3>
      <p className="section-intro">{t.defaultsIntro}</p>
      <div role="status" className="synonyms-status">
        {result && latest && !busy ? (
          <p className={result.ok ? 'notice notice-success' : 'notice notice-error'}>{result.message}</p>
        ) : null}
      </div>
      <table className="data-table synonyms-table">
        <caption className="visually-hidden">{t.builtInCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.builtInColumns.words}</th>
            <th scope="col">{t.builtInColumns.state}</th>
            <th scope="col">{t.builtInColumns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.id}>
              <LabelledCell label={t.builtInColumns.words}>
                <span className="break-anywhere">{words(group.words)}</span>
              </LabelledCell>
              <LabelledCell label={t.builtInColumns.state}>{group.active ? t.on : t.off}</LabelledCell>
              <LabelledCell label={t.builtInColumns.actions}>
                <fetcher.Form method="post" action={paths.coordinationSearch(lang)} onSubmit={sendOnce}>
                  <input type="hidden" name="intent" value={SEARCH_ADMIN_INTENTS.switchBuiltIn} />
                  <input type="hidden" name="id" value={group.id} />
                  <input type="hidden" name="words" value={words(group.words)} />
                  <input type="hidden" name="active" value={String(!group.active)} />
                  <button type="submit" className="button button-secondary button-small">
                    {group.active ? t.switchOff : t.switchOn}
                    <span className="visually-hidden"> {t.switchOf(words(group.words))}</span>
                  </button>
                </fetcher.Form>
              </LabelledCell>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * One field for the whole group, the words separated by commas. Refused words are named in
 * the field's error and the summary (which takes focus); an added group empties the field for
 * the next, and the status line under it says what was added.
 */
function AddSynonymsForm({ latest, onAct }: SynonymPart) {
  const { lang } = useMembershipI18n();
  const t = searchAdminMessages[lang].synonyms;
  const fetcher = useFetcher<SearchAdminResult>();
  const failure = latest ? asFailure(fetcher.data) : null;
  const added =
    fetcher.data?.ok === true && fetcher.data.intent === SEARCH_ADMIN_INTENTS.addSynonyms ? fetcher.data : null;
  const { busy, sendOnce } = useSingleSend(fetcher, onAct);
  const formRef = useRef<HTMLFormElement>(null);
  const fields = { words: { id: `${ID}-words`, label: t.words } };
  const field = fieldProps(fields, failure?.fields);

  useEffect(() => {
    if (added) formRef.current?.reset();
  }, [added]);

  return (
    <>
      <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
      <fetcher.Form
        method="post"
        action={paths.coordinationSearch(lang)}
        noValidate
        className="form synonyms-form"
        ref={formRef}
        onSubmit={sendOnce}
      >
        <input type="hidden" name="intent" value={SEARCH_ADMIN_INTENTS.addSynonyms} />
        <TextField {...field('words')} autoComplete="off" spellCheck={false} hint={t.wordsHint} />
        <SubmitButton busy={busy}>{t.add}</SubmitButton>
      </fetcher.Form>
      <div role="status" className="synonyms-status">
        {added && latest && !busy ? (
          <p className={added.applied ? 'notice notice-success' : 'notice notice-error'}>{added.message}</p>
        ) : null}
      </div>
    </>
  );
}

/**
 * The coordinator's own groups. Removing one asks first; the row is then gone, so the
 * outcome takes focus instead (as on the members and API key pages).
 */
function OwnSynonyms({ groups, latest, onAct }: { groups: SynonymGroup[] } & SynonymPart) {
  const { lang } = useMembershipI18n();
  const t = searchAdminMessages[lang].synonyms;
  const fetcher = useFetcher<SearchAdminResult>();
  const [removing, setRemoving] = useState<SynonymGroup | null>(null);
  const settled = settledData(fetcher);
  const result = useMemo(() => outcomeOf(settled), [settled]);

  const confirm = () => {
    if (!removing) return;
    onAct();
    void fetcher.submit(
      { intent: SEARCH_ADMIN_INTENTS.removeSynonyms, id: removing.id, words: words(removing.words) },
      { method: 'post', action: paths.coordinationSearch(lang) },
    );
    setRemoving(null);
  };

  return (
    <>
      <h3>{t.ownTitle}</h3>
      <ResultNotice result={latest ? result : null} />
      {groups.length === 0 ? (
        <p>{t.ownEmpty}</p>
      ) : (
        <table className="data-table synonyms-table">
          <caption className="visually-hidden">{t.ownCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.words}</th>
              <th scope="col">{t.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.id}>
                <LabelledCell label={t.columns.words}>
                  <span className="break-anywhere">{words(group.words)}</span>
                </LabelledCell>
                <LabelledCell label={t.columns.actions}>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => setRemoving(group)}
                  >
                    {t.remove}
                    <span className="visually-hidden"> {t.removeOf(words(group.words))}</span>
                  </button>
                </LabelledCell>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={removing ? t.removeTitle(words(removing.words)) : ''}
        confirmLabel={t.removeConfirm}
        onConfirm={confirm}
        onClose={() => setRemoving(null)}
      >
        <p>{t.removeText}</p>
      </ConfirmDialog>
    </>
  );
}
