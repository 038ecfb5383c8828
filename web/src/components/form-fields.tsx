/**
 * Labelled form controls with their hint and error tied to them: `aria-describedby` names
 * the hint and the error, `aria-invalid` marks a field the server or the action refused.
 * The error stands between the label and the control, so it is read before the value. A
 * warning (what to mind while typing, not an error) is said there too, as it changes.
 */
import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { useAccountI18n } from '../i18n/use-account-i18n.ts';
import type { FieldMap } from './error-summary.tsx';

/**
 * What ties a control to its form, written once: `field('email')` gives the id the error
 * summary links to, the name the action and the API read, the label and the error of the last
 * submit. Pass a `label` after it where the control's label says more than the summary's.
 */
export function fieldProps<Name extends string>(
  fields: Readonly<Record<Name, FieldMap[string]>>,
  errors: Readonly<Record<string, string>> | undefined,
) {
  return (name: Name) => {
    const { id, label } = fields[name];
    return { id, name, label, error: errors?.[name] };
  };
}

export interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** What to mind about the value as it is now; '' for nothing yet (the place to say it stays, so it is announced). */
  warning?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}

/** The ids of a control's hint, warning and error, and the `aria-describedby` that names them. */
export function describedByIds(id: string, hint: ReactNode, error: string | undefined, warning?: string) {
  const hintId = hint ? `${id}-hint` : undefined;
  const warningId = warning ? `${id}-warning` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return {
    hintId,
    warningId,
    errorId,
    describedBy: [hintId, warningId, errorId].filter(Boolean).join(' ') || undefined,
  };
}

interface HintAndErrorProps {
  id: string;
  hint?: ReactNode;
  error?: string | undefined;
  warning?: string | undefined;
}

/** A control's hint, its warning (a live region) and its error (announced as an error), with the ids `describedByIds` gives. */
export function HintAndError({ id, hint, error, warning }: HintAndErrorProps) {
  const { a } = useAccountI18n();
  const { hintId, errorId } = describedByIds(id, hint, error, warning);
  return (
    <>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {warning !== undefined ? (
        <p id={`${id}-warning`} className={warning ? 'field-warning' : 'field-warning-empty'} role="status">
          {warning}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{a.form.errorPrefix} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A label, hint and error around any control; `children` gets the ids to describe it by. */
export function FieldFrame({ id, label, hint, error, warning, children }: FieldFrameProps) {
  const { describedBy } = describedByIds(id, hint, error, warning);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} warning={warning} />
      {children(describedBy)}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'aria-invalid' | 'aria-describedby'>;

export interface TextFieldProps extends InputProps {
  /** The input itself (React 19 hands a function component's `ref` on as a prop). */
  ref?: Ref<HTMLInputElement>;
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  warning?: string | undefined;
}

/** An input with its label; `type` defaults to text. */
export function TextField({
  id,
  name,
  label,
  hint,
  error,
  warning,
  type = 'text',
  className,
  ...input
}: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} warning={warning}>
      {(describedBy) => (
        <input
          {...input}
          id={id}
          name={name}
          type={type}
          className={['input', className].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name' | 'aria-invalid' | 'aria-describedby'>;

export interface SelectFieldProps extends SelectProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}

export function SelectField({ id, name, label, hint, error, children, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select {...select} id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
