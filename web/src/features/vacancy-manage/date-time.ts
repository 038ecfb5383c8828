/**
 * Moments in the form and on the page. `<input type="datetime-local">` has no zone: its value is
 * read and written as Dutch time, as every moment on the page is shown; the API speaks ISO instants.
 */
import { dutchClockValue, momentOnDutchClock } from '@samenwerven/calendar';

/** An ISO instant as the value of a datetime-local input, on the Dutch clock ('' when there is none). */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dutchClockValue(date);
}

/**
 * A datetime-local value, read as Dutch time (the page shows moments in Dutch time, and an HR
 * officer abroad or on a remote desktop in UTC means the Dutch hour), as an ISO instant: null
 * when empty, undefined when it is no moment.
 */
export function fromLocalInput(value: string): string | null | undefined {
  if (!value.trim()) return null;
  return momentOnDutchClock(value)?.toISOString();
}

/** Whether a datetime-local value lies in the future. */
export function isFutureLocal(value: string, now = new Date()): boolean {
  const iso = fromLocalInput(value);
  return typeof iso === 'string' && new Date(iso).getTime() > now.getTime();
}
