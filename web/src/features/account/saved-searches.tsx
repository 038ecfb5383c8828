import { Link } from 'react-router';
import { SAVED_FREQUENCIES, visitMyAlert } from '../../api/alerts.ts';
import { alertsMessages } from '../../i18n/alerts-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { AlertList } from '../../components/alert-list.tsx';
import type { SavedSearchesData } from './saved-searches-route.ts';

/**
 * "Saved searches" on a job seeker's account page: each with its new matches since the last
 * visit, how often it mails (changeable) and a link that runs it (and tells the API it was
 * visited, so its count starts again), and stopping it.
 */
export function SavedSearches({ data }: { data: SavedSearchesData }) {
  const { lang } = useI18n();
  const m = alertsMessages[lang].savedSearches;
  const visit = (alert: { id: string }) => {
    // The search opens at once; the count is reset on the side (a failure only leaves it as it was).
    void visitMyAlert(alert.id, { lang }).catch(() => undefined);
  };

  return (
    <section className="page-section saved-searches" aria-labelledby="account-saved-searches">
      <h2 id="account-saved-searches">{m.title}</h2>
      {data.items === null ? <p className="notice notice-error">{m.loadFailed}</p> : null}
      {data.items !== null && data.items.length > 0 ? <p>{m.intro}</p> : null}
      {/* Said after the outcome of stopping the last one (AlertList's notice comes first). */}
      <AlertList
        items={data.items ?? []}
        onRun={visit}
        idPrefix="saved-search"
        frequencies={SAVED_FREQUENCIES}
        empty={
          data.items === null ? null : (
            <>
              <p>{m.empty}</p>
              <p>
                {m.howTo} <Link to={paths.home(lang)}>{m.toSearch}</Link>
              </p>
            </>
          )
        }
      />
    </section>
  );
}
