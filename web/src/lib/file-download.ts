import { useState } from 'react';
import { ApiError } from '../api/client.ts';

/** Saves a Blob under a name, as a link the browser downloads from. */
export function saveFile(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; give the browser a moment to take it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type DownloadNotice = { ok: boolean; message: string } | null;

/**
 * A file the API makes (an export) fetched with a key the address cannot carry, and saved: whether
 * it is on its way, and its outcome to show (the API's own message when it gave one).
 */
export function useFileDownload(texts: { started: string; failed: string }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DownloadNotice>(null);
  const download = async (fetchFile: () => Promise<{ blob: Blob; filename: string | null }>, fallbackName: string) => {
    setBusy(true);
    try {
      const { blob, filename } = await fetchFile();
      saveFile(blob, filename ?? fallbackName);
      setResult({ ok: true, message: texts.started });
    } catch (error) {
      const message = error instanceof ApiError && error.status !== 0 ? error.message : texts.failed;
      setResult({ ok: false, message });
    } finally {
      setBusy(false);
    }
  };
  return { busy, result, download };
}
