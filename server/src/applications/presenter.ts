/**
 * The public shapes of applications: what HR staff and the applicant see. Only the fields
 * named here leave the server (storage keys and the applicant's account id never do).
 */
import type { Locale } from '../i18n.ts';
import { PDF } from './uploads.ts';
import type { ApplicationFileRow, ApplicationListRow, ApplicationRow, MyApplicationRow, NoteRow } from './queries.ts';

/** The language a vacancy's title is in (the page may be in the other: WCAG 3.1.2). */
const vacancyLanguage = (language: string): 'nl' | 'en' => (language === 'en' ? 'en' : 'nl');

/** A row of an HR inbox. */
export function listItemFromRow(r: ApplicationListRow) {
  return {
    id: r.id,
    vacancy: { id: r.vacancyId, title: r.vacancyTitle, language: vacancyLanguage(r.vacancyLanguage) },
    name: r.name,
    email: r.email,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    isNew: r.seenAt === null,
  };
}

/**
 * A file as it is shown: by the name it downloads under, with the extension of what it is. A Word
 * file sent as `cv.pdf` was listed as "cv.pdf" and saved as "cv.docx" (a review).
 */
const fileInfo = (file: ApplicationFileRow | undefined) =>
  file ? { name: downloadName(file.originalName, file.mediaType), size: file.size, mediaType: file.mediaType } : null;

/**
 * The language the applicant's mails are in: their account's; a guest's, that of the page they
 * applied from (as their confirmation was); for an application from before that was kept, the vacancy's.
 */
export const applicantMailLocale = (
  r: Pick<ApplicationRow, 'applicantLocale' | 'mailLocale' | 'vacancyLanguage'>,
): Locale => ((r.applicantLocale ?? r.mailLocale ?? r.vacancyLanguage) === 'en' ? 'en' : 'nl');

/** One application as HR staff see it, with its files (described, never their place) and notes. */
export function detailFromRows(r: ApplicationRow, files: readonly ApplicationFileRow[], notes: readonly NoteRow[]) {
  const item = listItemFromRow(r);
  return {
    ...item,
    // Whether the vacancy still takes applications: a hire there says to close it (application page).
    vacancy: { ...item.vacancy, state: r.vacancyState },
    mailLanguage: applicantMailLocale(r),
    phone: r.phone,
    motivation: r.motivation,
    consent: r.consent,
    addressConfirmed: r.addressConfirmedAt !== null,
    updatedAt: r.updatedAt.toISOString(),
    hiredAt: r.hiredAt?.toISOString() ?? null,
    files: {
      cv: fileInfo(files.find((f) => f.kind === 'cv')),
      letter: fileInfo(files.find((f) => f.kind === 'letter')),
    },
    notes: notes.map((n) => ({
      id: n.id,
      author: { id: n.authorId, name: n.authorName },
      text: n.text,
      createdAt: n.createdAt.toISOString(),
    })),
  };
}

/** An application as its applicant sees it: where it stands, not what HR wrote. */
export function ownItemFromRow(r: MyApplicationRow) {
  return {
    id: r.id,
    vacancy: {
      id: r.vacancyId,
      title: r.vacancyTitle,
      language: vacancyLanguage(r.vacancyLanguage),
      organisation: r.organisationName,
    },
    status: r.status,
    consent: r.consent,
    // In the pool only once the address's owner took the application as theirs.
    poolConsentUntil: r.addressConfirmedAt ? (r.poolConsentUntil?.toISOString() ?? null) : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/**
 * The name a CV or letter is downloaded under: the applicant's own, ending in the type its bytes
 * were checked to be. A name sent as `cv.html` would otherwise be saved as a page, and a file
 * that is both a PDF and a page would open as the page from the reviewer's disk.
 */
export function downloadName(name: string, mediaType: string): string {
  const extension = mediaType === PDF ? '.pdf' : '.docx';
  if (name.toLowerCase().endsWith(extension)) return name;
  const stem = name.replace(/\.[^.]{0,10}$/, '');
  return `${stem || 'bestand'}${extension}`;
}

/**
 * `Content-Disposition` for a download: `attachment`, an ASCII fallback name and the real
 * one in RFC 5987 form, so no name can break out of the header or turn the file inline.
 */
export function attachmentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_') || 'file';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
