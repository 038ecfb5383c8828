/**
 * The controls beyond the text and select fields (form-fields.tsx): a text area, a group of
 * radio buttons and a checkbox, with the same label, hint and error wiring (`aria-describedby`,
 * `aria-invalid`).
 */
import type { ChangeEvent, ReactNode, TextareaHTMLAttributes } from 'react';
import { describedByIds, FieldFrame, HintAndError } from './form-fields.tsx';

type TextAreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'name' | 'aria-invalid' | 'aria-describedby'
>;

export interface TextAreaFieldProps extends TextAreaProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

export function TextAreaField({ id, name, label, hint, error, className, rows = 4, ...props }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          {...props}
          id={id}
          name={name}
          rows={rows}
          className={['input', 'textarea', className].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

export interface RadioGroupProps<T extends string> {
  /** The id of the first option, where the error summary's link leads. */
  id: string;
  name: string;
  /** The question, as the group's legend. */
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly { value: T; label: ReactNode }[];
  /** The option checked at first; none when left out (the user must choose). */
  defaultValue?: T;
  onChange?: (value: T) => void;
}

/** Radio buttons in a fieldset: the legend names the question, each label an answer. */
export function RadioGroup<T extends string>({
  id,
  name,
  label,
  hint,
  error,
  options,
  defaultValue,
  onChange,
}: RadioGroupProps<T>) {
  const { describedBy } = describedByIds(id, hint, error);
  const changed = (event: ChangeEvent<HTMLInputElement>) => onChange?.(event.currentTarget.value as T);
  return (
    <fieldset
      className={error ? 'field radio-group field-invalid' : 'field radio-group'}
      aria-describedby={describedBy}
    >
      <legend className="field-label">{label}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div className="choice" key={option.value}>
            <input
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              defaultChecked={option.value === defaultValue}
              aria-invalid={error ? true : undefined}
              onChange={changed}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

export interface CheckboxFieldProps {
  id: string;
  name: string;
  label: ReactNode;
  defaultChecked: boolean;
}

export function CheckboxField({ id, name, label, defaultChecked }: CheckboxFieldProps) {
  return (
    <div className="field choice">
      <input type="checkbox" id={id} name={name} defaultChecked={defaultChecked} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export interface CheckboxGroupProps<T extends string> {
  /** The id of the first option, where the error summary's link leads. */
  id: string;
  name: string;
  /** The question, as the group's legend. */
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Each option with its label and, where it helps, a line saying what it means. */
  options: readonly { value: T; label: ReactNode; hint?: ReactNode }[];
  defaultValues: readonly T[];
}

/**
 * Checkboxes in a fieldset, for "any of these": the legend names the question, each label an
 * option, and each option's hint is tied to its box. The form sends every checked value under `name`.
 */
export function CheckboxGroup<T extends string>({
  id,
  name,
  label,
  hint,
  error,
  options,
  defaultValues,
}: CheckboxGroupProps<T>) {
  const { describedBy } = describedByIds(id, hint, error);
  return (
    <fieldset
      className={error ? 'field radio-group field-invalid' : 'field radio-group'}
      aria-describedby={describedBy}
    >
      <legend className="field-label">{label}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        const optionHintId = option.hint ? `${optionId}-option-hint` : undefined;
        return (
          <div className="choice" key={option.value}>
            <input
              type="checkbox"
              id={optionId}
              name={name}
              value={option.value}
              defaultChecked={defaultValues.includes(option.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={optionHintId}
            />
            <div>
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint ? (
                <p className="choice-hint" id={optionHintId}>
                  {option.hint}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
