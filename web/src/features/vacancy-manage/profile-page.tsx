import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useSingleSend } from '../../lib/single-send.ts';
import { Link, useFetcher, useLoaderData } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { MembershipNotice, mayPublish } from '../../components/membership-notice.tsx';
import { OrganisationLogo } from '../../components/organisation-logo.tsx';
import { TextAreaField } from '../../components/form-controls.tsx';
import { fieldProps, TextField } from '../../components/form-fields.tsx';
import { ResultNotice, settledData } from '../../components/result-notice.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { paths } from '../../i18n/paths.ts';
import { useVacancyManageI18n } from '../../i18n/use-vacancy-manage-i18n.ts';
import { asFailure, formText } from '../../lib/form-result.ts';
import { keptTypedMessage, typedOnLatest } from '../../lib/typed-on-latest.ts';
import type { ProfileData, ProfileResult } from './profile-route.ts';
import { ConflictNotice } from './conflict-notice.tsx';
import { HtmlPreview } from './vacancy-form-fields.tsx';
import './vacancy-manage.css';

/** /beheer/profiel: what job seekers read about the organisation, and its logo. */
export function ProfilePage() {
  const { me, organisation, profile } = useLoaderData() as ProfileData;
  const { lang, a, v } = useVacancyManageI18n();
  useDocumentTitle(v.profile.title);
  // A member that is not active has no public page, and may not change what would appear on it.
  const editable = mayPublish(organisation);
  return (
    <div className="vacancy-manage profile-page">
      <h1>{v.profile.title}</h1>
      <p className="lead">{v.profile.intro}</p>
      <MembershipNotice organisation={organisation} isAdmin={me.role === 'org_admin'} />
      {editable ? (
        <>
          <p>
            <Link to={paths.organisation(lang, profile.slug)}>{v.profile.publicPage}</Link>
          </p>
          <LogoSection />
          <DetailsForm />
        </>
      ) : (
        <section className="page-section" aria-labelledby="details-title">
          <h2 id="details-title">{v.profile.detailsTitle}</h2>
          <p>{a.membershipNotice.profileUnavailable}</p>
          <HtmlPreview title={v.profile.preview} html={profile.description} lang={lang === 'nl' ? undefined : 'nl'} />
        </section>
      )}
    </div>
  );
}

const LOGO = 'profile-logo';

