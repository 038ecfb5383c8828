import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { paths } from '../../i18n/paths.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';

/**
 * A confirmation or invitation link opened again after it did its work: the account is ready, so
 * the way on is signing in, not a new link (the server's `link_used`). It takes focus when it
 * replaces the form just sent (focus was on its button), not when the page opens with it.
 */
export function UsedLinkNotice({ message, takesFocus }: { message: string; takesFocus: boolean }) {
  const { lang, a } = useAccountI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takesFocus) ref.current?.focus();
  }, [takesFocus]);
  return (
    <div ref={ref} tabIndex={-1} className="notice notice-success">
      <p>{message}</p>
      <p>
        <Link to={paths.signIn(lang)}>{a.usedLink.signIn}</Link>
      </p>
    </div>
  );
}
