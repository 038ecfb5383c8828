/**
 * The employer profile an organisation keeps: its description, what it offers, its
 * website and its logo. Logos are checked by their bytes, not only their declared type.
 */
import { disableTypes, imageSize, types as imageTypes } from 'image-size';
import type { Database } from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import { AppError, notFound, type FieldMessage } from '../errors.ts';
import type { MessageKey } from '../i18n.ts';
import { sanitizeDescription } from '../vacancies/sanitize.ts';
import { employerProfile } from './presenter.ts';
import { findOrganisation, updateOrganisation } from './queries.ts';
import { shownOrNull } from '../text.ts';
import { versionHolds, type ExpectedVersion } from '../versions.ts';

export const LOGO_MAX_BYTES = 512 * 1024;
/**
 * The most pixels a logo may have on each side. A page shows it at most a few hundred pixels
 * wide, and every visitor's browser decodes it whole: 8000 × 8000 pixels fit in 512 KB and
 * take 256 MB to show, too much for many phones.
 */
export const LOGO_MAX_SIDE = 2000;
export const logoTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type LogoType = (typeof logoTypes)[number];

/** What `image-size` calls each type a logo may have: it reads the type from the bytes' signature. */
const measuredAs: Record<LogoType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };
// Only the logo measures images: the other formats' readers (SVG's among them) are never tried.
disableTypes(imageTypes.filter((known) => !Object.values(measuredAs).includes(known)));

const logoProblem = (logo: FieldMessage | MessageKey) =>
  new AppError(400, 'validation_failed', 'error.validation_failed', { fields: { logo } });

const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const JPEG_END = Buffer.from([0xff, 0xd9]);

/**
 * Whether the file is whole, by its type's own end: a PNG ends with its IEND chunk, a JPEG has
 * its end-of-image marker, a WebP is as long as its RIFF header says. A file cut off in the upload
 * (or with something else appended) passed the header's check and showed as a broken image on
 * the organisation's page (an admin's review). Whether the pixels decode is not checked here.
 */
function isWhole(type: LogoType, bytes: Buffer): boolean {
  if (type === 'image/png') return bytes.subarray(-PNG_END.length).equals(PNG_END);
  if (type === 'image/jpeg') return bytes.lastIndexOf(JPEG_END) > 2;
  const declared = bytes.length >= 8 ? bytes.readUInt32LE(4) : -1;
  // A RIFF chunk of odd size is padded to even.
  return declared + 8 === bytes.length || declared + 9 === bytes.length;
}

/** A logo is of its declared type by its bytes, whole, readable as that type, and of a size a page can show. */
function checkLogo(type: string, bytes: Buffer): void {
  if (!Object.hasOwn(measuredAs, type)) throw logoProblem('organisation.logo_invalid');
  let size: { width: number; height: number; type?: string | undefined };
  try {
    // A copy of exactly its bytes: a small body shares Node's buffer pool with other requests,
    // and a cut-off header would be read on into their bytes instead of failing.
    size = imageSize(new Uint8Array(bytes));
  } catch {
    // No image of the three types, or one whose header cannot be read: a damaged or cut-off file.
    throw logoProblem('organisation.logo_invalid');
  }
  // Of another type than declared (a PNG sent as a JPEG, a RIFF file that holds no WebP), or no picture.
  if (size.type !== measuredAs[type as LogoType] || size.width < 1 || size.height < 1)
    throw logoProblem('organisation.logo_invalid');
  if (!isWhole(type as LogoType, bytes)) throw logoProblem('organisation.logo_incomplete');
  if (size.width > LOGO_MAX_SIDE || size.height > LOGO_MAX_SIDE)
    throw logoProblem({
      key: 'organisation.logo_too_large',
      // As strings: pixel sizes are written without a thousands separator ("2000 × 2000").
      params: { width: String(size.width), height: String(size.height), max: String(LOGO_MAX_SIDE) },
    });
}

export async function getProfile(db: Database, organisationId: string, publicUrl: string) {
  const organisation = await findOrganisation(db, organisationId);
  if (!organisation) throw notFound();
  return employerProfile(organisation, publicUrl);
}

/** A save of the profile needs the version it was read at: without one it could overwrite unseen. */
function assertProfileVersion(current: number, version: ExpectedVersion): void {
  if (version === undefined) {
    throw new AppError(428, 'version_required', 'organisation.profile_version_required', {
      fields: { version: 'organisation.profile_version_required' },
    });
  }
  if (!versionHolds(current, version)) {
    throw new AppError(409, 'stale_version', 'organisation.profile_stale', { currentVersion: current });
  }
}

export async function updateProfile(
  db: Database,
  actorUserId: string,
  organisationId: string,
  input: { description?: string; offer?: string; website?: string | null },
  version: ExpectedVersion,
  publicUrl: string,
) {
  return db.transaction(async (tx) => {
    const before = await findOrganisation(tx, organisationId, { forUpdate: true });
    if (!before) throw notFound();
    assertProfileVersion(before.profileVersion, version);
    const changes = {
      ...(input.description !== undefined ? { description: sanitizeDescription(input.description) } : {}),
      ...(input.offer !== undefined ? { offer: shownOrNull(input.offer) ?? '' } : {}),
      ...(input.website !== undefined ? { website: input.website } : {}),
    };
    const after = await updateOrganisation(tx, organisationId, {
      ...changes,
      profileVersion: before.profileVersion + 1,
    });
    await recordAudit(tx, {
      actorUserId,
      organisationId,
      action: 'organisation.profile_updated',
      subjectType: 'organisation',
      subjectId: organisationId,
      before: Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof typeof before]])),
      after: changes,
    });
    return employerProfile(after!, publicUrl);
  });
}

export async function setLogo(
  db: Database,
  actorUserId: string,
  organisationId: string,
  type: string,
  bytes: Buffer | null,
) {
  if (bytes) checkLogo(type, bytes);
  await db.transaction(async (tx) => {
    await updateOrganisation(tx, organisationId, { logo: bytes, logoType: bytes ? type : null });
    await recordAudit(tx, {
      actorUserId,
      organisationId,
      action: bytes ? 'organisation.logo_uploaded' : 'organisation.logo_removed',
      subjectType: 'organisation',
      subjectId: organisationId,
      after: bytes ? { type, bytes: bytes.length } : null,
    });
  });
}
