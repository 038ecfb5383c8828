import { useEffect, useMemo, useRef, useState } from 'react';
import { useFetcher, useLoaderData } from 'react-router';
import type { ApiKey, NewApiKey } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { fieldProps, TextField } from '../../components/form-fields.tsx';
import { MembershipNotice, mayPublish } from '../../components/membership-notice.tsx';
import { ResultNotice } from '../../components/result-notice.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useAccountI18n } from '../../i18n/use-account-i18n.ts';
import { asFailure } from '../../lib/form-result.ts';
import type { ApiKeyResult } from './manage-actions.ts';
import type { ApiKeysData } from './manage-route.ts';

/** /beheer/api-sleutels: the organisation's integration keys; a new key's secret is shown once. */
export function ApiKeysPage() {
  const { keys, organisation } = useLoaderData() as ApiKeysData;
  const { a, format } = useAccountI18n();
  useDocumentTitle(a.apiKeys.title);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const revocation = useFetcher<ApiKeyResult>();
  const revocationResult = useMemo(() => {
    const result = revocation.data;
    if (!result) return null;
    return result.ok ? { ok: true, message: 'message' in result ? result.message : '' } : result;
  }, [revocation.data]);

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
      <p>
        {/* Served by the API server, not by the client router. */}
        <a href="/api/docs">{a.apiKeys.docs}</a>
      </p>

      {mayPublish(organisation) ? (
        <CreateKeyForm />
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
                      {a.apiKeys.columns.created}
                    </span>
                    {format.date(key.createdAt)}
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

function CreateKeyForm() {
  const { a } = useAccountI18n();
  const fetcher = useFetcher<ApiKeyResult>();
  const failure = asFailure(fetcher.data);
  const created = fetcher.data?.ok === true && fetcher.data.intent === 'create' ? fetcher.data.created : null;
  const busy = fetcher.state !== 'idle';
  const formRef = useRef<HTMLFormElement>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const fields = { name: { id: `${CREATE}-name`, label: a.apiKeys.createName } };
  const field = fieldProps(fields, failure?.fields);

  useEffect(() => {
    if (created) formRef.current?.reset();
  }, [created]);

  return (
    <section className="page-section form-section" aria-labelledby="create-key-title">
      <h2 id="create-key-title">{a.apiKeys.createTitle}</h2>
      {created && dismissed !== created.id ? (
        <NewKey
          created={created}
          onDismiss={() => {
            setDismissed(created.id);
            document.getElementById(fields.name.id)?.focus();
          }}
        />
      ) : null}
      <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
      <fetcher.Form
        method="post"
        noValidate
        className="form"
        ref={formRef}
        onSubmit={(event) => busy && event.preventDefault()}
      >
        <input type="hidden" name="intent" value="create" />
        <TextField {...field('name')} autoComplete="off" maxLength={100} hint={a.apiKeys.createNameHint} />
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

  useEffect(() => {
    boxRef.current?.focus();
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
      <button type="button" className="button button-secondary" onClick={onDismiss}>
        {a.apiKeys.dismiss}
      </button>
    </div>
  );
}
