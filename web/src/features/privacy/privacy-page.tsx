import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { paths } from '../../i18n/paths.ts';
import { DPO_EMAIL, PRIVACY_CONTACT_EMAIL, privacyMessages } from '../../i18n/privacy-messages.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import './privacy.css';

/** One part of the statement: a heading (h2) and its paragraphs. */
function Section({ id, title, text }: { id: string; title: string; text?: readonly string[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {text?.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </section>
  );
}

/**
 * The privacy statement: who is responsible, what is kept and why, who sees it, for how long,
 * what the reader can do themselves, cookies and contact. Static text, so no loader.
 */
export function PrivacyPage() {
  const { lang } = useI18n();
  const p = privacyMessages[lang];
  useDocumentTitle(p.title);

  return (
    <article className="prose privacy-page">
      <h1>{p.title}</h1>
      <p className="lead">{p.lead}</p>

      <Section id="privacy-who" title={p.who.title} text={p.who.text} />

      <section aria-labelledby="privacy-what">
        <h2 id="privacy-what">{p.what.title}</h2>
        <ul>
          {p.what.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <Section id="privacy-why" title={p.why.title} text={p.why.text} />
      <Section id="privacy-access" title={p.access.title} text={p.access.text} />

      <section aria-labelledby="privacy-retention">
        <h2 id="privacy-retention">{p.retention.title}</h2>
        <table className="retention-table">
          <caption className="visually-hidden">{p.retention.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{p.retention.columns.what}</th>
              <th scope="col">{p.retention.columns.howLong}</th>
            </tr>
          </thead>
          <tbody>
            {p.retention.rows.map((row) => (
              <tr key={row.what}>
                <th scope="row">{row.what}</th>
                <td>{row.howLong}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {p.retention.text.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      <section aria-labelledby="privacy-rights">
        <h2 id="privacy-rights">{p.rights.title}</h2>
        <p>{p.rights.intro}</p>
        <ul>
          <li>{p.rights.download}</li>
          <li>{p.rights.erase}</li>
          <li>{p.rights.withdraw}</li>
        </ul>
        <p>
          <Link to={paths.account(lang)}>{p.rights.accountLink}</Link>
        </p>
        <p>{p.rights.guest}</p>
        <p>{p.rights.more}</p>
        <p>
          {p.rights.complaintBefore}
          <a href={p.apUrl}>{p.rights.complaintLink}</a>
          {p.rights.complaintAfter}
        </p>
      </section>

      <Section id="privacy-cookies" title={p.cookies.title} text={p.cookies.text} />

      <section aria-labelledby="privacy-contact">
        <h2 id="privacy-contact">{p.contact.title}</h2>
        <p>{p.contact.application}</p>
        <p>
          {p.contact.portalBefore}
          <a href={`mailto:${PRIVACY_CONTACT_EMAIL}`}>{PRIVACY_CONTACT_EMAIL}</a>
          {p.contact.portalAfter}
        </p>
        <p>
          {p.contact.dpoBefore}
          <a href={`mailto:${DPO_EMAIL}`}>{DPO_EMAIL}</a>
          {p.contact.dpoAfter}
        </p>
      </section>
    </article>
  );
}
