import { statusLabel } from '../../i18n/application-messages.ts';
import { useApplicationI18n } from '../../i18n/use-application-i18n.ts';

/** An application's status in words; the border only repeats what the words say. */
export function StatusBadge({ status }: { status: string }) {
  const { ap } = useApplicationI18n();
  return <span className={`status-badge status-${status}`}>{statusLabel(ap, status)}</span>;
}
