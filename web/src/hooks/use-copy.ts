import { useState } from 'react';

/**
 * Copying text to the clipboard, with what happened as a message for a live region
 * (`role="status"`): the copied text, or the failure text when the browser refuses (an older
 * browser, a page not served over https, a refusal). The same outcome twice is said twice.
 */
export function useCopy(texts: { copied: string; failed: string }): [string, (text: string) => Promise<void>] {
  const [status, setStatus] = useState('');
  const copy = async (text: string) => {
    setStatus(''); // the same text again is announced again
    try {
      await navigator.clipboard.writeText(text);
      setStatus(texts.copied);
    } catch {
      setStatus(texts.failed);
    }
  };
  return [status, copy];
}
