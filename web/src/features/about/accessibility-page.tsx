import { useLoaderData } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { aboutMessages, OMBUDSMAN_URL, REGISTER_URL, STATEMENT_DATE } from '../../i18n/about-messages.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { ContactData } from './about-loaders.ts';
import { OfficeDetails } from './office-details.tsx';
import './about.css';

/**
 * The accessibility statement (toegankelijkheidsverklaring), in the order of the Dutch
 * government's model: the status, the standard, how it was tested, what is not accessible yet,
 * how to report a problem (to the alliance office, from the server's configuration) and its date.
 */
export function AccessibilityPage() {
  const { contact } = useLoaderData() as ContactData;
  const { lang, format } = useI18n();
  const a = aboutMessages[lang].accessibility;
  useDocumentTitle(a.title);
  const date = format.date(STATEMENT_DATE);

  return (
    <article className="prose about-page">
      <h1>{a.title}</h1>
      <p className="lead">{a.lead(contact.name)}</p>

      <section aria-labelledby="status">
        <h2 id="status">{a.status.title}</h2>
        <p className="statement-status">
          {a.status.label}: <strong>{a.status.value}</strong>
        </p>
        {a.status.text.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      <section aria-labelledby="norm">
        <h2 id="norm">{a.standard.title}</h2>
        {a.standard.text.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      <section aria-labelledby="getest">
        <h2 id="getest">{a.tested.title}</h2>
        <ul>
          {a.tested.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        {a.tested.notTested.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      <section aria-labelledby="bekende-problemen">
        <h2 id="bekende-problemen">{a.gaps.title}</h2>
        {a.gaps.items.map((gap) => (
          <div key={gap.title}>
            <h3>{gap.title}</h3>
            <p>{gap.text}</p>
          </div>
        ))}
      </section>

      <section aria-labelledby="probleem-melden">
        <h2 id="probleem-melden">{a.report.title}</h2>
        <p>{a.report.intro(contact.name)}</p>
        <OfficeDetails contact={contact} />
        <p>
          {a.report.complaintBefore}
          <a href={OMBUDSMAN_URL}>{a.report.complaintLink}</a>
          {a.report.complaintAfter}
        </p>
      </section>

      <section aria-labelledby="over-deze-verklaring">
        <h2 id="over-deze-verklaring">{a.about.title}</h2>
        <p>
          {a.about.drawnUp(date, contact.name)} {a.about.reviewed(date)}
        </p>
        <p>
          {a.about.modelBefore}
          <a href={REGISTER_URL} hrefLang="nl">
            {a.about.modelLink}
          </a>
          {a.about.modelAfter}
        </p>
      </section>
    </article>
  );
}
