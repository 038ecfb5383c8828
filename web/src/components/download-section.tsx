import { ResultNotice } from './result-notice.tsx';

interface DownloadSectionProps {
  /** The heading's id (the section is labelled by it). */
  id: string;
  texts: { title: string; text: string; button: string; busy: string };
  /** `useFileDownload`'s state: whether the file is on its way, and how it went. */
  downloads: { busy: boolean; result: { ok: boolean; message: string } | null };
  onDownload: () => void;
}

/** A page's "download your data" part: what the file holds, the button, and how it went. */
export function DownloadSection({ id, texts, downloads, onDownload }: DownloadSectionProps) {
  return (
    <section className="page-section" aria-labelledby={id}>
      <h2 id={id}>{texts.title}</h2>
      <ResultNotice result={downloads.result} />
      <p>{texts.text}</p>
      <button type="button" className="button button-secondary" disabled={downloads.busy} onClick={onDownload}>
        {downloads.busy ? texts.busy : texts.button}
      </button>
    </section>
  );
}
