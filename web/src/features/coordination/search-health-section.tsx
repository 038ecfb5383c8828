import { useMemo, useState } from 'react';
import { useFetcher, useRevalidator } from 'react-router';
import { TIME_ZONE } from '@samenwerven/calendar';
import type { SearchBreaker } from '../../api/search-admin.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ResultNotice, settledData } from '../../components/result-notice.tsx';
import { locales } from '../../i18n/lang.ts';
import { paths } from '../../i18n/paths.ts';
import { searchAdminMessages } from '../../i18n/search-admin-messages.ts';
import { useMembershipI18n, type MembershipI18n } from '../../i18n/use-membership-i18n.ts';
import '../../styles/search-admin.css';
import {
  healthProblems,
  SEARCH_ADMIN_INTENTS,
  type SearchAdminData,
  type SearchAdminResult,
} from './search-admin-route.ts';

export type SearchHealthSectionProps = Pick<SearchAdminData, 'health' | 'breaker' | 'checkedAt'>;

/**
 * The search index against the database: what needs attention first, in words, then the
 * figures, and the rebuild. Self-contained: it sends its forms to the search page's action,
 * so it works on any page whose loader gives it `loadSearchAdminData`'s result.
 */
export function SearchHealthSection({ health, breaker, checkedAt }: SearchHealthSectionProps) {
  const { lang } = useMembershipI18n();
  const t = searchAdminMessages[lang].health;
  const clock = useMemo(
    () => new Intl.DateTimeFormat(locales[lang], { timeStyle: 'medium', timeZone: TIME_ZONE }),
    [lang],
  );
  const time = clock.format(new Date(checkedAt));

  return (
    <section className="page-section search-health" aria-labelledby="search-health-title">
      <h2 id="search-health-title">{t.title}</h2>
      <p className="section-intro">{t.intro}</p>
      <HealthSummary health={health} breaker={breaker} />
      <HealthFacts health={health} breaker={breaker} />
      <Refresh checkedAt={checkedAt} time={time} />
      <Reindex />
    </section>
  );
}

function HealthSummary({ health, breaker }: Pick<SearchHealthSectionProps, 'health' | 'breaker'>) {
  const { lang, format } = useMembershipI18n();
  const t = searchAdminMessages[lang].health;
  const problems = healthProblems(health, breaker, t, format.number);
  if (problems.length === 0) return <p className="notice notice-success health-ok">{t.ok}</p>;
  return (
    <div className="notice health-attention">
      <p className="strong">{t.attention}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>{t.advice}</p>
    </div>
  );
}

function HealthFacts({ health, breaker }: Pick<SearchHealthSectionProps, 'health' | 'breaker'>) {
  const i18n = useMembershipI18n();
  const { lang, format, dateTime } = i18n;
  const t = searchAdminMessages[lang].health;
  const f = t.facts;
  return (
    <dl className="facts health-facts" aria-label={t.factsLabel}>
      <div>
        <dt>{f.engine}</dt>
        <dd>{health.reachable ? t.reachable : t.unreachable}</dd>
      </div>
      <div>
        <dt>{f.breaker}</dt>
        <dd>
          <BreakerState breaker={breaker} i18n={i18n} />
        </dd>
      </div>
      <div>
        <dt>{f.documentsInIndex}</dt>
        <dd>{health.documentsInIndex === null ? t.unknown : format.number(health.documentsInIndex)}</dd>
      </div>
      <div>
        <dt>{f.searchableInDatabase}</dt>
        <dd>{format.number(health.searchableInDatabase)}</dd>
      </div>
      <div>
        <dt>{f.outboxBacklog}</dt>
        <dd>{t.backlog(health.outboxBacklog, format.number(health.outboxBacklog))}</dd>
      </div>
      <div>
        <dt>{f.lastSyncedAt}</dt>
        <dd>{health.lastSyncedAt ? dateTime(health.lastSyncedAt) : t.never}</dd>
      </div>
      <div>
        <dt>{f.lastError}</dt>
        <dd>
          {health.lastError ? (
            <>
              {health.lastErrorAt ? (
                <span className="health-detail">{t.errorAt(dateTime(health.lastErrorAt))}</span>
              ) : null}
              <code className="break-anywhere">{health.lastError}</code>
            </>
          ) : (
            t.noError
          )}
        </dd>
      </div>
      <div>
        <dt>{f.consecutiveFailures}</dt>
        <dd>{format.number(health.consecutiveFailures)}</dd>
      </div>
      <div>
        <dt>{f.indexName}</dt>
        <dd>
          <code className="break-anywhere">{health.indexName}</code>
        </dd>
      </div>
    </dl>
  );
}

