import { useEffect, useRef } from 'react';
import { useSingleSend } from '../../lib/single-send.ts';
import { Link, useFetcher, useLoaderData } from 'react-router';
import type { UploadReport, UploadRow } from '../../api/vacancy-management.ts';
import { DownloadLink } from '../../components/download-link.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { MembershipNotice, mayPublish } from '../../components/membership-notice.tsx';
import { fieldProps, TextField } from '../../components/form-fields.tsx';
import { LabelledCell } from '../../components/labelled-cell.tsx';
import { SubmitButton } from '../../components/submit-button.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { paths } from '../../i18n/paths.ts';
import { useVacancyManageI18n } from '../../i18n/use-vacancy-manage-i18n.ts';
import { vacancyUploadMessages, type VacancyUploadMessages } from '../../i18n/vacancy-upload-messages.ts';
import { asFailure } from '../../lib/form-result.ts';
import { UPLOAD_MAX_ROWS, type UploadData, type UploadResult } from './upload-route.ts';
import './vacancy-manage.css';

const FILE = 'upload-file';

/**
 * /beheer/vacatures/uploaden: many vacancies at once from a CSV file (a spreadsheet saved as
 * CSV). How it works, the template and its columns; then the file, and after the upload a
 * report per line of the file: created, updated, unchanged, or the problems by column.
 */
export function UploadPage() {
  const { me, organisation, templateUrl, excelTemplateUrl } = useLoaderData() as UploadData;
  const { lang, format } = useVacancyManageI18n();
  const u = vacancyUploadMessages[lang];
  useDocumentTitle(u.title);
  const fetcher = useFetcher<UploadResult>();
  const failure = asFailure(fetcher.data);
  const report = fetcher.data?.ok ? fetcher.data.report : null;
  const { busy, sendOnce } = useSingleSend(fetcher);
  const fields = { file: { id: FILE, label: u.file } };
  const field = fieldProps(fields, failure?.fields);

  return (
    <div className="vacancy-manage upload-page">
      <p className="back-link">
        <Link to={paths.manageVacancies(lang)}>{u.toList}</Link>
      </p>
      <h1>{u.title}</h1>
      <p className="lead">{u.intro}</p>
      <MembershipNotice organisation={organisation} isAdmin={me.role === 'org_admin'} />

      <section className="page-section" aria-labelledby="upload-how">
        <h2 id="upload-how">{u.howTitle}</h2>
        <ol className="upload-steps">
          <li>
            <DownloadLink href={templateUrl}>{u.steps.template}</DownloadLink> (
            <DownloadLink href={excelTemplateUrl}>{u.steps.templateExcel}</DownloadLink>) {u.steps.templateRest}
          </li>
          <li>{u.steps.save}</li>
          <li>{u.steps.upload}</li>
          <li>{u.steps.again}</li>
        </ol>
      </section>

      {/* Uploading may publish: for members in good standing only, as the server decides. */}
      {mayPublish(organisation) ? (
        <section className="page-section form-section" aria-labelledby="upload-form">
          <h2 id="upload-form">{u.formTitle}</h2>
          <ErrorSummary failure={failure} fields={fields} headingLevel={3} />
          <fetcher.Form method="post" encType="multipart/form-data" noValidate className="form" onSubmit={sendOnce}>
            <TextField
              {...field('file')}
              type="file"
              accept=".csv,text/csv"
              hint={u.fileHint(format.number(UPLOAD_MAX_ROWS))}
              className="input-file"
            />
            <div className="form-actions">
              <SubmitButton busy={busy}>{u.submit}</SubmitButton>
            </div>
          </fetcher.Form>
        </section>
      ) : null}

      {report ? <UploadReportSection report={report} u={u} /> : null}

      <section className="page-section" aria-labelledby="upload-columns">
        <h2 id="upload-columns">{u.columnsTitle}</h2>
        <p>{u.columnsIntro}</p>
        <dl className="upload-columns">
          {Object.entries(u.columns).map(([column, meaning]) => (
            <div key={column}>
              <dt>
                <code lang={lang === 'nl' ? undefined : 'nl'}>{column}</code>
              </dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

const outcomeOf = (row: UploadRow) =>
  row.error ? 'failed' : row.result?.created ? 'created' : row.result?.changed ? 'updated' : 'unchanged';

/** Per line of the file what became of it; it takes focus when it arrives, so it is read out first. */
function UploadReportSection({ report, u }: { report: UploadReport; u: VacancyUploadMessages }) {
  const { lang } = useVacancyManageI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report]);
  const counts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const row of report.rows) counts[outcomeOf(row)] += 1;
  const c = u.reportColumns;
  return (
    <section className="page-section upload-report" aria-labelledby="upload-report">
      <h2 id="upload-report" ref={heading} tabIndex={-1}>
        {u.reportTitle}
      </h2>
      <p role="status">
        {u.summary(report.rows.length, counts.created, counts.updated, counts.unchanged, counts.failed)}
      </p>
      <table className="data-table upload-report-table">
        <caption className="visually-hidden">{u.reportCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {c.line}
            </th>
            <th scope="col">{c.reference}</th>
            <th scope="col">{c.title}</th>
            <th scope="col">{c.outcome}</th>
            <th scope="col">{c.notes}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => {
            const outcome = outcomeOf(row);
            const notes = Object.entries(row.error?.fields ?? {});
            const warnings = Object.entries(row.result?.warnings ?? {});
            return (
              <tr key={row.line} className={outcome === 'failed' ? 'upload-failed' : undefined}>
                <LabelledCell label={c.line} numeric>
                  {row.line}
                </LabelledCell>
                <LabelledCell label={c.reference} className="break-anywhere">
                  {row.externalId}
                </LabelledCell>
                <LabelledCell label={c.title} className="break-anywhere">
                  {row.title}
                </LabelledCell>
                <LabelledCell label={c.outcome}>
                  <strong>{u.outcomes[outcome]}</strong>
                </LabelledCell>
                <LabelledCell label={c.notes}>
                  {row.error ? (
                    notes.length > 0 ? (
                      <ul className="upload-notes">
                        {notes.map(([column, text]) => (
                          <li key={column}>
                            <code lang={lang === 'nl' ? undefined : 'nl'}>{column}</code>: {text}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      row.error.message
                    )
                  ) : row.result ? (
                    <>
                      <Link to={paths.manageVacancy(lang, row.result.id)}>
                        {row.title ? u.open(row.title) : u.openUntitled}
                      </Link>
                      {warnings.length > 0 ? (
                        <ul className="upload-notes">
                          {warnings.map(([column, text]) => (
                            <li key={column}>
                              {u.mind} <code lang={lang === 'nl' ? undefined : 'nl'}>{column}</code>: {text}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </>
                  ) : null}
                </LabelledCell>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
