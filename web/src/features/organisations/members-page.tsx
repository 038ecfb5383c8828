import { Link, useLoaderData } from 'react-router';
import type { OrganisationList } from '../../api/types.ts';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLabels } from '../../hooks/use-labels.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

/** The active member organisations of the alliance. */
export function MembersPage() {
  const { items } = useLoaderData() as OrganisationList;
  const { lang, t } = useI18n();
  const labels = useLabels();
  useDocumentTitle(t.members.title);
  const members = [...items].sort((a, b) => a.name.localeCompare(b.name, lang));

  return (
    <div className="members-page">
      <h1>{t.members.title}</h1>
      <p className="lead">{t.members.intro}</p>
      <p className="muted">{t.members.count(members.length)}</p>
      {members.length > 0 ? (
        <ul className="members">
          {members.map((member) => (
            <li key={member.slug} className="member">
              <h2 className="member-name">
                <Link to={paths.organisation(lang, member.slug)}>{member.name}</Link>
              </h2>
              <p className="member-meta">
                {labels.organisationKind(member.kind)}, {member.municipalityName}
              </p>
              <p className="member-vacancies">{t.organisation.openVacancies(member.openVacancies)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.members.empty}</p>
      )}
      <p className="join-cta">
        {t.members.joinCta} <Link to={paths.join(lang)}>{t.members.joinLink}</Link>
      </p>
    </div>
  );
}
