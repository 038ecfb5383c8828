import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useAccountI18n } from '../i18n/use-account-i18n.ts';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Without `formId`: what confirming does. */
  onConfirm?: () => void;
  /**
   * The form in `children` that confirming sends (a password asked again): the confirm button
   * submits it, as Enter in its field does, and the dialog stays open for its answer.
   */
  formId?: string;
  /** Cancel, Escape, or the dialog closing for any other reason. */
  onClose: () => void;
}

/**
 * "Are you sure?" before something that cannot be undone, as a native modal <dialog>: the
 * browser keeps focus inside it, Escape cancels, and closing returns focus to the button
 * that opened it. Focus starts on Cancel, the safe choice.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, formId, onClose }: ConfirmDialogProps) {
  const { a } = useAccountI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        {formId ? (
          <button type="submit" form={formId} className="button button-danger">
            {confirmLabel}
          </button>
        ) : (
          <button type="button" className="button button-danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        )}
        <button type="button" ref={cancelRef} className="button button-secondary" onClick={onClose}>
          {a.dialog.cancel}
        </button>
      </div>
    </dialog>
  );
}
