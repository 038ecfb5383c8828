import { useI18n } from '../i18n/use-i18n.ts';
import type { CsvSeparator } from '../api/api-url.ts';
import { DownloadLink } from './download-link.tsx';

/**
 * The same figures as CSV twice: with commas (RFC 4180, for programs and English spreadsheets)
 * and with semicolons and decimal commas, which Excel set up for the Netherlands opens as a
 * table by a double click (commas it puts in one cell).
 */
export function CsvDownloads({ href, hint }: { href: (separator: CsvSeparator) => string; hint: string }) {
  const { t } = useI18n();
  return (
    <>
      <DownloadLink href={href('comma')}>{t.csv.comma}</DownloadLink> ·{' '}
      <DownloadLink href={href('semicolon')}>{t.csv.semicolon}</DownloadLink>{' '}
      <span className="muted small">{hint}</span>
    </>
  );
}