function BreakerState({ breaker, i18n }: { breaker: SearchBreaker | null; i18n: MembershipI18n }) {
  const t = searchAdminMessages[i18n.lang].health;
  if (!breaker) return <>{t.breakerUnknown}</>;
  const state =
    breaker.state === 'open'
      ? t.breakerOpen(breaker.openSince ? i18n.dateTime(breaker.openSince) : t.unknown)
      : t.breakerClosed;
  return (
    <>
      {state}
      {breaker.trips > 0 ? (
        <span className="health-detail muted small">
          {t.breakerTrips(breaker.trips, i18n.format.number(breaker.trips))}
        </span>
      ) : null}
    </>
  );
}

/**
 * Reads the figures again (they change by the second while the worker drains the queue).
 * The status line says when they were read, once, after the coordinator asked: later reloads
 * of the page (after a rebuild, say) leave it as it is, so they are not read out as well.
 */
function Refresh({ checkedAt, time }: { checkedAt: string; time: string }) {
  const { lang } = useMembershipI18n();
  const t = searchAdminMessages[lang].health;
  const revalidator = useRevalidator();
  /** The `checkedAt` the figures had when the coordinator asked; null when nothing is asked. */
  const [askedAt, setAskedAt] = useState<string | null>(null);
  const [refreshed, setRefreshed] = useState<string | null>(null);

  // New figures have come since the coordinator asked: adjusted while rendering, as React
  // advises for state that follows props, so the status line never shows a stale moment.
  if (askedAt !== null && checkedAt !== askedAt) {
    setAskedAt(null);
    setRefreshed(time);
  }

  return (
    <div className="health-refresh">
      <p className="muted">{t.checkedAt(time)}</p>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-disabled={askedAt !== null || undefined}
        onClick={() => {
          if (askedAt !== null) return;
          setAskedAt(checkedAt);
          void revalidator.revalidate();
        }}
      >
        {t.refresh}
      </button>
      <p role="status" className="row-status">
        {askedAt !== null ? t.refreshing : refreshed ? t.refreshed(refreshed) : null}
      </p>
    </div>
  );
}

/**
 * The rebuild, asked first. While it runs a status line says so; its outcome (documents and
 * seconds, or why it failed) takes focus when it comes, as after the other confirmations.
 */
function Reindex() {
  const { lang } = useMembershipI18n();
  const t = searchAdminMessages[lang].reindex;
  const fetcher = useFetcher<SearchAdminResult>();
  const [confirming, setConfirming] = useState(false);
  const busy = fetcher.state !== 'idle';
  const settled = settledData(fetcher);
  const result = useMemo(() => (settled ? { ok: settled.ok, message: settled.message } : null), [settled]);

  const confirm = () => {
    setConfirming(false);
    void fetcher.submit(
      { intent: SEARCH_ADMIN_INTENTS.reindex },
      { method: 'post', action: paths.coordinationSearch(lang) },
    );
  };

  return (
    <div className="search-reindex">
      <h3>{t.title}</h3>
      <p>{t.text}</p>
      <button
        type="button"
        className="button"
        aria-disabled={busy || undefined}
        onClick={() => !busy && setConfirming(true)}
      >
        {t.button}
      </button>
      <p role="status" className="row-status">
        {busy ? t.busy : null}
      </p>
      {busy ? null : <ResultNotice result={result} />}
      <ConfirmDialog
        open={confirming}
        title={t.confirmTitle}
        confirmLabel={t.confirm}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
      >
        <p>{t.confirmText}</p>
      </ConfirmDialog>
    </div>
  );
}
