import { Form } from 'react-router';
import { ErrorSummary } from './error-summary.tsx';
import { fieldProps, TextField } from './form-fields.tsx';
import { figuresMessages } from '../i18n/figures-messages.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { PRESERVE_FOCUS } from '../lib/focus-state.ts';
import { useFollowedValue } from '../hooks/use-followed-value.ts';
import type { FormFailure } from '../lib/form-result.ts';
import type { PeriodQuery } from '../lib/figures-period.ts';

/** The period of a figures page: two dates, sent as the address's query (`?from=&to=`). */
export function PeriodForm({ id, query, failure }: { id: string; query: PeriodQuery; failure: FormFailure | null }) {
  const { lang } = useI18n();
  const t = figuresMessages[lang].period;
  const fields = {
    from: { id: `${id}-from`, label: t.from },
    to: { id: `${id}-to`, label: t.to },
  };
  const field = fieldProps(fields, failure?.fields);
  // The fields follow the address without being made anew: new ones (a key per date) took the
  // focus to the top of the page on Enter (a staff WCAG review, 2.4.3).
  const fromRef = useFollowedValue<HTMLInputElement>(query.from);
  const toRef = useFollowedValue<HTMLInputElement>(query.to);
  return (
    <section className="filter-box period-box no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="filter-box-title">
        {t.title}
      </h2>
      <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
      <Form method="get" noValidate className="filter-form" state={PRESERVE_FOCUS} preventScrollReset>
        <TextField ref={fromRef} {...field('from')} type="date" defaultValue={query.from} />
        <TextField ref={toRef} {...field('to')} type="date" defaultValue={query.to} />
        <div className="filter-actions">
          <button type="submit" className="button">
            {t.show}
          </button>
          <span className="muted small">{t.hint}</span>
        </div>
      </Form>
    </section>
  );
}
