/**
 * The controls beyond the text and select fields (form-fields.tsx): a text area, a group of
 * radio buttons and a checkbox, with the same label, hint and error wiring (`aria-describedby`,
 * `aria-invalid`).
 */
import {
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type InputEvent,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';
import { useAccountI18n } from '../i18n/use-account-i18n.ts';
import { formatters } from '../i18n/format.ts';
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

/** Within this share of the limit, the characters left are said (in tens: not at every key). */
const NEAR_LIMIT = 0.1;

/**
 * A count as said in the live region: in tens from ten on, so a screen reader is not told a new
 * number at every key (a diff review); exact below ten, where each one matters.
 */
const inTens = (count: number) => (count < 10 ? count : Math.floor(count / 10) * 10);

/** Characters as the API counts them: an emoji is one. */
const characterCount = (text: string) => Array.from(text).length;

/**
 * A text area with its label. A `maxLength` is not the browser's: that one cut a pasted letter
 * off without a word (a job seeker's walk). Past it the text stays whole and the field says how
 * many characters are too many, as it says near the limit how many are left (a live region); the
 * server refuses a text too long with its field error all the same.
 */
export function TextAreaField({
  id,
  name,
  label,
  hint,
  error,
  className,
  rows = 4,
  maxLength,
  onInput,
  ...props
}: TextAreaFieldProps) {
  const { a, lang } = useAccountI18n();
  const initial = typeof props.defaultValue === 'string' ? props.defaultValue : String(props.value ?? '');
  const [length, setLength] = useState(() => characterCount(initial));
  const typed = (event: InputEvent<HTMLTextAreaElement>) => {
    setLength(characterCount(event.currentTarget.value));
    onInput?.(event);
  };
  // A form reset (a note saved) and the text a browser puts back on Back fire no input event: the
  // count is read again then (a diff review: an emptied field still said what was left of a note).
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const textarea = field.current;
    if (!textarea) return;
    const recount = () => setLength(characterCount(textarea.value));
    recount();
    // The reset event comes before the form is reset.
    const afterReset = () => setTimeout(recount);
    const form = textarea.form;
    form?.addEventListener('reset', afterReset);
    window.addEventListener('pageshow', recount);
    return () => {
      form?.removeEventListener('reset', afterReset);
      window.removeEventListener('pageshow', recount);
    };
  }, []);
  const number = formatters(lang).number;
  let warning: string | undefined;
  if (maxLength !== undefined) {
    const left = maxLength - length;
    const said = (count: number) => ({ count: number(inTens(count)), more: inTens(count) < count });
    if (left < 0) warning = a.form.charactersOver(said(-left));
    else if (left <= maxLength * NEAR_LIMIT) warning = a.form.charactersLeft(said(left));
    else warning = '';
  }
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} warning={warning}>
      {(describedBy) => (
        <textarea
          {...props}
          ref={field}
          onInput={typed}
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
