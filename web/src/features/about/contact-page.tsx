import { Link, useLoaderData } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { aboutMessages } from '../../i18n/about-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { ContactData } from './about-loaders.ts';
import { OfficeDetails } from './office-details.tsx';
import './about.css';

/**
 * Contact and colophon: how to reach the alliance office (the server's configuration), where
 * questions about a vacancy go instead, and who publishes the portal and answers for what.
 */
export function ContactPage() {
  const { contact } = useLoaderData() as ContactData;
  const { lang, t } = useI18n();
  const c = aboutMessages[lang].contact;
  useDocumentTitle(c.title);

  return (
    <article className="prose about-page">
      <h1>{c.title}</h1>
      <p className="lead">{c.lead}</p>

      <section aria-labelledby="alliantiebureau">
        <h2 id="alliantiebureau">{c.office.title}</h2>
        <p>{c.office.text}</p>
        <OfficeDetails contact={contact} />
      </section>

      <section aria-labelledby="vraag-over-vacature">
        <h2 id="vraag-over-vacature">{c.vacancy.title}</h2>
        <p>{c.vacancy.text}</p>
      </section>

      <section aria-labelledby="colofon">
        <h2 id="colofon">{c.colophon.title}</h2>
        <p>{c.colophon.publisher(contact.name)}</p>
        <p>
          <Link to={paths.about(lang)}>{c.colophon.membersLink}</Link>
        </p>
        <p>{c.colophon.content}</p>
        <p>{c.colophon.sources}</p>
        <p>{c.colophon.software}</p>
        <h3>{c.colophon.statements}</h3>
        <ul>
          <li>
            <Link to={paths.privacy(lang)}>{t.footer.privacy}</Link>
          </li>
          <li>
            <Link to={paths.accessibility(lang)}>{t.footer.accessibility}</Link>
          </li>
          <li>
            {/* Served by the API server, not by the client router. */}
            <a href="/api/docs" hrefLang="en">
              {t.footer.apiDocs}
            </a>
          </li>
        </ul>
      </section>
    </article>
  );
}
