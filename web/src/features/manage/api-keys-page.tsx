import { useEffect, useMemo, useRef, useState } from 'react';
import { useSingleSend } from '../../lib/single-send.ts';
import { useFetcher, useLoaderData } from 'react-router';
import type { ApiKey, ApiKeyScope, NewApiKey } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CheckboxGroup } from '../../components/form-controls.tsx';
import { fieldProps, TextField } from '../../components/form-fields.tsx';
import { MembershipNotice, mayPublish } from '../../components/membership-notice.tsx';
import { ResultNotice, settledData } from '../../components/result-notice.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useTaxonomies } from '../../hooks/use-labels.ts';
import { scopeLabel } from '../../i18n/account-messages.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import { curlExamples, type CurlExample } from './api-examples.ts';
import { API_KEY_SCOPES, type ApiKeyResult } from './manage-actions.ts';

const READ_ONLY: readonly ApiKeyScope[] = ['read'];
import type { ApiKeysData } from './manage-route.ts';

/** The API's reference, served by the API server (not by the client router). */
const DOCS_PATH = '/api/docs';

/**
 * /beheer/api-sleutels: the organisation's integration keys. It gives an integrator what a
 * connection needs: the organisation's id, the API's address and documentation, keys with the
 * scopes chosen, and (once, with a new key's secret) curl examples that work as shown.
 */
