import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { Me } from '../api/types.ts';
import { membershipNotice } from '../i18n/account-messages.ts';
import { paths } from '../i18n/paths.ts';
import { useAccountI18n } from '../i18n/use-account-i18n.ts';

type Organisation = NonNullable<Me['organisation']>;

/** What staff may still do, as the server says it (`/me`): drafts, and whatever reaches beyond the organisation. */
export const mayDraft = (organisation: Organisation) => organisation.allows.includes('draft');
export const mayPublish = (organisation: Organisation) => organisation.allows.includes('publish');

interface MembershipNoticeProps {
  organisation: Organisation;
  isAdmin: boolean;
}

/**
 * The notice of a membership that is not active, on every staff page where it matters, before
 * anything is filled in: what happened, what is still possible and what not. The pages leave
 * out the actions that are not possible; this says why. Nothing for an active member.
 */
export function MembershipNotice({ organisation, isAdmin }: MembershipNoticeProps) {
  const { a } = useAccountI18n();
  const titleId = useId();
  const notice = membershipNotice(a, organisation.state);
  if (!notice) return null;
  const t = a.membershipNotice;
  const drafts = mayDraft(organisation);
  const can = [t.read, ...(drafts ? [t.draft, t.applications] : [])];
  const cannot = [...(drafts ? [] : [t.cannotDraft]), ...t.cannot, ...(isAdmin ? t.cannotAdmin : [])];
  return (
    <section className="notice membership-notice" aria-labelledby={titleId}>
      <h2 id={titleId} className="notice-title">
        {notice.title}
      </h2>
      <p>{notice.text}</p>
      <ApplicationsDeleted at={organisation.applicationsDeletedAt} isAdmin={isAdmin} />
      <div className="membership-notice-lists">
        <div>
          <h3>{t.canTitle}</h3>
          <ul>
            {can.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t.cannotTitle}</h3>
          <ul>
            {cannot.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

/**
 * A member that left: when the portal deletes the applications it received, and for an admin
 * where to export them before (the same four weeks its leaving mail named).
 */
function ApplicationsDeleted({ at, isAdmin }: { at: string | null; isAdmin: boolean }) {
  const { a, lang, format } = useAccountI18n();
  // The moment the page was opened: whether the day is still to come.
  const [openedAt] = useState(Date.now);
  if (!at) return null;
  const t = a.membershipNotice.applicationsDeleted;
  const date = format.date(at);
  if (new Date(at).getTime() <= openedAt) return <p>{t.past(date)}</p>;
  return (
    <p>
      <strong>{t.coming(date)}</strong>{' '}
      {isAdmin ? (
        <>
          {t.exportAdmin} <Link to={paths.manageMembership(lang)}>{t.exportLink}</Link>.
        </>
      ) : (
        t.exportStaff
      )}
    </p>
  );
}
