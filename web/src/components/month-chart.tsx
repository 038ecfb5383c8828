/**
 * Charts of figures per month (recharts), made to be read without colour and without sight:
 * bars carry their values, lines differ by dash and marker and have a legend in words; each
 * chart has a sentence that sums it up and its table in a <details>. The drawing itself is
 * hidden from assistive technology (the sentence and the table say the same) and takes no
 * focus (`accessibilityLayer` off).
 */
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { figuresMessages } from '../i18n/figures-messages.ts';
import type { Lang } from '../i18n/lang.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { monthName, monthTick, spansYears } from '../lib/months.ts';

const INK = '#1b1b1b';
const PRIMARY = '#154273';
const SECOND = '#8a3b00';
const GRID = '#c9d0d9';
const AXIS_TICK = { fill: INK, fontSize: 12 };

export interface Series {
  label: string;
  values: readonly (number | null)[];
}

interface ChartFrameProps {
  title: string;
  summary: string;
  months: readonly string[];
  series: readonly Series[];
  children: React.ReactNode;
  /** Formats a value in the table (numbers as the language writes them). */
  format: (value: number | null) => string;
  headingLevel?: 2 | 3;
}

function ChartFrame({ title, summary, months, series, children, format, headingLevel = 3 }: ChartFrameProps) {
  const { lang } = useI18n();
  const t = figuresMessages[lang];
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="chart-title">
        {title}
      </Heading>
      <p className="chart-summary">{summary}</p>
      <div className="chart-drawing" aria-hidden="true">
        {children}
      </div>
      <details className="chart-table">
        <summary>{t.chart.table(title)}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.month}</th>
              {series.map((s) => (
                <th key={s.label} scope="col" className="numeric">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((month, i) => (
              <tr key={month}>
                <th scope="row">{monthName(lang, month)}</th>
                {series.map((s) => (
                  <td key={s.label} className="numeric">
                    {format(s.values[i] ?? null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

interface BarChartProps {
  title: string;
  summary: string;
  months: readonly string[];
  label: string;
  values: readonly number[];
  format: (value: number | null) => string;
  headingLevel?: 2 | 3;
}

/** Room for the value axis' longest tick (the largest value rounded up, as the axis shows it). */
/** The value axis's numbers as the language writes them: 1.500 in Dutch, 1,500 in English. */
const axisNumber = (lang: Lang) => (value: number) => value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');

/** Room for the axis's longest number, its thousands separators included. */
function axisWidth(values: readonly (number | null)[], lang: Lang): number {
  const largest = Math.max(0, ...values.map((v) => v ?? 0));
  return 16 + 7 * axisNumber(lang)(Math.ceil(largest * 1.25)).length;
}

/** One series per month as bars, each with its value written on top. */
export function MonthBarChart({ title, summary, months, label, values, format, headingLevel }: BarChartProps) {
  const { lang } = useI18n();
  const years = spansYears(months);
  const data = months.map((month, i) => ({ month: monthTick(lang, month, years), value: values[i] ?? 0 }));
  return (
    <ChartFrame
      title={title}
      summary={summary}
      months={months}
      series={[{ label, values }]}
      format={format}
      headingLevel={headingLevel}
    >
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 24, right: 4, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis dataKey="month" tick={AXIS_TICK} tickLine={false} stroke={INK} interval="preserveStartEnd" />
          <YAxis
            allowDecimals={false}
            tick={AXIS_TICK}
            tickFormatter={axisNumber(lang)}
            width={axisWidth(values, lang)}
            stroke={INK}
          />
          <Bar dataKey="value" fill={PRIMARY} isAnimationActive={false}>
            <LabelList
              dataKey="value"
              position="top"
              fill={INK}
              fontSize={12}
              formatter={(value) => (typeof value === 'number' && value > 0 ? format(value) : '')}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

/** A square marker, for the second line: shape as well as dash tells the lines apart. */
function SquareDot(props: { cx?: number | undefined; cy?: number | undefined }) {
  const { cx, cy } = props;
  if (cx === undefined || cy === undefined) return <g />;
  return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill="#fff" stroke={SECOND} strokeWidth={2} />;
}

interface LineChartProps {
  title: string;
  summary: string;
  months: readonly string[];
  /** Two series: the first drawn solid with round markers, the second dashed with square ones. */
  series: readonly [Series, Series];
  format: (value: number | null) => string;
  headingLevel?: 2 | 3;
}

/** Two series per month as lines (a member and the average member), with a legend in words. */
export function MonthLineChart({ title, summary, months, series, format, headingLevel }: LineChartProps) {
  const { lang } = useI18n();
  const years = spansYears(months);
  const data = months.map((month, i) => ({
    month: monthTick(lang, month, years),
    first: series[0].values[i] ?? null,
    second: series[1].values[i] ?? null,
  }));
  return (
    <ChartFrame
      title={title}
      summary={summary}
      months={months}
      series={series}
      format={format}
      headingLevel={headingLevel}
    >
      <ul className="chart-legend">
        <li>
          <svg width="36" height="12" viewBox="0 0 36 12" focusable="false">
            <line x1="0" y1="6" x2="36" y2="6" stroke={PRIMARY} strokeWidth="3" />
            <circle cx="18" cy="6" r="4" fill={PRIMARY} />
          </svg>
          {series[0].label}
        </li>
        <li>
          <svg width="36" height="12" viewBox="0 0 36 12" focusable="false">
            <line x1="0" y1="6" x2="36" y2="6" stroke={SECOND} strokeWidth="3" strokeDasharray="6 4" />
            <rect x="14" y="2" width="8" height="8" fill="#fff" stroke={SECOND} strokeWidth="2" />
          </svg>
          {series[1].label}
        </li>
      </ul>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 12, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis dataKey="month" tick={AXIS_TICK} tickLine={false} stroke={INK} interval="preserveStartEnd" />
          <YAxis
            tick={AXIS_TICK}
            tickFormatter={axisNumber(lang)}
            width={axisWidth([...series[0].values, ...series[1].values], lang)}
            stroke={INK}
          />
          <Line
            dataKey="first"
            name={series[0].label}
            stroke={PRIMARY}
            strokeWidth={3}
            dot={{ r: 4, fill: PRIMARY, stroke: PRIMARY }}
            activeDot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="second"
            name={series[1].label}
            stroke={SECOND}
            strokeWidth={3}
            strokeDasharray="6 4"
            dot={<SquareDot />}
            activeDot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
