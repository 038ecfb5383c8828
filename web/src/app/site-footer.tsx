import { Link } from 'react-router';
import { paths } from '../i18n/paths.ts';
import { useI18n } from '../i18n/use-i18n.ts';

/**
 * The footer carries the statements a public body publishes (privacy, accessibility, contact and
 * colophon, who is behind the portal) and the attributions the open data licences ask for.
 */
export function SiteFooter() {
  const { lang, t } = useI18n();
  return (
    <footer className="site-footer">
      <div className="container footer-columns">
        <div>
          <p className="footer-about">{t.footer.about}</p>
          <ul className="footer-list">
            <li>
              <Link to={paths.about(lang)}>{t.footer.aboutLink}</Link>
            </li>
            <li>
              <Link to={paths.contact(lang)}>{t.footer.contact}</Link>
            </li>
            <li>
              <Link to={paths.privacy(lang)}>{t.footer.privacy}</Link>
            </li>
            <li>
              <Link to={paths.accessibility(lang)}>{t.footer.accessibility}</Link>
            </li>
          </ul>
        </div>
        <div>
          <h2 className="footer-heading">{t.footer.sources}</h2>
          <ul className="footer-list">
            <li>{t.footer.attributionAreas}</li>
            <li>{t.footer.attributionPostcodes}</li>
          </ul>
        </div>
        <div>
          <h2 className="footer-heading">{t.footer.forDevelopers}</h2>
          <ul className="footer-list">
            <li>
              {/* Served by the API server, not by the client router. */}
              <a href="/api/docs" hrefLang="en">
                {t.footer.apiDocs}
              </a>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
