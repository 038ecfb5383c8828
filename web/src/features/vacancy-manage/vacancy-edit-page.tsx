import { useEffect, useMemo, useRef, useState } from 'react';
import { useLeaveGuard } from '../../lib/leave-guard.tsx';
import { useSingleSend } from '../../lib/single-send.ts';
import { Link, useFetcher, useLoaderData, useLocation, useNavigate } from 'react-router';
import { PRESERVE_FOCUS } from '../../lib/focus-state.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { MembershipNotice, mayDraft, mayPublish } from '../../components/membership-notice.tsx';
import { ResultNotice } from '../../components/result-notice.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { paths } from '../../i18n/paths.ts';
import { useVacancyManageI18n } from '../../i18n/use-vacancy-manage-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import { formatMoment } from '../../i18n/format.ts';
import { isFutureLocal } from './date-time.ts';
import { StateBadge } from './state-badge.tsx';
import { ConflictNotice } from './conflict-notice.tsx';
import { changedFields, useFieldName, VacancyHistory } from './vacancy-history.tsx';
import { vacancyFieldMap, VacancyFormFields } from './vacancy-form-fields.tsx';
import { valuesFromForm, valuesFromVacancy, type FormValues } from './vacancy-form-values.ts';
import { keptTypedMessage, typedOnLatest } from '../../lib/typed-on-latest.ts';
import type { VacancyActionResult, VacancyData } from './vacancy-manage-route.ts';
import './vacancy-manage.css';

/** A message handed over by the page that sent us here (a new vacancy, a copy). */
function noticeFromState(state: unknown): string | null {
  const notice = typeof state === 'object' && state !== null ? (state as { notice?: unknown }).notice : undefined;
  return typeof notice === 'string' ? notice : null;
}

interface EditorForm {
  key: number;
  version: number;
  basis: FormValues;
  values: FormValues;
  publishAt: string;
}

/** Fresh inputs (a new key) based on a stored `version`, starting with `values` (its own by default). */
const freshForm =
  (version: number, basis: FormValues, values: FormValues = basis) =>
  (current: EditorForm): EditorForm => ({ key: current.key + 1, version, basis, values, publishAt: values.publishAt });

/** /beheer/vacatures/:id: one vacancy. A copy gets a fresh editor, not this one's state. */
export function VacancyEditPage() {
  const data = useLoaderData() as VacancyData;
  return <VacancyEditor key={data.vacancy.id} {...data} />;
}

/**
 * The form keeps the version it was loaded at. Each save sends it; the answer carries the
 * version to continue from. When someone else saved in between, the server refuses (409):
 * the typed values stay, and the latest version is loaded with them on top, or without them.
 */
