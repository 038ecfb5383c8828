import { useEffect, useRef } from 'react';

interface ResultNoticeProps {
  /** The answer being reported; each new one takes focus, so it is read out. */
  result: { ok: boolean; message: string } | null;
}

/**
 * The outcome of something done from a dialog (removed, revoked): the button that started it
 * may be gone with its table row, so focus moves here instead of getting lost.
 */
export function ResultNotice({ result }: ResultNoticeProps) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (result) ref.current?.focus();
  }, [result]);
  if (!result) return null;
  return (
    <p ref={ref} tabIndex={-1} className={result.ok ? 'notice notice-success' : 'notice notice-error'}>
      {result.message}
    </p>
  );
}
