import { useLoaderData } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { searchAdminMessages } from '../../i18n/search-admin-messages.ts';
import { useMembershipI18n } from '../../i18n/use-membership-i18n.ts';
import type { SearchAdminData } from './search-admin-route.ts';
import { SearchHealthSection } from './search-health-section.tsx';
import { SynonymsSection } from './synonyms-section.tsx';

/** /coordinatie/zoeken: the shared search's index health and rebuild, and the synonyms. */
export function SearchAdminPage() {
  const { health, breaker, synonyms, checkedAt } = useLoaderData() as SearchAdminData;
  const { lang, m } = useMembershipI18n();
  const t = searchAdminMessages[lang];
  useDocumentTitle(`${t.title} – ${m.coordination.title}`);

  return (
    <div className="search-admin-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <SearchHealthSection health={health} breaker={breaker} checkedAt={checkedAt} />
      <SynonymsSection synonyms={synonyms} />
    </div>
  );
}
