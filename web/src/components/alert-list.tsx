import { useMemo, useState, type ReactNode } from 'react';
import { useSingleSend } from '../lib/single-send.ts';
import { Link, useFetcher } from 'react-router';
import { FREQUENCIES, type Alert, type SavedFrequency, type SavedSearch } from '../api/alerts.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { ResultNotice, settledData } from './result-notice.tsx';
import { SubmitButton } from './submit-button.tsx';
import { alertsMessages } from '../i18n/alerts-messages.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { END_INTENT, FREQUENCY_INTENT, type AlertListResult } from '../lib/alert-actions.ts';
import { searchPathFor } from '../lib/alerts.ts';
import '../styles/alerts.css';

type Item = Alert & Partial<Pick<SavedSearch, 'newMatches' | 'lastSentAt'>>;

interface AlertListProps {
  items: readonly Item[];
  /** Called when the search of an alert is followed (the account counts its new matches from 0). */
  onRun?: (alert: Item) => void;
  /** Where the list sits: under an h2 (its items are h3). */
  idPrefix: string;
  /** The frequencies to choose from: an account's saved search may also mail nothing. */
  frequencies?: readonly SavedFrequency[];
  /** Said when there are no alerts: after the outcome of stopping the last one, which comes first. */
  empty?: ReactNode;
}

/**
 * Alerts as a list of cards: each with its name, its search as a link that runs it, how often
 * it mails (changeable: a select and a save button, nothing happens on choosing alone) and a
 * way to stop it after a confirmation. The outcome takes focus, as a stopped card is gone.
 * Posts to the page's own action (alert-actions.ts).
 */
export function AlertList({ items, onRun, idPrefix, frequencies = FREQUENCIES, empty = null }: AlertListProps) {
  const { lang, format } = useI18n();
  const m = alertsMessages[lang];
  const fetcher = useFetcher<AlertListResult>();
  const { busy, sendOnce } = useSingleSend(fetcher);
  const [ending, setEnding] = useState<Item | null>(null);
  const data = settledData(fetcher);
  // One object per answer: ResultNotice moves focus each time it gets a new one.
  const result = useMemo(() => (data ? { ok: data.ok, message: data.message } : null), [data]);

  const end = () => {
    if (!ending) return;
    void fetcher.submit({ intent: END_INTENT, id: ending.id, name: ending.name }, { method: 'post' });
    setEnding(null);
  };

  return (
    <>
      <ResultNotice result={result} />
      {items.length === 0 ? (
        empty
      ) : (
        <ul className="alert-list">
          {items.map((alert) => {
            const id = `${idPrefix}-${alert.id}`;
            return (
              <li key={alert.id} className="alert-card">
                <h3 id={`${id}-name`} className="alert-name break-anywhere">
                  {alert.name}
                </h3>
                <dl className="facts facts-compact">
                  <div>
                    <dt>{m.list.search}</dt>
                    <dd>
                      <Link
                        className="break-anywhere"
                        to={searchPathFor(lang, alert.query)}
                        onClick={onRun ? () => onRun(alert) : undefined}
                      >
                        {m.list.run}
                        <span className="visually-hidden"> ({alert.name})</span>
                      </Link>
                    </dd>
                  </div>
                  {alert.newMatches !== undefined ? (
                    <div>
                      <dt>{m.list.newMatches}</dt>
                      <dd>{m.list.newMatchesCount(alert.newMatches)}</dd>
                    </div>
                  ) : null}
                  {alert.lastSentAt !== undefined ? (
                    <div>
                      <dt>{m.list.lastSent}</dt>
                      <dd>
                        {alert.lastSentAt ? (
                          <time dateTime={alert.lastSentAt}>{format.date(alert.lastSentAt)}</time>
                        ) : (
                          m.list.neverSent
                        )}
                      </dd>
                    </div>
                  ) : null}
                </dl>
                <fetcher.Form method="post" className="alert-frequency" onSubmit={sendOnce}>
                  <input type="hidden" name="intent" value={FREQUENCY_INTENT} />
                  <input type="hidden" name="id" value={alert.id} />
                  <input type="hidden" name="name" value={alert.name} />
                  <div className="field">
                    <label htmlFor={`${id}-frequency`} className="field-label">
                      {m.list.frequency}
                      <span className="visually-hidden"> ({alert.name})</span>
                    </label>
                    {/* Keyed on the saved value: after a save or a reload it shows what the server holds. */}
                    <select
                      key={alert.frequency}
                      id={`${id}-frequency`}
                      name="frequency"
                      defaultValue={alert.frequency}
                    >
                      {frequencies.map((frequency) => (
                        <option key={frequency} value={frequency}>
                          {m.frequency.option[frequency]}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="alert-actions">
                    <SubmitButton busy={busy} className="button button-secondary button-small">
                      {m.list.save}
                      <span className="visually-hidden"> ({alert.name})</span>
                    </SubmitButton>
                    <button
                      type="button"
                      className="button button-danger button-small"
                      aria-label={m.list.endLabel(alert.name)}
                      disabled={busy}
                      onClick={() => setEnding(alert)}
                    >
                      {m.list.end}
                    </button>
                  </div>
                </fetcher.Form>
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={ending !== null}
        title={m.list.endTitle}
        confirmLabel={m.list.endConfirm}
        onConfirm={end}
        onClose={() => setEnding(null)}
      >
        <p>{ending ? m.list.endText(ending.name) : null}</p>
      </ConfirmDialog>
    </>
  );
}