export function ApiKeysPage() {
  const { keys, organisation } = useLoaderData() as ApiKeysData;
  const { a, format } = useAccountI18n();
  useDocumentTitle(a.apiKeys.title);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const revocation = useFetcher<ApiKeyResult>();
  const revoked = settledData(revocation);
  const revocationResult = useMemo(() => {
    if (!revoked) return null;
    return revoked.ok ? { ok: true, message: 'message' in revoked ? revoked.message : '' } : revoked;
  }, [revoked]);

  const confirmRevocation = () => {
    if (!revoking) return;
    void revocation.submit({ intent: 'revoke', keyId: revoking.id, name: revoking.name }, { method: 'post' });
    setRevoking(null);
  };

  return (
    <div className="api-keys-page">
      <h1>{a.apiKeys.title}</h1>
      <p className="lead">{a.apiKeys.intro}</p>
      <MembershipNotice organisation={organisation} isAdmin />

      <section className="page-section" aria-labelledby="connection-title">
        <h2 id="connection-title">{a.apiKeys.connectionTitle}</h2>
        <p>{a.apiKeys.connectionIntro}</p>
        <CopyableValue
          id="organisation-id"
          label={a.apiKeys.organisationId}
          hint={a.apiKeys.organisationIdHint(organisation.name)}
          value={organisation.id}
          copyLabel={a.apiKeys.copyOrganisationId}
          copiedMessage={a.apiKeys.organisationIdCopied}
        />
        <CopyableValue id="api-address" label={a.apiKeys.apiAddress} value={`${window.location.origin}/api/v1`} />
        <p>{a.apiKeys.meHint}</p>
        <p>
          <a href={DOCS_PATH}>{a.apiKeys.docs}</a>. {a.apiKeys.docsHint}
        </p>
      </section>

      {mayPublish(organisation) ? (
        <CreateKeyForm keyIds={keys.map((key) => key.id)} />
      ) : (
        // Said in the form's place, so nobody fills one in for nothing: the server would refuse the key.
        <section className="page-section" aria-labelledby="create-key-title">
          <h2 id="create-key-title">{a.apiKeys.createTitle}</h2>
          <p>{a.membershipNotice.keysUnavailable}</p>
        </section>
      )}

      <section className="page-section" aria-labelledby="keys-list">
        <h2 id="keys-list">{a.apiKeys.listTitle}</h2>
        <ResultNotice result={revocationResult} />
        {keys.length === 0 ? (
          <p>{a.apiKeys.empty}</p>
        ) : (
          <table className="data-table keys-table">
            <caption className="visually-hidden">{a.apiKeys.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{a.apiKeys.columns.name}</th>
                <th scope="col">{a.apiKeys.columns.prefix}</th>
                <th scope="col">{a.apiKeys.columns.scopes}</th>
                <th scope="col">{a.apiKeys.columns.created}</th>
                <th scope="col">{a.apiKeys.columns.lastUsed}</th>
                <th scope="col">{a.apiKeys.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id}>
                  <td>
                    <span className="cell-label" aria-hidden="true">
                      {a.apiKeys.columns.name}
                    </span>
                    <span className="break-anywhere">{key.name}</span>
                  </td>
                  <td>
                    <span className="cell-label" aria-hidden="true">
                      {a.apiKeys.columns.prefix}
                    </span>
                    <code>{key.prefix}…</code>
                  </td>
                  <td>
                    <span className="cell-label" aria-hidden="true">
                      {a.apiKeys.columns.scopes}
                    </span>
                    <ul className="scope-list">
                      {key.scopes.map((scope) => (
                        <li key={scope}>{scopeLabel(a, scope)}</li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <span className="cell-label" aria-hidden="true">
                      {a.apiKeys.columns.created}
                    </span>
                    {format.date(key.createdAt)}
                    {key.createdBy && (
                      <>
                        <br />
                        {a.apiKeys.createdBy(key.createdBy.name, key.createdBy.gone)}
                      </>
                    )}
                  </td>
                  <td>
                    <span className="cell-label" aria-hidden="true">
                      {a.apiKeys.columns.lastUsed}
                    </span>
                    {key.lastUsedAt ? format.date(key.lastUsedAt) : a.apiKeys.neverUsed}
                  </td>
                  <td>
                    <span className="cell-label" aria-hidden="true">
                      {a.apiKeys.columns.actions}
                    </span>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => setRevoking(key)}
                    >
                      {a.apiKeys.revoke}
                      <span className="visually-hidden"> {key.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <ConfirmDialog
        open={revoking !== null}
        title={revoking ? a.apiKeys.revokeTitle(revoking.name) : ''}
        confirmLabel={a.apiKeys.revokeConfirm}
        onConfirm={confirmRevocation}
        onClose={() => setRevoking(null)}
      >
        <p>{a.apiKeys.revokeText}</p>
      </ConfirmDialog>
    </div>
  );
}

const CREATE = 'create-key';

/** `keyIds`: the organisation's keys as listed now; a new key revoked meanwhile is offered no more. */
function CreateKeyForm({ keyIds }: { keyIds: readonly string[] }) {
  const { a } = useAccountI18n();
  const fetcher = useFetcher<ApiKeyResult>();
  const failure = asFailure(fetcher.data);
  const created = fetcher.data?.ok === true && fetcher.data.intent === 'create' ? fetcher.data.created : null;
  const { busy, sendOnce } = useSingleSend(fetcher);
  const formRef = useRef<HTMLFormElement>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  // The last key made stays until put away: the form sent again (and refused) took it off the
  // page, its secret lost (a review).
  const [shown, setShown] = useState<NewApiKey | null>(null);
  if (created && created.id !== shown?.id) setShown(created);
  const fields = {
    name: { id: `${CREATE}-name`, label: a.apiKeys.createName },
    scopes: { id: `${CREATE}-scopes`, label: a.apiKeys.scopesLegend },
  };
  const field = fieldProps(fields, failure?.fields);

  useEffect(() => {
    if (created) formRef.current?.reset();
  }, [created]);

  return (
    <section className="page-section form-section" aria-labelledby="create-key-title">
      <h2 id="create-key-title">{a.apiKeys.createTitle}</h2>
      {/* Revoked from the list below, the key it shows works no more (a review: it stayed, to copy). */}
      {shown && dismissed !== shown.id && keyIds.includes(shown.id) ? (
        <NewKey
          created={shown}
          onDismiss={() => {
            setDismissed(shown.id);
            document.getElementById(fields.name.id)?.focus();
          }}
        />
      ) : null}
      <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
      <fetcher.Form method="post" noValidate className="form" ref={formRef} onSubmit={sendOnce}>
        <input type="hidden" name="intent" value="create" />
        <TextField {...field('name')} autoComplete="off" maxLength={100} hint={a.apiKeys.createNameHint} />
        <CheckboxGroup<ApiKeyScope>
          {...field('scopes')}
          hint={a.apiKeys.scopesHint}
          options={API_KEY_SCOPES.map((scope) => ({
            value: scope,
            label: scopeLabel(a, scope),
            hint: a.apiKeys.scopeHints[scope],
          }))}
          // No more than reading to begin with: writing and publishing are ticked on purpose.
          defaultValues={READ_ONLY}
        />
        <SubmitButton busy={busy}>{a.apiKeys.createSubmit}</SubmitButton>
      </fetcher.Form>
    </section>
  );
}

/**
 * The secret of a key just made, shown this once: a warning, the whole key in a read-only
 * field (wrapped, so it shows in full on a phone; select it to copy by hand), a copy button,
 * and a way to put it away. Focus moves here.
 */
function NewKey({ created, onDismiss }: { created: NewApiKey; onDismiss: () => void }) {
  const { a } = useAccountI18n();
  const boxRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const inputId = `new-key-${created.id}`;

  // Focused for a screen reader to read the panel from its heading; scrolled to its top, where
  // the key is: focus alone scrolled the tall panel to its end, the key out of sight above (a
  // review), so the key could be put away unseen.
  useEffect(() => {
    boxRef.current?.focus({ preventScroll: true });
    boxRef.current?.scrollIntoView({ block: 'start' });
  }, [created.id]);

  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopy('copied');
    } catch {
      inputRef.current?.select();
      setCopy('failed');
    }
  };

  return (
    <div className="new-key" ref={boxRef} tabIndex={-1} aria-labelledby="new-key-title">
      <h3 id="new-key-title" className="new-key-title">
        {a.apiKeys.newKeyTitle}
      </h3>
      <p className="new-key-warning" id="new-key-warning">
        {a.apiKeys.newKeyWarning}
      </p>
      <label htmlFor={inputId} className="field-label">
        {a.apiKeys.newKeyLabel(created.name)}
      </label>
      <div className="new-key-value">
        <textarea
          ref={inputRef}
          id={inputId}
          className="input code"
          readOnly
          rows={2}
          value={created.key}
          spellCheck={false}
          autoComplete="off"
          aria-describedby="new-key-warning"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copyKey()}>
          {a.apiKeys.copy}
        </button>
      </div>
      <p role="status" className="new-key-status">
        {copy === 'copied' ? a.apiKeys.copied : copy === 'failed' ? a.apiKeys.copyFailed : null}
      </p>
      <p>{a.apiKeys.newKeyScopes(created.scopes.map((scope) => scopeLabel(a, scope)).join(', '))}</p>
      <KeyExamples created={created} />
      <button type="button" className="button button-secondary" onClick={onDismiss}>
        {a.apiKeys.dismiss}
      </button>
    </div>
  );
}

/** The curl examples for a key just made: publish a vacancy, close it, read its history. */
function KeyExamples({ created }: { created: NewApiKey }) {
  const { a } = useAccountI18n();
  const { organisation, municipalityCode } = useLoaderData() as ApiKeysData;
  const taxonomies = useTaxonomies();
  const category =
    taxonomies?.categories.find((c) => c.code === 'beleid')?.code ?? taxonomies?.categories[0]?.code ?? 'beleid';
  const examples = curlExamples({
    origin: window.location.origin,
    organisationId: organisation.id,
    key: created.key,
    municipalityCode: municipalityCode || (taxonomies?.municipalities[0]?.code ?? 'GM0855'),
    category,
    title: a.apiKeys.publishExampleTitle,
    summary: a.apiKeys.publishExampleSummary,
  });
  const texts: Record<CurlExample['id'], { title: string; text: string }> = {
    publish: { title: a.apiKeys.publishExample, text: a.apiKeys.publishExampleText },
    close: { title: a.apiKeys.closeExample, text: a.apiKeys.closeExampleText },
    history: { title: a.apiKeys.historyExample, text: a.apiKeys.historyExampleText },
  };
  return (
    <section className="key-examples" aria-labelledby="key-examples-title">
      <h4 id="key-examples-title">{a.apiKeys.examplesTitle}</h4>
      <p>{a.apiKeys.examplesIntro}</p>
      {examples.map((example) => {
        const missing = example.scopes.filter((scope) => !created.scopes.includes(scope));
        return (
          <div className="key-example" key={example.id} data-example={example.id}>
            <h5 id={`example-${example.id}`}>{texts[example.id].title}</h5>
            <p>{texts[example.id].text}</p>
            {missing.length === 0 ? null : (
              <p className="key-example-warning">
                {a.apiKeys.exampleNeedsScopes(missing.map((scope) => scopeLabel(a, scope)).join(', '))}
              </p>
            )}
            <pre className="code-example">
              <code>{example.command}</code>
            </pre>
            <CopyButton
              text={example.command}
              label={a.apiKeys.copyExample}
              context={texts[example.id].title}
              copiedMessage={a.apiKeys.exampleCopied}
            />
          </div>
        );
      })}
      <p>
        <a href={DOCS_PATH}>{a.apiKeys.docs}</a>
      </p>
    </section>
  );
}

/** A value to copy into another system: read-only, selectable, wrapped, with a copy button where it helps. */
function CopyableValue(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  copyLabel?: string;
  copiedMessage?: string;
}) {
  const { id, label, hint, value, copyLabel, copiedMessage } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field copyable">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="new-key-value">
        {/* A text area, so a long value wraps and shows whole on a phone. */}
        <textarea
          id={id}
          className="input code"
          readOnly
          rows={1}
          value={value}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={hintId}
          onFocus={(event) => event.currentTarget.select()}
        />
        {copyLabel && copiedMessage ? (
          <CopyButton text={value} label={copyLabel} copiedMessage={copiedMessage} />
        ) : null}
      </div>
    </div>
  );
}

/** Copies text to the clipboard and says so (or that it did not work) in a status message. */
function CopyButton(props: { text: string; label: string; context?: string; copiedMessage: string }) {
  const { a } = useAccountI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => void copy()}>
        {props.label}
        {props.context ? <span className="visually-hidden">: {props.context}</span> : null}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? props.copiedMessage : state === 'failed' ? a.apiKeys.copyFailedSelect : null}
      </span>
    </>
  );
}
