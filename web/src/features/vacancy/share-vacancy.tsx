import { useCopy } from '../../hooks/use-copy.ts';
import { useHydrated } from '../../hooks/use-hydrated.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

interface ShareVacancyProps {
  title: string;
  organisationName: string;
  /** The canonical, absolute address of the vacancy. */
  url: string;
}

/**
 * Sharing without third parties: plain links that open the visitor's own mail program,
 * LinkedIn or WhatsApp with the address filled in, so no script or tracker of theirs is
 * loaded here. Copying confirms in a live region; printing uses the print style sheet.
 */
export function ShareVacancy({ title, organisationName, url }: ShareVacancyProps) {
  const { lang, t } = useI18n();
  // Copying and printing need scripts: without them the buttons would do nothing.
  const hydrated = useHydrated();
  const [status, copy] = useCopy({ copied: t.vacancy.share.copied, failed: t.vacancy.share.copyFailed });
  const message = t.vacancy.share.message(title, organisationName, url);
  const mailto = `mailto:?subject=${encodeURIComponent(t.vacancy.share.emailSubject(title))}&body=${encodeURIComponent(message)}`;

  return (
    <section className="vacancy-share" aria-labelledby="delen" lang={lang}>
      <h2 id="delen">{t.vacancy.share.heading}</h2>
      <ul className="share-links">
        <li>
          <a href={mailto}>{t.vacancy.share.email}</a>
        </li>
        <li>
          <a href={`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`} rel="external">
            {t.vacancy.share.linkedIn}
          </a>
        </li>
        <li>
          <a href={`https://wa.me/?text=${encodeURIComponent(message)}`} rel="external">
            {t.vacancy.share.whatsApp}
          </a>
        </li>
      </ul>
      {hydrated ? (
        <div className="share-actions">
          <button type="button" className="button button-secondary" onClick={() => void copy(url)}>
            {t.vacancy.share.copy}
          </button>
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            {t.vacancy.share.print}
          </button>
        </div>
      ) : null}
      <p className="share-status" role="status">
        {status}
      </p>
    </section>
  );
}
