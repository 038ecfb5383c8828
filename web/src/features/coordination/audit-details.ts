/**
 * An audit entry's details in words: each value it recorded before and after, with a label and
 * a readable value in the reader's language (sizes in kB or MB, lists as the language lists
 * them, yes and no, moments as dates), so the audit log never shows a raw key or JSON. A key or
 * value the portal does not know yet still reads as words: a label made from its name, and its
 * parts spelled out.
 */
import type { Labels } from '../../hooks/use-labels.ts';
import { membershipLabel, scopeLabel } from '../../i18n/account-messages.ts';
import { applicationMessages, statusLabel } from '../../i18n/application-messages.ts';
import type { MembershipI18n } from '../../i18n/use-membership-i18n.ts';

export interface AuditDetail {
  key: string;
  label: string;
  /** Null when there was no "before" at all (something new). */
  before: string | null;
  /** Null when there is no "after" at all (something removed): `before` is what it was. */
  after: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Texts longer than this (a profile's description) are shortened; the CSV has them whole. */
const LONG_TEXT = 200;

/** File types by name rather than media type; the same in both languages. */
const FILE_TYPES: Record<string, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
};

/** `sessionStarted` or `session_started` as "Session started": a key no label exists for yet. */
function labelOfName(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** HTML (a profile's description) as its text, whitespace collapsed, shortened when long. */
function plainText(value: string): string {
  const text = value
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT - 1).trimEnd()}…` : text;
}

/** An entry's before and after, as "label: old → new" for each value that differs. */
export function describeChange(before: unknown, after: unknown, i18n: MembershipI18n, labels: Labels): AuditDetail[] {
  const t = i18n.m.auditLog;
  const label = (key: string) => t.keys[key] ?? labelOfName(key);
  const value = (key: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') return t.empty_value;
    if (Array.isArray(raw))
      return raw.length === 0 ? t.empty_value : i18n.format.list(raw.map((item) => value(key, item)));
    if (isRecord(raw))
      return Object.entries(raw)
        .map(([part, v]) => `${label(part)}: ${value(part, v)}`)
        .join('; ');
    if (typeof raw === 'boolean') return raw ? t.yes : t.no;
    if (typeof raw === 'number')
      return key === 'bytes' ? i18n.format.fileSize(raw) : key === 'amount' ? i18n.euros(raw) : i18n.format.number(raw);
    const text = String(raw);
    switch (key) {
      case 'state':
        return membershipLabel(i18n.a, text);
      case 'role':
        return (i18n.a.roles as Record<string, string>)[text] ?? text;
      case 'kind':
        return labels.organisationKind(text);
      // An API key's scopes, as the API-keys page names them.
      case 'scopes':
        return scopeLabel(i18n.a, text);
      case 'prefix':
        return `${text}…`;
      case 'type':
        return FILE_TYPES[text] ?? text;
      case 'applicationStatus':
        return statusLabel(applicationMessages[i18n.lang], text);
      case 'file':
        return t.fileKinds[text] ?? text;
      case 'costKey':
        return (i18n.m.figures.costKeys as Record<string, string>)[text] ?? text;
    }
    return MOMENT.test(text) ? i18n.dateTime(text) : plainText(text);
  };
  // Details that are not a record of named values (none are written so) still show, as one value.
  const named = (details: unknown) => (isRecord(details) ? details : details == null ? null : { value: details });
  const old = named(before);
  const now = named(after);
  const keys = [...new Set([...Object.keys(old ?? {}), ...Object.keys(now ?? {})])];
  return keys
    .filter((key) => JSON.stringify(old?.[key]) !== JSON.stringify(now?.[key]))
    .map((key) => ({
      key,
      label: label(key),
      // Nothing before (something new, or a value the entry did not have then): only the new value.
      before: old && key in old ? value(key, old[key]) : null,
      after: now ? value(key, now[key]) : null,
    }));
}
