import type { AlertCounts } from '../../api/alerts.ts';
import { alertsMessages } from '../../i18n/alerts-messages.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

/**
 * The coordinator's overview: how many e-mail alerts exist (active, not yet confirmed) and how
 * many alert mails went out per day in the chosen period, as a table. No addresses.
 */
export function AlertCountsSection({ counts }: { counts: AlertCounts | null }) {
  const { lang, format } = useI18n();
  const m = alertsMessages[lang].coordination;
  const days = counts?.perDay.filter((day) => day.sent > 0) ?? [];
  return (
    <section className="page-section" aria-labelledby="cockpit-alerts">
      <h2 id="cockpit-alerts">{m.title}</h2>
      {counts === null ? (
        <p className="notice notice-error">{m.loadFailed}</p>
      ) : (
        <>
          <p>{m.intro}</p>
          <dl className="facts">
            <div>
              <dt>{m.active}</dt>
              <dd>{format.number(counts.active)}</dd>
            </div>
            <div>
              <dt>{m.unconfirmed}</dt>
              <dd>{format.number(counts.unconfirmed)}</dd>
            </div>
          </dl>
          {days.length === 0 ? (
            <p>{m.none}</p>
          ) : (
            <table className="terms-table">
              <caption>{m.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.day}</th>
                  <th scope="col" className="numeric">
                    {m.sent}
                  </th>
                </tr>
              </thead>
              <tbody>
                {days.map((day) => (
                  <tr key={day.day}>
                    <th scope="row">
                      <time dateTime={day.day}>{format.date(day.day)}</time>
                    </th>
                    <td className="numeric">{format.number(day.sent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
