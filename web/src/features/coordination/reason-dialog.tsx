import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { HintAndError, describedByIds } from '../../components/form-fields.tsx';
import { formatters } from '../../i18n/format.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import { REASON_MAX } from '../../lib/membership-reasons.ts';

interface ReasonDialogProps {
  open: boolean;
  title: string;
  /** What the decision does, in plain words. */
  text: string;
  reasonLabel: string;
  reasonHint: string;
  confirmLabel: string;
  /** A red confirm button for what takes something away (reject, suspend). */
  danger?: boolean;
  /** When given, a reason is required (a rejection: the applicant is told why); said when it is missing. */
  requiredMessage?: string;
  onConfirm: (reason: string) => void;
  /** Cancel, Escape, or the dialog closing for any other reason. */
  onClose: () => void;
}

/**
 * A coordinator's decision, asked first in a native modal <dialog> with room for a reason (it
 * goes into the audit log and the e-mail to the organisation; required where `requiredMessage`
 * says so). Like every confirmation, focus starts on Cancel; the reason field comes before the
 * buttons, and the dialog's description says it is there. A missing required reason is said
 * under the field, which takes focus, as on every form.
 */
export function ReasonDialog(props: ReasonDialogProps) {
  const { open, title, text, reasonLabel, reasonHint, confirmLabel, danger = false, requiredMessage } = props;
  const { onConfirm, onClose } = props;
  const { a } = useMembershipI18n();
  const {
    a: { form },
    lang,
  } = useAccountI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  const reasonId = `${id}-reason`;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (reasonRef.current) reasonRef.current.value = '';
      setError(undefined);
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = reasonRef.current?.value.trim() ?? '';
    if (requiredMessage && !reason) {
      setError(requiredMessage);
      reasonRef.current?.focus();
      return;
    }
    // Said, not cut: the browser's own limit cut a pasted reason off without a word (a diff review).
    const over = Array.from(reason).length - REASON_MAX;
    if (over > 0) {
      setError(form.charactersOver({ count: formatters(lang).number(over), more: false }));
      reasonRef.current?.focus();
      return;
    }
    onConfirm(reason);
  };

  return (
    <dialog
      ref={dialogRef}
      className={danger ? 'dialog' : 'dialog dialog-neutral'}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={onClose}
    >
      <form method="dialog" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="dialog-title">
          {title}
        </h2>
        <div className="dialog-body">
          <p id={`${id}-text`}>{text}</p>
          <div className={error ? 'field field-invalid' : 'field'}>
            <label htmlFor={reasonId} className="field-label">
              {reasonLabel}
            </label>
            {/* Said of the reason, where the field is (a keyboard walk: after the dialog's text it read as if the organisation's data went into the mail). */}
            <HintAndError id={reasonId} hint={reasonHint} error={error} />
            <textarea
              ref={reasonRef}
              id={reasonId}
              name="reason"
              className="textarea"
              rows={3}
              aria-required={requiredMessage ? true : undefined}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedByIds(reasonId, reasonHint, error).describedBy}
              onInput={() => error && setError(undefined)}
            />
          </div>
        </div>
        <div className="dialog-actions">
          <button type="submit" className={danger ? 'button button-danger' : 'button'}>
            {confirmLabel}
          </button>
          <button type="button" ref={cancelRef} className="button button-secondary" onClick={onClose}>
            {a.dialog.cancel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
