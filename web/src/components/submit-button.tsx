import type { ReactNode } from 'react';
import { useAccountI18n } from '../i18n/use-account-i18n.ts';

interface SubmitButtonProps {
  busy: boolean;
  children: ReactNode;
  className?: string;
}

/**
 * A form's submit button. While the form is being sent it says so and is marked
 * `aria-disabled` (not `disabled`: that would throw keyboard focus out of the form); the form
 * itself ignores a second submit.
 */
export function SubmitButton({ busy, children, className = 'button' }: SubmitButtonProps) {
  const { a } = useAccountI18n();
  return (
    <button type="submit" className={className} aria-disabled={busy || undefined}>
      {busy ? a.form.busy : children}
    </button>
  );
}
