/**
 * Moments in the form and on the page. `<input type="datetime-local">` speaks the browser's
 * local time without a zone; the API speaks ISO instants. Shown moments are in Dutch time.
 */
import { TIME_ZONE } from '@samenwerven/calendar';
import { locales, type Lang } from '../../i18n/lang.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as the value of a datetime-local input ('' when there is none). */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as an ISO instant: null when empty, undefined when it is no moment. */
export function fromLocalInput(value: string): string | null | undefined {
  const text = value.trim();
  if (!text) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Whether a datetime-local value lies in the future. */
export function isFutureLocal(value: string, now = new Date()): boolean {
  const iso = fromLocalInput(value);
  return typeof iso === 'string' && new Date(iso).getTime() > now.getTime();
}

const cache = new Map<Lang, Intl.DateTimeFormat>();

/** "30 november 2026 om 10:32", in Dutch time. */
export function formatMoment(lang: Lang, iso: string): string {
  let format = cache.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[lang], {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    });
    cache.set(lang, format);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