function VacancyEditor({ me, organisation, vacancy, history, staffNames, openApplications }: VacancyData) {
  const { lang, a, v, format } = useVacancyManageI18n();
  useDocumentTitle(v.form.editTitle(vacancy.title));
  const location = useLocation();
  const navigate = useNavigate();
  const fetcher = useFetcher<VacancyActionResult>();
  const fieldName = useFieldName();
  const pendingIntent = fetcher.formData?.get('intent');

  // What the form is based on: the version and its stored values (`basis`), and what its inputs
  // start with (`values`: the same, or the latest version with typed changes on top). A new key
  // gives fresh inputs.
  const [form, setForm] = useState((): EditorForm => {
    const values = valuesFromVacancy(vacancy);
    return { key: 0, version: vacancy.version, basis: values, values, publishAt: values.publishAt };
  });
  const [seen, setSeen] = useState(fetcher.data);
  const [dismissed, setDismissed] = useState<VacancyActionResult | undefined>(undefined);
  const [reloaded, setReloaded] = useState<{ ok: true; message: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The values a save sent, and whether anything was typed while it was on its way: that typing
  // stays, where it is (below).
  const sent = useRef<FormValues | null>(null);
  const [typedWhileSaving, setTypedWhileSaving] = useState(false);
  // The saved answer whose form kept such typing: its notice says so.
  const [keptFor, setKeptFor] = useState<VacancyActionResult | null>(null);
  const typedNow = () => (formRef.current ? valuesFromForm(new FormData(formRef.current)) : null);
  const { busy, sendOnce } = useSingleSend(fetcher, () => {
    setReloaded(null);
    setTypedWhileSaving(false);
    sent.current = typedNow();
  });
  const [closing, setClosing] = useState(false);
  // Typed into the form as it is now: a save or a reload gives it a new key, and nothing unsaved.
  const [editedKey, setEditedKey] = useState<number | null>(null);
  const leaveGuard = useLeaveGuard(editedKey === form.key, v.leave);
  const [duplicatingUnsaved, setDuplicatingUnsaved] = useState(false);

  const result = fetcher.data;
  if (result !== seen) {
    setSeen(result);
    if (result && !(result.ok && (result.intent === 'save' || result.intent === 'publish'))) {
      setForm((current) => ({ ...current, version: result.version }));
    }
  }
  // Saved: the form goes on from the stored version, and shows exactly what is stored now
  // (trimmed, sanitised) in fresh inputs. Unless something was typed while the save was on its way
  // (it was thrown away: an HR review): then the inputs stay as they are, with what is being typed
  // and where (no new key, no focus taken), unsaved; the fields left alone take what was stored.
  // The form's inputs are read once the answer is in, so after its render.
  const handled = useRef<VacancyActionResult | undefined>(undefined);
  useEffect(() => {
    if (handled.current === result || !result?.ok || (result.intent !== 'save' && result.intent !== 'publish')) return;
    handled.current = result;
    const saved = valuesFromVacancy(result.vacancy);
    const typed = typedNow();
    if (!typedWhileSaving || !sent.current || !typed) return setForm(freshForm(result.version, saved));
    const { values, typed: typedFields } = typedOnLatest(sent.current, typed, saved);
    setForm((current) => ({ ...current, version: result.version, basis: saved, values, publishAt: values.publishAt }));
    if (typedFields.length > 0) setKeptFor(result);
  }, [result, typedWhileSaving]);
  const shown = result !== dismissed ? result : undefined;
  const failure = asFailure(shown);
  const stale = failure?.code === 'stale_version';
  const handedOver = noticeFromState(location.state);
  const success = useMemo(() => {
    if (shown?.ok && shown.intent !== 'duplicate') {
      const message = shown === keptFor ? `${shown.message} ${v.form.typedDuringSave}` : shown.message;
      return { ok: true, message };
    }
    return null;
  }, [shown, keptFor, v]);
  const initial = useMemo(() => (handedOver ? { ok: true, message: handedOver } : null), [handedOver]);
  const notice = success ?? reloaded ?? (result === undefined ? initial : null);

  // A copy was made: continue there.
  useEffect(() => {
    if (fetcher.state === 'idle' && result?.ok && result.intent === 'duplicate') {
      void navigate(paths.manageVacancy(lang, result.vacancy.id), {
        state: { ...PRESERVE_FOCUS, notice: result.message },
      });
    }
  }, [fetcher.state, result, navigate, lang]);

  const reload = () => {
    setForm(freshForm(vacancy.version, valuesFromVacancy(vacancy)));
    setDismissed(result);
    setReloaded({ ok: true, message: v.conflict.reloaded });
  };

  /** The latest version with what was typed on top: still unsaved, so leaving still asks. */
  const keepTyped = () => {
    if (!formRef.current) return reload();
    const typed = valuesFromForm(new FormData(formRef.current));
    const latest = valuesFromVacancy(vacancy);
    const { values, both } = typedOnLatest(form.basis, typed, latest);
    setForm(freshForm(vacancy.version, latest, values));
    setEditedKey(form.key + 1);
    setDismissed(result);
    const labels = both.map((name) => vacancyFieldMap(v)[name]?.label ?? name);
    setReloaded({ ok: true, message: keptTypedMessage(v.conflict, labels) });
  };

  const submitIntent = (intent: 'close' | 'reopen' | 'unschedule' | 'duplicate') => {
    setReloaded(null);
    setTypedWhileSaving(false);
    void fetcher.submit({ intent, version: String(form.version) }, { method: 'post' });
  };

  const changedMeanwhile = stale
    ? [
        ...new Set(
          history
            .filter((entry) => entry.version > form.version)
            .flatMap((entry) => changedFields(entry).map(fieldName)),
        ),
      ]
    : [];

  const state = vacancy.state;
  const withdrawn = state === 'withdrawn';
  // Only what the membership allows (the notice above says why): drafts, or also going live.
  const drafts = mayDraft(organisation);
  const live = mayPublish(organisation);
  const publishable = state === 'draft' || state === 'scheduled';
  const canPublish = publishable && live;
  const canClose = (state === 'published' || state === 'scheduled') && live;
  const canReopen = state === 'closed' && live;
  // Scheduled by mistake, or not yet to go: back to a draft, which nobody sees.
  const canUnschedule = state === 'scheduled' && live;
  const schedules = isFutureLocal(form.publishAt);
  const buttonText = (intent: string, text: string) => (busy && pendingIntent === intent ? a.form.busy : text);
  /** A change of state asked with one press (closing asks first, in its dialog). */
  const intentButton = (intent: 'reopen' | 'unschedule', text: string) => (
    <button
      type="button"
      className="button button-secondary"
      aria-disabled={busy || undefined}
      onClick={() => !busy && submitIntent(intent)}
    >
      {buttonText(intent, text)}
    </button>
  );

  return (
    <div className="vacancy-manage vacancy-edit">
      <p className="back-link">
        <Link to={paths.manageVacancies(lang)}>{v.edit.backToList}</Link>
      </p>
      <h1 className="break-anywhere" lang={vacancy.language === lang ? undefined : vacancy.language}>
        {vacancy.title}
      </h1>
      <MembershipNotice organisation={organisation} isAdmin={me.role === 'org_admin'} />

      <section className="status-panel" aria-labelledby="vacancy-status">
        <h2 id="vacancy-status">{v.edit.statusTitle}</h2>
        <dl className="facts">
          <div>
            <dt>{v.edit.state}</dt>
            <dd>
              <StateBadge state={state} />
            </dd>
          </div>
          {vacancy.visibility === 'internal' ? (
            // Who sees it: an internal vacancy is for members' staff only (an HR review: nothing said so).
            <div>
              <dt>{v.edit.visibility}</dt>
              <dd>
                {vacancy.publicFrom ? (
                  <>
                    {v.edit.internalUntil}{' '}
                    <time dateTime={vacancy.publicFrom}>{formatMoment(lang, vacancy.publicFrom)}</time>
                  </>
                ) : (
                  v.edit.internalOnly
                )}
              </dd>
            </div>
          ) : null}
          {state === 'scheduled' && vacancy.publishAt ? (
            <div>
              <dt>{v.edit.scheduledFor}</dt>
              <dd>
                <time dateTime={vacancy.publishAt}>{formatMoment(lang, vacancy.publishAt)}</time>
              </dd>
            </div>
          ) : null}
          {(state === 'published' || state === 'closed') && vacancy.publishedAt ? (
            <div>
              <dt>{v.edit.publishedAt}</dt>
              <dd>
                <time dateTime={vacancy.publishedAt}>{formatMoment(lang, vacancy.publishedAt)}</time>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{v.edit.closingDate}</dt>
            <dd>
              {vacancy.closingDate ? (
                <time dateTime={vacancy.closingDate}>{format.date(vacancy.closingDate)}</time>
              ) : (
                v.list.noClosingDate
              )}
            </dd>
          </div>
          <div>
            <dt>{v.edit.version}</dt>
            <dd>{vacancy.version}</dd>
          </div>
        </dl>
        {withdrawn ? (
          <div className="notice">
            <p>{v.edit.withdrawn[vacancy.withdrawnReason ?? ''] ?? v.edit.withdrawn.other}</p>
          </div>
        ) : null}
        <div className="action-bar">
          <Link className="button button-secondary" to={paths.manageVacancyPreview(lang, vacancy.id)}>
            {v.edit.preview}
          </Link>
          {canClose ? (
            <button
              type="button"
              className="button button-secondary"
              aria-disabled={busy || undefined}
              onClick={() => !busy && setClosing(true)}
            >
              {buttonText('close', v.edit.close)}
            </button>
          ) : null}
          {canUnschedule ? intentButton('unschedule', v.edit.unschedule) : null}
          {canReopen ? intentButton('reopen', v.edit.reopen) : null}
          {drafts ? (
            <button
              type="button"
              className="button button-secondary"
              aria-disabled={busy || undefined}
              aria-describedby="duplicate-hint"
              onClick={() => {
                if (busy) return;
                // The copy is made of what is saved: typed changes are asked about first, not after.
                if (editedKey === form.key) setDuplicatingUnsaved(true);
                else submitIntent('duplicate');
              }}
            >
              {buttonText('duplicate', v.edit.duplicate)}
            </button>
          ) : null}
        </div>
        {drafts ? (
          <p className="field-hint" id="duplicate-hint">
            {v.edit.duplicateHint}
          </p>
        ) : null}
      </section>

      <div className="outcome">
        {stale ? (
          <ConflictNotice
            answer={failure}
            changed={changedMeanwhile}
            onKeepTyped={keepTyped}
            onReload={reload}
            takesFocus={!typedWhileSaving}
          />
        ) : (
          <ErrorSummary failure={failure} fields={vacancyFieldMap(v)} takesFocus={!typedWhileSaving} />
        )}
        <ResultNotice result={notice} takesFocus={!typedWhileSaving} />
      </div>

      {withdrawn || !drafts ? null : (
        <fetcher.Form
          key={form.key}
          ref={formRef}
          method="post"
          noValidate
          className="form vacancy-form"
          onSubmit={sendOnce}
          onInput={() => {
            setEditedKey(form.key);
            if (busy) setTypedWhileSaving(true);
          }}
        >
          <input type="hidden" name="version" value={form.version} />
          <VacancyFormFields
            values={form.values}
            errors={failure?.fields ?? {}}
            savedDescription={vacancy.description}
            onPublishAtChange={(publishAt) => setForm((current) => ({ ...current, publishAt }))}
            live={state === 'published' || state === 'scheduled'}
            publishAtWarning={state === 'scheduled' && !schedules ? v.form.scheduleTakenAway : ''}
          />
          <div className="form-actions">
            <button
              type="submit"
              name="intent"
              value="save"
              className={canPublish ? 'button button-secondary' : 'button'}
              aria-disabled={busy || undefined}
            >
              {buttonText('save', state === 'draft' ? v.form.save : v.form.saveChanges)}
            </button>
            {canPublish ? (
              <button
                type="submit"
                name="intent"
                value="publish"
                className="button"
                aria-disabled={busy || undefined}
                aria-describedby="publish-hint"
              >
                {buttonText('publish', schedules ? v.form.schedule : v.form.publish)}
              </button>
            ) : null}
          </div>
          {canPublish ? (
            <p className="field-hint" id="publish-hint">
              {v.form.publishHint}
            </p>
          ) : publishable ? (
            <p className="field-hint">{v.form.publishUnavailable}</p>
          ) : state === 'published' ? (
            <p className="field-hint">{v.form.saveLiveHint}</p>
          ) : null}
        </fetcher.Form>
      )}

      <VacancyHistory history={history} meId={me.id} staffNames={staffNames} />

      <ConfirmDialog
        open={closing}
        title={v.edit.closeTitle}
        confirmLabel={v.edit.closeConfirm}
        onConfirm={() => {
          setClosing(false);
          submitIntent('close');
        }}
        onClose={() => setClosing(false)}
      >
        <p>{v.edit.closeText}</p>
        {openApplications > 0 ? (
          <>
            <p>{v.edit.closeOpenApplications(openApplications)}</p>
            <p>
              {/* The dialog goes first: with unsaved typing, the page asks about leaving on its own. */}
              <Link to={paths.manageVacancyApplications(lang, vacancy.id)} onClick={() => setClosing(false)}>
                {v.edit.closeOpenApplicationsLink}
              </Link>
            </p>
          </>
        ) : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={duplicatingUnsaved}
        title={v.edit.duplicateUnsavedTitle}
        confirmLabel={v.edit.duplicateUnsavedConfirm}
        onConfirm={() => {
          setDuplicatingUnsaved(false);
          setEditedKey(null);
          submitIntent('duplicate');
        }}
        onClose={() => setDuplicatingUnsaved(false)}
      >
        <p>{v.edit.duplicateUnsavedText}</p>
      </ConfirmDialog>
      {leaveGuard}
    </div>
  );
}
