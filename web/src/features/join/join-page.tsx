import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

/** Placeholder until the application form (POST /api/v1/membership-applications) is built. */
export function JoinPage() {
  const { lang, t } = useI18n();
  useDocumentTitle(t.join.title);
  return (
    <div className="join-page">
      <h1>{t.join.title}</h1>
      {t.join.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p>
        <Link to={paths.members(lang)}>{t.join.membersLink}</Link>
      </p>
    </div>
  );
}
