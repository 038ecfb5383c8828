import { useEffect, useId, useRef, type FormEvent } from 'react';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';

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
  onConfirm: (reason: string) => void;
  /** Cancel, Escape, or the dialog closing for any other reason. */
  onClose: () => void;
}

/**
 * A coordinator's decision, asked first in a native modal <dialog> with room for a reason
 * (optional; it goes into the audit log and, for applications, the e-mail). Like every
 * confirmation, focus starts on Cancel; the reason field comes before the buttons, and the
 * dialog's description says it is there.
 */
export function ReasonDialog(props: ReasonDialogProps) {
  const { open, title, text, reasonLabel, reasonHint, confirmLabel, danger = false, onConfirm, onClose } = props;
  const { a } = useMembershipI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (reasonRef.current) reasonRef.current.value = '';
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onConfirm(reasonRef.current?.value.trim() ?? '');
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
          <p id={`${id}-text`}>
            {text} {reasonHint}
          </p>
          <div className="field">
            <label htmlFor={`${id}-reason`} className="field-label">
              {reasonLabel}
            </label>
            <textarea
              ref={reasonRef}
              id={`${id}-reason`}
              name="reason"
              className="textarea"
              rows={3}
              maxLength={2000}
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
