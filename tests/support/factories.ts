/**
 * Factories that build the rows a test needs, parents included, with sensible defaults
 * that any field can override. Every call makes new, unique rows.
 */
import { crc32, deflateSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import {
  membershipPeriods,
  municipalityByCode,
  organisations,
  users,
  vacancies,
  type Executor,
  type NewOrganisation,
  type NewUser,
  type NewVacancy,
  type Organisation,
  type User,
  type Vacancy,
} from '@samenwerven/db';
import { eq } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { hashPassword } from '@samenwerven/server';

const unique = () => randomBytes(4).toString('hex');

/** The smallest real PNG (1×1 pixel): passes the logo upload's check of the bytes. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A real, all-black PNG of `width` × `height` pixels, one bit each: small however large. */
export function blackPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const framing = Buffer.alloc(8);
    framing.writeUInt32BE(data.length, 0);
    framing.writeUInt32BE(crc32(body), 4);
    return Buffer.concat([framing.subarray(0, 4), body, framing.subarray(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // 1 bit, greyscale, no interlace
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8)));
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export async function createOrganisation(
  db: Executor,
  overrides: Partial<NewOrganisation> = {},
): Promise<Organisation> {
  const suffix = unique();
  const [organisation] = await db
    .insert(organisations)
    .values({
      slug: `gemeente-test-${suffix}`,
      name: `Gemeente Test ${suffix}`,
      kind: 'municipality',
      municipalityCode: 'GM0855',
      state: 'active',
      ...overrides,
    })
    .returning();
  if (organisation!.state === 'active') {
    await db.insert(membershipPeriods).values({ organisationId: organisation!.id, startedAt: new Date() });
  }
  return organisation!;
}

/** The version the organisation's employer profile is at: what a save must send. */
export async function profileVersionOf(db: Executor, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ version: organisations.profileVersion })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row!.version;
}

const DAY = 86_400_000;
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A published, open vacancy by default; its organisation is made when not given. */
export async function createVacancy(
  db: Executor,
  overrides: Partial<NewVacancy> & { organisation?: Organisation } = {},
): Promise<Vacancy> {
  const { organisation: given, ...fields } = overrides;
  const organisation = given ?? (fields.organisationId ? undefined : await createOrganisation(db));
  const municipality = municipalityByCode(fields.municipalityCode ?? 'GM0855')!;
  const [vacancy] = await db
    .insert(vacancies)
    .values({
      organisationId: organisation?.id ?? fields.organisationId!,
      title: `Beleidsmedewerker ${unique()}`,
      summary: 'Een mooie baan bij de overheid.',
      description: '<p>Je werkt aan beleid voor de regio.</p>',
      categoryCode: 'beleid',
      educationLevel: 'hbo',
      employmentType: 'permanent',
      hoursMin: 32,
      hoursMax: 36,
      salaryScale: 10,
      salaryMin: 3700,
      salaryMax: 5400,
      municipalityCode: municipality.code,
      latitude: municipality.latitude,
      longitude: municipality.longitude,
      state: 'published',
      publishedAt: new Date(),
      closingDate: isoDate(new Date(Date.now() + 30 * DAY)),
      ...fields,
    })
    .returning();
  return vacancy!;
}

export const TEST_PASSWORD = 'een-goed-test-wachtwoord';
let cachedHash: Promise<string> | undefined;

/** A user with the test password; staff get an organisation made for them when none is given. */
export async function createUser(
  db: Executor,
  overrides: Partial<NewUser> & { organisation?: Organisation } = {},
): Promise<User & { password: string }> {
  const { organisation: given, ...fields } = overrides;
  const role = fields.role ?? 'job_seeker';
  const organisationId =
    role === 'job_seeker' ? null : (given?.id ?? fields.organisationId ?? (await createOrganisation(db)).id);
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({
      email: `user-${unique()}@example.nl`,
      name: `Test ${role}`,
      passwordHash: await cachedHash,
      ...fields,
      role,
      organisationId,
    })
    .returning();
  return { ...user!, password: TEST_PASSWORD };
}

/** The smallest file that starts like a PDF and ends like one: what the portal recognises as a PDF. */
export const pdfBytes = (text = 'cv') => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);

/** A Word document as far as the portal looks: a ZIP archive that holds `word/document.xml`. */
export const docxBytes = () =>
  Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
      'word/document.xml': strToU8('<?xml version="1.0"?><w:document><w:body>Brief</w:body></w:document>'),
    }),
  );

export interface ApplicationParts {
  name?: string;
  email?: string;
  phone?: string;
  motivation?: string;
  consent?: string;
  website?: string;
  cv?: { name: string; data: Uint8Array; type?: string };
  letter?: { name: string; data: Uint8Array; type?: string };
  /** A file the form does not have (a photo, a diploma): the portal must refuse it by name. */
  extra?: { field: string; name: string; data: Uint8Array; type?: string };
}

/**
 * An application as a browser sends it (multipart/form-data, encoded by the platform's own
 * FormData): the payload and the content type to inject. Defaults to a valid one with a PDF CV.
 */
export async function applicationForm(
  parts: ApplicationParts = {},
): Promise<{ payload: Buffer; headers: { 'content-type': string } }> {
  const fields = {
    name: 'Sanne de Vries',
    email: `sollicitant-${unique()}@example.nl`,
    motivation: 'Ik wil graag bij u werken.',
    cv: { name: 'cv.pdf', data: pdfBytes(), type: 'application/pdf' },
    ...parts,
  };
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (key === 'extra' && typeof value === 'object' && 'field' in value) {
      form.append(
        value.field,
        new Blob([new Uint8Array(value.data)], { type: value.type ?? 'image/jpeg' }),
        value.name,
      );
      continue;
    }
    if (typeof value === 'string') form.append(key, value);
    else
      form.append(
        key,
        new Blob([new Uint8Array(value.data)], { type: value.type ?? 'application/octet-stream' }),
        value.name,
      );
  }
  const encoded = new Response(form);
  return {
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type')! },
  };
}
