import { Link, useLoaderData } from 'react-router';
import { LabelledCell } from '../../components/labelled-cell.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useLabels } from '../../hooks/use-labels.ts';
import { aboutMessages } from '../../i18n/about-messages.ts';
import { paths } from '../../i18n/paths.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { AboutData } from './about-loaders.ts';
import './about.css';

/**
 * Who is behind the portal: the alliance and its office, the arrangement members take part
 * under, and the members themselves from the public list (active members only: applicants,
 * suspended and departed organisations are not in it), with their type and since when.
 */
export function AboutPage() {
  const { contact, members } = useLoaderData() as AboutData;
  const { lang, format } = useI18n();
  const labels = useLabels();
  const m = aboutMessages[lang].about;
  useDocumentTitle(m.title);
  const sorted = [...members.items].sort((a, b) => a.name.localeCompare(b.name, lang));

  return (
    <article className="prose about-page">
      <h1>{m.title}</h1>
      <p className="lead">{m.lead}</p>

      <section aria-labelledby="wie-zit-erachter">
        <h2 id="wie-zit-erachter">{m.who.title}</h2>
        {m.who.text.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p>{m.who.office(contact.name)}</p>
        <p>
          <Link to={paths.contact(lang)}>{m.who.contactLink}</Link>
        </p>
      </section>

      <section aria-labelledby="hoe-meedoen">
        <h2 id="hoe-meedoen">{m.arrangement.title}</h2>
        <ul>
          {m.arrangement.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p>
          <Link to={paths.join(lang)}>{m.arrangement.joinLink}</Link>
        </p>
      </section>

      <section aria-labelledby="wie-doen-mee">
        <h2 id="wie-doen-mee">{m.members.title}</h2>
        <p>{m.members.count(sorted.length)}</p>
        {sorted.length > 0 ? (
          <table className="data-table members-table">
            <caption className="visually-hidden">{m.members.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.members.columns.name}</th>
                <th scope="col">{m.members.columns.kind}</th>
                <th scope="col">{m.members.columns.place}</th>
                <th scope="col">{m.members.columns.since}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((member) => (
                <tr key={member.slug}>
                  <th scope="row">
                    <Link to={paths.organisation(lang, member.slug)}>{member.name}</Link>
                  </th>
                  <LabelledCell label={m.members.columns.kind}>{labels.organisationKind(member.kind)}</LabelledCell>
                  <LabelledCell label={m.members.columns.place}>{member.municipalityName}</LabelledCell>
                  <LabelledCell label={m.members.columns.since}>
                    {member.memberSince ? (
                      <time dateTime={member.memberSince}>{format.date(member.memberSince)}</time>
                    ) : (
                      m.members.unknownSince
                    )}
                  </LabelledCell>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <p>
          <Link to={paths.members(lang)}>{m.members.vacanciesLink}</Link>
        </p>
      </section>
    </article>
  );
}
