import { useVacancyManageI18n } from '../../i18n/use-vacancy-manage-i18n.ts';
import { stateLabel } from '../../i18n/vacancy-manage-messages.ts';

/** A vacancy's state in words; the border and mark only repeat what the words say. */
export function StateBadge({ state }: { state: string }) {
  const { v } = useVacancyManageI18n();
  return <span className={`state-badge state-${state}`}>{stateLabel(v, state)}</span>;
}
