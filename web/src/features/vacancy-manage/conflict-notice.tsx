import { useEffect, useEffectEvent, useRef } from 'react';
import { useVacancyManageI18n } from '../../i18n/use-vacancy-manage-i18n.ts';

interface ConflictNoticeProps {
  /** The refused answer: each new one takes focus again. */
  answer: unknown;
  /** The fields someone else changed since this form was loaded, in plain words. */
  changed: string[];
  /** Loads the latest version with the typed changes on top (nothing to type again: WCAG 3.3.7). */
  onKeepTyped: () => void;
  onReload: () => void;
  /** Whose change it was about; the vacancy's by default. */
  title?: string;
  /** Its heading's level in the page's outline. */
  headingLevel?: 2 | 3;
  /** False while the user is typing in the form (typed while it was sent): focus stays, and it is an alert. */
  takesFocus?: boolean;
}

/**
 * "Someone else changed this meanwhile": takes focus like an error summary, keeps what was
 * typed, and offers to load the latest version with the typed changes on top, or without them.
 */
export function ConflictNotice({
  answer,
  changed,
  onKeepTyped,
  onReload,
  title,
  headingLevel = 2,
  takesFocus = true,
}: ConflictNoticeProps) {
  const { v } = useVacancyManageI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ref = useRef<HTMLDivElement>(null);

  // Whether to, as it is when the answer comes: not again when that changes later.
  const focusIfAsked = useEffectEvent(() => {
    if (takesFocus) ref.current?.focus();
  });
  useEffect(() => {
    focusIfAsked();
  }, [answer]);

  return (
    <div
      className="error-summary conflict"
      ref={ref}
      tabIndex={-1}
      role={takesFocus ? undefined : 'alert'}
      aria-labelledby="conflict-title"
    >
      <Heading id="conflict-title" className="error-summary-title">
        {title ?? v.conflict.title}
      </Heading>
      <p>
        <strong>{v.conflict.kept}</strong>
      </p>
      {changed.length > 0 ? (
        <>
          <p>{v.conflict.changed}</p>
          <ul>
            {changed.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="field-hint" id="conflict-keep-hint">
        {v.conflict.keepTypedHint}
      </p>
      <p className="field-hint" id="conflict-reload-hint">
        {v.conflict.reloadHint}
      </p>
      <div className="action-bar">
        <button type="button" className="button" onClick={onKeepTyped} aria-describedby="conflict-keep-hint">
          {v.conflict.keepTyped}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={onReload}
          aria-describedby="conflict-reload-hint"
        >
          {v.conflict.reload}
        </button>
      </div>
    </div>
  );
}
