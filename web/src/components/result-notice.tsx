import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useFetchers, useNavigation } from 'react-router';

interface ResultNoticeProps {
  /** The answer being reported, one object per answer (memoised); each new one takes focus, so it is read out. */
  result: { ok: boolean; message: string } | null;
  /**
   * False while the user is typing in the form the answer is about: focus stays where they type,
   * and the notice is a status message read out as it comes (WCAG 4.1.3).
   */
  takesFocus?: boolean;
}

/**
 * The outcome of something done from a dialog (removed, revoked): the button that started it
 * may be gone with its table row, so focus moves here instead of getting lost.
 */
export function ResultNotice({ result: answered, takesFocus = true }: ResultNoticeProps) {
  const result = useUntilNextSend(answered) ?? null;
  const ref = useRef<HTMLParagraphElement>(null);
  // Whether to, as it is when the answer comes: not again when that changes later.
  const focusIfAsked = useEffectEvent(() => {
    if (takesFocus) ref.current?.focus();
  });
  useEffect(() => {
    if (result) focusIfAsked();
  }, [result]);
  if (!result) return null;
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role={takesFocus ? undefined : 'status'}
      className={result.ok ? 'notice notice-success' : 'notice notice-error'}
    >
      {result.message}
    </p>
  );
}

/**
 * What a fetcher's action answered, once the page's data has been reloaded after it; undefined
 * while a submission or that reload is under way. React Router hands the action's answer over
 * before the reload ends, so a notice read from `fetcher.data` said "withdrawn" (and took focus)
 * beside a list that still showed the withdrawn row.
 */
export function settledData<T>(fetcher: { state: string; data?: T }): T | undefined {
  return fetcher.state === 'idle' ? fetcher.data : undefined;
}

/**
 * A form's answer until the page sends something new, from any of its forms: then it is
 * history. On an application's page "the note was added" stayed beside the status form's
 * "the status is now …" that came after it, and on an address's alerts "the download has
 * started" beside "all alerts stopped" (reviews). Every ResultNotice says its answer so.
 */
export function useUntilNextSend<T>(answer: T | null | undefined): T | undefined {
  const navigation = useNavigation();
  const fetchers = useFetchers();
  const sends = [
    ...fetchers.filter((fetcher) => fetcher.state === 'submitting').map((fetcher) => fetcher.key),
    ...(navigation.state === 'submitting' ? ['navigation'] : []),
  ];
  // What is on its way as the notice first shows counts as seen: its answer is new when it comes (a
  // rebuild's outcome, shown once it answered while a synonym change was under way, was hidden: a review).
  const [seen, setSeen] = useState<readonly string[]>(() => sends);
  const [past, setPast] = useState<T | undefined>(undefined);
  // Adjusted while rendering (React's way for state that follows others), not in an effect. The
  // answer there is when a send begins is history; one that comes while it is on its way is new
  // (a review: a note saved while the status was being sent never said so). By identity: the same
  // words answered again are a new answer, so `answer` is one object per answer (a fetcher's
  // data, or memoised from it), as every ResultNotice's is.
  if (sends.join(' ') !== seen.join(' ')) {
    setSeen(sends);
    if (sends.some((send) => !seen.includes(send)) && answer != null) setPast(answer);
  }
  return answer == null || answer === past ? undefined : answer;
}

/**
 * The answer until the reader moves on without sending (another choice made, or a question asked
 * before the form goes): `supersede` hides the answer there is now, a new one shows again. A
 * refusal stayed on screen behind the question that followed its correction (a staff review).
 */
export function useSupersededAnswer<T>(answer: T | null | undefined): [current: T | undefined, supersede: () => void] {
  const [superseded, setSuperseded] = useState<unknown>(null);
  const current = answer != null && answer !== superseded ? answer : undefined;
  return [current, () => setSuperseded(answer)];
}
