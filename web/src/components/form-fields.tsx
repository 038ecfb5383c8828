/**
 * Labelled form controls with their hint and error tied to them: `aria-describedby` names
 * the hint and the error, `aria-invalid` marks a field the server or the action refused.
 * The error stands between the label and the control, so it is read before the value.
 */
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
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
  children: (describedBy: string | undefined) => ReactNode;
}

/** The ids of a control's hint and error, and the `aria-describedby` that names them. */
export function describedByIds(id: string, hint: ReactNode, error: string | undefined) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

/** A control's hint and its error (announced as an error), with the ids `describedByIds` gives. */
export function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  const { a } = useAccountI18n();
  const { hintId, errorId } = describedByIds(id, hint, error);
  return (
    <>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
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
export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  const { describedBy } = describedByIds(id, hint, error);
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children(describedBy)}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'aria-invalid' | 'aria-describedby'>;

export interface TextFieldProps extends InputProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

/** An input with its label; `type` defaults to text. */
export function TextField({ id, name, label, hint, error, type = 'text', className, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
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
