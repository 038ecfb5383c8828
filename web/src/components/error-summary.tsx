import { useEffect, useEffectEvent, useId, useRef, type MouseEvent } from 'react';
import { useAccountI18n } from '../i18n/use-account-i18n.ts';
import type { FormFailure } from '../lib/form-result.ts';

/** A form's fields by the names the API uses: the id of their control and their label. */
export type FieldMap = Record<string, { id: string; label: string }>;

interface ErrorSummaryProps {
  failure: FormFailure | null;
  fields: FieldMap;
  /** 3 when the form sits in a section under its own h2. */
  headingLevel?: 2 | 3;
  /** For a form's `useFragmentAction`: where a page sent without scripts comes back. */
  id?: string;
  /**
   * False while the user is typing in the form the answer is about (typed while it was sent):
   * focus stays where they type, and the summary is an alert, read out as it comes.
   */
  takesFocus?: boolean;
}

/**
 * The list of problems at the top of a form, focused after each failed submit so it is read
 * out first. Each field's problem links to the field; problems that belong to no field of
 * this form (an expired link, "too many attempts") are listed as text.
 */
export function ErrorSummary({ failure, fields, headingLevel = 2, id, takesFocus = true }: ErrorSummaryProps) {
  const { a } = useAccountI18n();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  // Whether to, as it is when the answer comes: not again when that changes later.
  const focusIfAsked = useEffectEvent(() => {
    if (takesFocus) ref.current?.focus();
  });
  useEffect(() => {
    if (failure) focusIfAsked();
  }, [failure]);

  if (!failure) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const entries = Object.entries(failure.fields);
  // In the order of the form, however the answer listed them (the browser's and the server's together).
  const order = Object.keys(fields);
  const linked = entries.filter(([name]) => fields[name]).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  const other = entries.filter(([name, text]) => !fields[name] && text !== failure.message);
  // A message that only repeats a field's own (publishing without a closing date) is said once, in the list.
  const intro = linked.some(([, text]) => text === failure.message) ? a.form.checkFields : failure.message;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    // Not a navigation: the router would treat the new hash as one and move focus to <main>.
    event.preventDefault();
    const control = document.getElementById(id);
    control?.focus();
    control?.scrollIntoView({ block: 'center' });
  };

  return (
    <div
      className="error-summary"
      id={id}
      ref={ref}
      tabIndex={-1}
      role={takesFocus ? undefined : 'alert'}
      aria-labelledby={titleId}
    >
      <Heading id={titleId} className="error-summary-title">
        {a.form.errorSummaryTitle}
      </Heading>
      <p>{intro}</p>
      {linked.length + other.length > 0 ? (
        <ul className="error-summary-list">
          {linked.map(([name, text]) => {
            const field = fields[name]!;
            return (
              <li key={name}>
                <a href={`#${field.id}`} onClick={(event) => focusField(event, field.id)}>
                  {field.label}: {text}
                </a>
              </li>
            );
          })}
          {other.map(([name, text]) => (
            <li key={name}>{text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
