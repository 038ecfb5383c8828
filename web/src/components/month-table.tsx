import type { MonthFigures } from '../api/figures.ts';
import { LabelledCell } from './labelled-cell.tsx';
import { figuresMessages } from '../i18n/figures-messages.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { monthName } from '../lib/months.ts';

export const MONTH_METRICS = [
  'vacanciesPublished',
  'views',
  'impressions',
  'applications',
  'hires',
  'averageDaysToFill',
] as const;
export type MonthMetric = (typeof MONTH_METRICS)[number];

/** Time to fill in days to one decimal, counts as the language writes them; '–' for none. */
export function useFigureFormat() {
  const { lang, format } = useI18n();
  const t = figuresMessages[lang];
  return (metric: string, value: number | null) => {
    if (value === null) return t.none;
    if (metric === 'averageDaysToFill') return t.days(format.number(Math.round(value * 10) / 10));
    return format.number(value);
  };
}

/** Figures per month with a totals row; on narrow screens each month becomes a block of labelled figures. */
/** A figures table's header row: its first column (month, member), then one column per metric. */
export function MetricsHead({
  first,
  metrics,
}: {
  first: string;
  metrics: readonly (keyof (typeof figuresMessages)['nl']['metrics'])[];
}) {
  const { lang } = useI18n();
  const t = figuresMessages[lang];
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {metrics.map((metric) => (
          <th key={metric} scope="col" className="numeric">
            {t.metrics[metric]}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function MonthTable({
  caption,
  months,
  totals,
  metrics = MONTH_METRICS,
}: {
  caption: string;
  months: readonly MonthFigures[];
  totals: Omit<MonthFigures, 'month'>;
  metrics?: readonly MonthMetric[];
}) {
  const { lang } = useI18n();
  const t = figuresMessages[lang];
  const show = useFigureFormat();
  return (
    <table className="month-table">
      <caption className="visually-hidden">{caption}</caption>
      <MetricsHead first={t.month} metrics={metrics} />
      <tbody>
        {months.map((row) => (
          <tr key={row.month}>
            <th scope="row">{monthName(lang, row.month)}</th>
            {metrics.map((metric) => (
              <LabelledCell key={metric} numeric label={t.metrics[metric]}>
                {show(metric, row[metric])}
              </LabelledCell>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.total}</th>
          {metrics.map((metric) => (
            <LabelledCell key={metric} numeric label={t.metrics[metric]}>
              {show(metric, totals[metric])}
            </LabelledCell>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
