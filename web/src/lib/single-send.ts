/**
 * One send of a form at a time. A fetcher's `state` says a form is being sent only once React
 * has drawn the page again; a second Enter pressed before that (a quick double press) sent the
 * form twice: two applications, two alerts, two rounds of mail. The moment of a send is kept at
 * once, and a submit is ignored while the fetcher is busy or until its answer has come.
 */
import { useEffect, useRef, type FormEvent } from 'react';

/** A send whose answer never shows (no new data, never busy) blocks the form no longer than this. */
const HOLD_MS = 2000;

export function useSingleSend(
  fetcher: { state: string; data?: unknown },
  /** What else the form does as it is sent (not when the submit is ignored). */
  onSend?: (event: FormEvent<HTMLFormElement>) => void,
): { busy: boolean; sendOnce: (event: FormEvent<HTMLFormElement>) => void } {
  const busy = fetcher.state !== 'idle';
  const sentAt = useRef(Number.NEGATIVE_INFINITY);
  // Busy now, or the answer came: the fetcher's own state guards from here.
  useEffect(() => {
    sentAt.current = Number.NEGATIVE_INFINITY;
  }, [busy, fetcher.data]);
  const sendOnce = (event: FormEvent<HTMLFormElement>) => {
    if (busy || performance.now() - sentAt.current < HOLD_MS) {
      event.preventDefault();
      return;
    }
    sentAt.current = performance.now();
    onSend?.(event);
  };
  return { busy, sendOnce };
}
