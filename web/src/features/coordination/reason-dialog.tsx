import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { HintAndError, describedByIds } from '../../components/form-fields.tsx';
import { formatters } from '../../i18n/format.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import { sendAgainAfter } from '../../lib/keep-form.ts';
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
  /** The decision sent from here that could not be taken: its reason again, and why (`useSendAgain`). */
  again?: { reason: string; message: string } | null;
}

/**
 * A decision sent from the dialog that was refused for a reason that passes (the session ended,
 * the server was away): the dialog opens again for it, with the reason typed and why it was not
 * taken, where it closed and took the reason with it (an HR officer's walk found the same of notes).
 * `sending` notes what went, with the answer shown until then; `again` is what to open for, once
 * a new answer refused it, until `done`.
 */
export function useSendAgain<T>(answer: { ok: boolean; code?: string; message: string } | undefined) {
  const [sent, setSent] = useState<{ subject: T; reason: string; before: unknown } | null>(null);
  const refused = sent !== null && answer !== undefined && answer !== sent.before && !answer.ok;
  return {
    again: refused && sendAgainAfter(answer.code) ? { ...sent, message: answer.message } : null,
    sending: (subject: T, reason: string) => setSent({ subject, reason, before: answer }),
    // Not when the dialog closes as it sends (its close event): only once the answer came.
    done: () => refused && setSent(null),
  };
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
  const { onConfirm, onClose, again } = props;
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
      if (reasonRef.current) reasonRef.current.value = again?.reason ?? '';
      setError(undefined);
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, again?.reason]);

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
          {again ? (
            <p className="notice notice-error" role="alert">
              {again.message}
            </p>
          ) : null}
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
