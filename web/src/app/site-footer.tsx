import { useI18n } from '../i18n/use-i18n.ts';

/** The footer carries the attributions the open data licences ask for. */
export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <div className="container footer-columns">
        <p className="footer-about">{t.footer.about}</p>
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
              <a href="/api/docs">{t.footer.apiDocs}</a>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
