import { useEffect, useMemo, useRef, useState } from 'react';
import { useFetcher } from 'react-router';
import type { SynonymGroup } from '../../api/search-admin.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, TextField } from '../../components/form-fields.tsx';
import { ResultNotice } from '../../components/result-notice.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { paths } from '../../i18n/paths.ts';
import { searchAdminMessages } from '../../i18n/search-admin-messages.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import { SEARCH_ADMIN_INTENTS, type SearchAdminData, type SearchAdminResult } from './search-admin-route.ts';
import '../../styles/search-admin.css';

export type SynonymsSectionProps = Pick<SearchAdminData, 'synonyms'>;

const ID = 'synonyms';
const words = (group: readonly string[]) => group.join(', ');

/**
 * The synonym groups: adding one, the coordinator's own (removable, after a confirmation)
 * and the built-in ones. Like the health section it sends its forms to the search page's
 * action, so it works on any coordinator page whose loader gives it the groups.
 */
export function SynonymsSection({ synonyms }: SynonymsSectionProps) {
  const { lang } = useMembershipI18n();
  const t = searchAdminMessages[lang].synonyms;
  return (
    <section className="page-section synonyms" aria-labelledby={`${ID}-title`}>
      <h2 id={`${ID}-title`}>{t.title}</h2>
      <p className="section-intro">{t.intro}</p>
      <AddSynonymsForm />
      <OwnSynonyms groups={synonyms.custom} />
      <h3>{t.defaultsTitle}</h3>
      <p>{t.defaultsIntro}</p>
      <ul className="synonym-groups">
        {synonyms.defaults.map((group) => (
          <li key={words(group)}>{words(group)}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * One field for the whole group, the words separated by commas. Refused words are named in
 * the field's error and the summary (which takes focus); an added group empties the field for
 * the next, and the status line under it says what was added.
 */
function AddSynonymsForm() {
  const { lang } = useMembershipI18n();
  const t = searchAdminMessages[lang].synonyms;
  const fetcher = useFetcher<SearchAdminResult>();
  const failure = asFailure(fetcher.data);
  const added =
    fetcher.data?.ok === true && fetcher.data.intent === SEARCH_ADMIN_INTENTS.addSynonyms ? fetcher.data : null;
  const busy = fetcher.state !== 'idle';
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
        onSubmit={(event) => busy && event.preventDefault()}
      >
        <input type="hidden" name="intent" value={SEARCH_ADMIN_INTENTS.addSynonyms} />
        <TextField {...field('words')} autoComplete="off" spellCheck={false} hint={t.wordsHint} />
        <SubmitButton busy={busy}>{t.add}</SubmitButton>
      </fetcher.Form>
      <div role="status" className="synonyms-status">
        {added && !busy ? (
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
function OwnSynonyms({ groups }: { groups: SynonymGroup[] }) {
  const { lang } = useMembershipI18n();
  const t = searchAdminMessages[lang].synonyms;
  const fetcher = useFetcher<SearchAdminResult>();
  const [removing, setRemoving] = useState<SynonymGroup | null>(null);
  const result = useMemo(() => {
    const data = fetcher.data;
    if (!data) return null;
    return { ok: data.ok && (!('applied' in data) || data.applied), message: data.message };
  }, [fetcher.data]);

  const confirm = () => {
    if (!removing) return;
    void fetcher.submit(
      { intent: SEARCH_ADMIN_INTENTS.removeSynonyms, id: removing.id, words: words(removing.words) },
      { method: 'post', action: paths.coordinationSearch(lang) },
    );
    setRemoving(null);
  };

  return (
    <>
      <h3>{t.ownTitle}</h3>
      <ResultNotice result={result} />
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
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t.columns.words}
                  </span>
                  <span className="break-anywhere">{words(group.words)}</span>
                </td>
                <td>
                  <span className="cell-label" aria-hidden="true">
                    {t.columns.actions}
                  </span>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => setRemoving(group)}
                  >
                    {t.remove}
                    <span className="visually-hidden"> {t.removeOf(words(group.words))}</span>
                  </button>
                </td>
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
