/**
 * A few applications to open demo vacancies, so the HR inbox of a demo member is not empty:
 * guests with a one-page PDF CV. Pure: the rows and the CV's bytes; the seed stores the files
 * through the server's file store (a callback) and skips all of this without one.
 */
import { dutchDate } from '@samenwerven/calendar';
import type { applications, NewVacancy } from '../schema.ts';
import type { DemoOrganisation } from './generator.ts';
import { ascii, mailboxName } from './plain-text.ts';
import { Random } from './random.ts';
import { firstNames, lastNames } from './vocabulary.ts';

/** The members whose inboxes get applications, and to how many of their open vacancies. */
const inboxes: Readonly<Record<string, number>> = { 'gemeente-tilburg': 4, 'gemeente-breda': 2 };

const motivations = [
  'Graag solliciteer ik naar deze functie. Ik werk al een aantal jaren bij een gemeente en zoek een nieuwe uitdaging in de regio.',
  'Deze vacature sprak me direct aan: het werk sluit aan bij mijn opleiding en ik wil graag bijdragen aan een sterke publieke dienstverlening.',
  'Na mijn afstuderen heb ik ervaring opgedaan bij een adviesbureau. Nu wil ik graag aan de kant van de overheid werken.',
  'Ik woon in de buurt en ken de regio goed. Samenwerken met inwoners en ketenpartners doe ik met plezier.',
  'Mijn ervaring bij een waterschap en mijn nieuwsgierigheid maken mij volgens mij een goede kandidaat. Ik vertel er graag meer over in een gesprek.',
];

export type DemoApplicationRow = typeof applications.$inferInsert & {
  id: string;
  vacancyId: string;
  createdAt: Date;
};

export interface DemoApplication {
  row: DemoApplicationRow;
  cv: { originalName: string; bytes: Uint8Array };
}

/** A valid one-page PDF (Helvetica, plain ASCII) with the lines given. */
export function onePagePdf(lines: readonly string[]): Uint8Array {
  const escape = (text: string) => ascii(text).replace(/[\\()]/g, (c) => `\\${c}`);
  const content = [
    'BT',
    '/F1 18 Tf 72 770 Td',
    `(${escape(lines[0] ?? '')}) Tj`,
    '/F1 11 Tf',
    ...lines.slice(1).map((line) => `0 -22 Td (${escape(line)}) Tj`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/**
 * One to four applications to each of the first open vacancies of the inbox members, made
 * since publication (at most two weeks ago); most are new, some being reviewed or invited.
 */
export function generateDemoApplications(options: {
  organisations: readonly DemoOrganisation[];
  current: readonly (NewVacancy & { id: string })[];
  now: Date;
  seed?: number;
}): DemoApplication[] {
  const random = new Random(options.seed ?? 2026);
  const now = options.now.getTime();
  const today = dutchDate(options.now);
  const result: DemoApplication[] = [];
  for (const organisation of options.organisations) {
    const howMany = inboxes[organisation.slug];
    if (!howMany) continue;
    const open = options.current
      .filter(
        (v) =>
          v.organisationId === organisation.id &&
          v.state === 'published' &&
          v.visibility === 'public' &&
          v.applyMethod === 'portal' &&
          v.publishedAt &&
          v.publishedAt.getTime() < now - 2 * 3_600_000 &&
          (v.closingDate ?? today) >= today,
      )
      .slice(0, howMany);
    for (const vacancy of open) {
      const from = Math.max(vacancy.publishedAt!.getTime(), now - 14 * 86_400_000) + 3_600_000;
      const count = random.int(1, 4);
      for (let n = 0; n < count; n++) {
        const first = random.pick(firstNames);
        const last = random.pick(lastNames);
        const name = `${first} ${last}`;
        const createdAt = new Date(from + Math.floor(random.next() * (now - 3_600_000 - from)));
        const roll = random.next();
        const status = roll < 0.6 ? 'received' : roll < 0.9 ? 'in_review' : 'invited';
        const seenAt =
          status === 'received' ? null : new Date(Math.min(now, createdAt.getTime() + random.int(1, 48) * 3_600_000));
        const pool = random.chance(0.25);
        const email = `${mailboxName(name)}${random.int(1, 99)}@voorbeeld.example`;
        result.push({
          row: {
            id: random.uuid(),
            vacancyId: vacancy.id,
            organisationId: organisation.id,
            userId: null,
            name,
            email,
            phone: random.chance(0.7) ? `06 ${random.int(1000, 9999)} ${random.int(1000, 9999)}` : null,
            motivation: random.pick(motivations),
            consent: pool ? 'pool' : 'procedure',
            poolConsentUntil: pool ? new Date(createdAt.getTime() + 365 * 86_400_000) : null,
            // A demo guest confirms on their own page within the hour, so the pool has candidates.
            addressConfirmedAt: pool ? new Date(Math.min(now, createdAt.getTime() + 3_600_000)) : null,
            status,
            seenAt,
            createdAt,
            updatedAt: seenAt ?? createdAt,
          },
          cv: {
            originalName: `cv-${ascii(name)
              .toLowerCase()
              .replace(/[^a-z]+/g, '-')}.pdf`,
            bytes: onePagePdf([
              `Curriculum vitae ${name}`,
              `E-mail: ${email}`,
              `Sollicitatie: ${vacancy.title}`,
              'Werkervaring: vijf jaar bij een gemeente in Noord-Brabant.',
              'Opleiding: hbo Bestuurskunde.',
              '(Een voorbeeld-cv van de demo van Samenwerven.)',
            ]),
          },
        });
      }
    }
  }
  return result;
}