function LogoSection() {
  const { profile } = useLoaderData() as ProfileData;
  const { v } = useVacancyManageI18n();
  const upload = useFetcher<ProfileResult>();
  const removal = useFetcher<ProfileResult>();
  const [removing, setRemoving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const failure = asFailure(upload.data);
  const { busy, sendOnce } = useSingleSend(upload);
  const fields = { logo: { id: LOGO, label: v.profile.logoFile } };
  const field = fieldProps(fields, failure?.fields);
  // The latest answer of either form, as the one notice under the logo.
  const [latest, setLatest] = useState<ProfileResult | null>(null);
  const uploaded = settledData(upload);
  const removed = settledData(removal);
  const [seen, setSeen] = useState({ uploaded, removed });
  if (seen.uploaded !== uploaded || seen.removed !== removed) {
    setLatest(seen.removed !== removed ? (removed ?? null) : (uploaded ?? null));
    setSeen({ uploaded, removed });
  }
  const notice = useMemo(() => {
    if (!latest) return null;
    if (latest.ok) return { ok: true, message: latest.message };
    return latest === removed ? { ok: false, message: latest.message } : null;
  }, [latest, removed]);

  useEffect(() => {
    if (upload.data?.ok) formRef.current?.reset();
  }, [upload.data]);

  return (
    <section className="page-section form-section" aria-labelledby="logo-title">
      <h2 id="logo-title">{v.profile.logoTitle}</h2>
      {profile.logoUrl ? (
        <figure className="logo-current">
          {/* Alone here, so it says whose logo it is. */}
          <OrganisationLogo url={profile.logoUrl} size="large" alt={v.profile.logoAlt(profile.name)} />
          <figcaption className="muted small">{v.profile.currentLogo}</figcaption>
        </figure>
      ) : (
        <p>{v.profile.noLogo}</p>
      )}
      <ResultNotice result={notice} />
      <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
      <upload.Form
        method="post"
        encType="multipart/form-data"
        noValidate
        className="form"
        ref={formRef}
        onSubmit={sendOnce}
      >
        <input type="hidden" name="intent" value="logo" />
        <TextField
          {...field('logo')}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          hint={v.profile.logoHint}
          className="input-file"
        />
        <div className="form-actions">
          <SubmitButton busy={busy}>{v.profile.upload}</SubmitButton>
          {profile.logoUrl ? (
            <button type="button" className="button button-secondary" onClick={() => setRemoving(true)}>
              {v.profile.remove}
            </button>
          ) : null}
        </div>
      </upload.Form>
      <ConfirmDialog
        open={removing}
        title={v.profile.removeTitle}
        confirmLabel={v.profile.removeConfirm}
        onConfirm={() => {
          setRemoving(false);
          void removal.submit({ intent: 'removeLogo' }, { method: 'post' });
        }}
        onClose={() => setRemoving(false)}
      >
        <p>{v.profile.removeText}</p>
      </ConfirmDialog>
    </section>
  );
}

const DETAILS = 'profile';
type DetailName = 'description' | 'offer' | 'website';

/**
 * The form keeps the version and the values it was loaded at. Each save sends that version;
 * when someone else saved in between, the server refuses (409): the typed texts stay, and
 * "load the latest version" starts the form afresh from what is stored now.
 */
function DetailsForm() {
  const { profile } = useLoaderData() as ProfileData;
  const { lang, v } = useVacancyManageI18n();
  const fetcher = useFetcher<ProfileResult>();
  // What the form is based on (its version, what counts as changed), and the texts it shows when
  // they are not the stored ones (the latest version with the typed changes on top).
  const [base, setBase] = useState<{ key: number; profile: typeof profile; typed?: Record<DetailName, string> }>({
    key: 0,
    profile,
  });
  const [seen, setSeen] = useState(fetcher.data);
  const [dismissed, setDismissed] = useState<ProfileResult | undefined>(undefined);
  const [reloaded, setReloaded] = useState<{ ok: true; message: string } | null>(null);
  const { busy, sendOnce } = useSingleSend(fetcher, () => setReloaded(null));
  const formRef = useRef<HTMLFormElement>(null);
  const result = fetcher.data;
  if (result !== seen) {
    setSeen(result);
    // Saved: the form goes on from the new version. Its fields keep what is in them (the preview
    // shows what was stored): typed on while the answer was coming, it stays (a CI run caught a
    // remount throwing such typing away).
    if (result?.ok && result.intent === 'details') setBase((current) => ({ ...current, profile: result.profile }));
  }
  const shown = result !== dismissed ? result : undefined;
  const failure = asFailure(shown);
  const stale = failure?.code === 'stale_version';
  // A logo chosen is saved by its own button: saving the profile said "saved" with the file still
  // waiting, and the logo was not (an admin's walk). Said with it, as it was when this was sent.
  const [logoWaiting, setLogoWaiting] = useState(false);
  const send = (event: FormEvent<HTMLFormElement>) => {
    const logo = document.getElementById(LOGO);
    setLogoWaiting(logo instanceof HTMLInputElement && (logo.files?.length ?? 0) > 0);
    sendOnce(event);
  };
  const saved = useMemo(
    () =>
      shown?.ok
        ? { ok: true, message: logoWaiting ? `${shown.message} ${v.profile.logoWaiting}` : shown.message }
        : null,
    [shown, logoWaiting, v],
  );
  const fields = {
    description: { id: `${DETAILS}-description`, label: v.profile.description },
    offer: { id: `${DETAILS}-offer`, label: v.profile.offer.replace(/ \(.*\)$/, '') },
    website: { id: `${DETAILS}-website`, label: v.profile.website.replace(/ \(.*\)$/, '') },
  };
  const field = fieldProps(fields, failure?.fields);
  // The page has loaded what is stored since the refusal: what differs from the form's start is theirs.
  const changedMeanwhile = stale
    ? (['description', 'offer', 'website'] as const satisfies readonly DetailName[])
        .filter((name) => (profile[name] ?? '') !== (base.profile[name] ?? ''))
        .map((name) => fields[name].label)
    : [];
  const reload = () => {
    setBase((current) => ({ key: current.key + 1, profile }));
    setDismissed(result);
    setReloaded({ ok: true, message: v.conflict.reloaded });
  };
  // The latest profile with what was typed on top (nothing to type again: WCAG 3.3.7).
  const keepTyped = () => {
    if (!formRef.current) return reload();
    const form = new FormData(formRef.current);
    const texts = (of: Pick<typeof profile, DetailName>) => ({
      description: of.description ?? '',
      offer: of.offer ?? '',
      website: of.website ?? '',
    });
    const typed = {
      description: formText(form, 'description'),
      offer: formText(form, 'offer'),
      website: formText(form, 'website'),
    };
    const { values, both } = typedOnLatest(texts(base.profile), typed, texts(profile));
    setBase((current) => ({ key: current.key + 1, profile, typed: values }));
    setDismissed(result);
    setReloaded({
      ok: true,
      message: keptTypedMessage(
        v.conflict,
        both.map((name) => fields[name].label),
      ),
    });
  };

  return (
    <section className="page-section form-section" aria-labelledby="details-title">
      <h2 id="details-title">{v.profile.detailsTitle}</h2>
      <ResultNotice result={saved ?? reloaded} />
      {stale ? (
        <ConflictNotice
          answer={failure}
          changed={changedMeanwhile}
          onKeepTyped={keepTyped}
          onReload={reload}
          title={v.profile.conflictTitle}
          headingLevel={3}
        />
      ) : (
        <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
      )}
      <fetcher.Form key={base.key} ref={formRef} method="post" noValidate className="form" onSubmit={send}>
        <input type="hidden" name="intent" value="details" />
        <input type="hidden" name="version" value={base.profile.version} />
        <TextAreaField
          {...field('description')}
          hint={v.profile.descriptionHint}
          defaultValue={base.typed?.description ?? base.profile.description}
          rows={10}
          className="code"
          lang={lang === 'nl' ? undefined : 'nl'}
        />
        <HtmlPreview title={v.profile.preview} html={profile.description} lang={lang === 'nl' ? undefined : 'nl'} />
        <TextAreaField
          {...field('offer')}
          label={v.profile.offer}
          hint={v.profile.offerHint}
          defaultValue={base.typed?.offer ?? base.profile.offer}
          rows={5}
          lang={lang === 'nl' ? undefined : 'nl'}
        />
        <TextField
          {...field('website')}
          type="url"
          label={v.profile.website}
          hint={v.profile.websiteHint}
          defaultValue={base.typed?.website ?? base.profile.website ?? ''}
          autoComplete="url"
          spellCheck={false}
        />
        <SubmitButton busy={busy}>{v.profile.save}</SubmitButton>
      </fetcher.Form>
    </section>
  );
}
