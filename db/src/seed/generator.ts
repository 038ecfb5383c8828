/**
 * The deterministic demo generator: the same seed and reference date always give the same
 * alliance and vacancies, so demos, tests and benchmarks can rely on them. Pure: it builds
 * rows and writes nothing.
 */
import { municipalityByCode, postcodesOf } from '../reference-data.ts';
import type { NewOrganisation, NewVacancy } from '../schema.ts';
import { Random } from './random.ts';
import { departments, firstNames, jobsByCategory, lastNames, offers, requirementsByLevel } from './vocabulary.ts';
import { salaryByScale, type EmploymentType } from '../taxonomy.ts';

export type DemoOrganisation = NewOrganisation & { id: string; slug: string; name: string };

/** The demo alliance: the municipalities of Hart van Brabant and their regional partners. */
const demoMembers: Omit<DemoOrganisation, 'id' | 'state'>[] = [
  {
    slug: 'alliantiebureau',
    name: 'Alliantiebureau Samenwerven',
    kind: 'joint_arrangement',
    municipalityCode: 'GM0855',
    isCoordinatingBody: true,
  },
  { slug: 'gemeente-tilburg', name: 'Gemeente Tilburg', kind: 'municipality', municipalityCode: 'GM0855' },
  { slug: 'gemeente-dongen', name: 'Gemeente Dongen', kind: 'municipality', municipalityCode: 'GM0766' },
  {
    slug: 'gemeente-gilze-en-rijen',
    name: 'Gemeente Gilze en Rijen',
    kind: 'municipality',
    municipalityCode: 'GM0784',
  },
  { slug: 'gemeente-goirle', name: 'Gemeente Goirle', kind: 'municipality', municipalityCode: 'GM0785' },
  { slug: 'gemeente-hilvarenbeek', name: 'Gemeente Hilvarenbeek', kind: 'municipality', municipalityCode: 'GM0798' },
  { slug: 'gemeente-loon-op-zand', name: 'Gemeente Loon op Zand', kind: 'municipality', municipalityCode: 'GM0809' },
  { slug: 'gemeente-oisterwijk', name: 'Gemeente Oisterwijk', kind: 'municipality', municipalityCode: 'GM0824' },
  { slug: 'gemeente-waalwijk', name: 'Gemeente Waalwijk', kind: 'municipality', municipalityCode: 'GM0867' },
  { slug: 'gemeente-heusden', name: 'Gemeente Heusden', kind: 'municipality', municipalityCode: 'GM0797' },
  { slug: 'gemeente-breda', name: 'Gemeente Breda', kind: 'municipality', municipalityCode: 'GM0758' },
  {
    slug: 'gemeente-s-hertogenbosch',
    name: "Gemeente 's-Hertogenbosch",
    kind: 'municipality',
    municipalityCode: 'GM0796',
  },
  { slug: 'waterschap-de-dommel', name: 'Waterschap De Dommel', kind: 'water_board', municipalityCode: 'GM0757' },
  { slug: 'ggd-hart-voor-brabant', name: 'GGD Hart voor Brabant', kind: 'health', municipalityCode: 'GM0855' },
  {
    slug: 'omgevingsdienst-midden-west-brabant',
    name: 'Omgevingsdienst Midden- en West-Brabant',
    kind: 'joint_arrangement',
    municipalityCode: 'GM0855',
  },
  { slug: 'provincie-noord-brabant', name: 'Provincie Noord-Brabant', kind: 'province', municipalityCode: 'GM0796' },
];

export function demoOrganisations(seed = 1): DemoOrganisation[] {
  const random = new Random(seed);
  return demoMembers.map((member) => ({
    ...member,
    id: random.uuid(),
    state: 'active',
    website: `https://www.${member.slug.replace(/^gemeente-/, '')}.example`,
    description: `${member.name} werkt samen met de andere leden van de alliantie aan goede dienstverlening voor iedereen in de regio.`,
  }));
}

const employmentWeights: [EmploymentType, number][] = [
  ['permanent', 45],
  ['temporary_to_permanent', 20],
  ['temporary', 18],
  ['secondment', 5],
  ['interim', 5],
  ['traineeship', 4],
  ['internship', 3],
];

function weighted<T>(random: Random, options: [T, number][]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return options[options.length - 1]![0];
}

const DAY = 86_400_000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);
const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function describe(title: string, organisation: string, tasks: string[], requirements: string[], benefits: string[]) {
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  return [
    `<h2>Wat ga je doen?</h2>`,
    `<p>Als ${escapeHtml(title.toLowerCase())} bij ${escapeHtml(organisation)} ga je ${escapeHtml(tasks.join(' en '))}. Je werkt samen met collega’s uit de hele regio.</p>`,
    `<h2>Wat vragen we?</h2>`,
    list(requirements),
    `<h2>Wat bieden we?</h2>`,
    list(benefits),
  ].join('\n');
}

export interface GenerateVacanciesOptions {
  count: number;
  organisations: readonly DemoOrganisation[];
  seed?: number;
  /** The moment publication and closing dates are relative to. */
  now?: Date;
}

/**
 * Builds `count` realistic vacancies spread over the organisations (never the coordinating
 * body). Most are published and open; some are drafts, scheduled or closed, as in real life.
 */
export function generateVacancies(options: GenerateVacanciesOptions): (NewVacancy & { id: string })[] {
  const random = new Random(options.seed ?? 42);
  const now = (options.now ?? new Date()).getTime();
  const members = options.organisations.filter((o) => !o.isCoordinatingBody);
  const categoryCodes = Object.keys(jobsByCategory);
  const vacancies: (NewVacancy & { id: string })[] = [];
  for (let i = 0; i < options.count; i++) {
    const organisation = members[i % members.length]!;
    const categoryCode = random.pick(categoryCodes);
    const job = random.pick(jobsByCategory[categoryCode]!);
    const scale = random.int(job.scales[0], job.scales[1]);
    const [salaryMin, salaryMax] = salaryByScale[scale]!;
    const hoursMax = random.pick([24, 28, 32, 36, 36, 36, 40]);
    const hoursMin = Math.max(16, hoursMax - random.pick([0, 4, 8, 12]));
    const seat = organisation.municipalityCode;
    const municipality = municipalityByCode(seat)!;
    const postcode = random.pick(postcodesOf(seat));
    const roll = random.next();
    const publishedAt = now - random.int(0, 45) * DAY - random.int(0, 86_399) * 1000;
    const closingDate = publishedAt + random.int(30, 75) * DAY;
    const state =
      roll < 0.05 ? 'draft' : roll < 0.08 ? 'scheduled' : closingDate < now || roll < 0.13 ? 'closed' : 'published';
    const contact = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
    const specialism = random.chance(0.3) ? ` ${random.pick(departments).toLowerCase()}` : '';
    const title = `${job.title}${specialism}`;
    const benefits = [random.pick(offers), random.pick(offers), offers[0]!].filter((v, n, a) => a.indexOf(v) === n);
    vacancies.push({
      id: random.uuid(),
      organisationId: organisation.id,
      externalId: `DEMO-${String(i + 1).padStart(6, '0')}`,
      state,
      title,
      department: random.pick(departments),
      summary: `${organisation.name} zoekt een ${title.toLowerCase()} die wil ${job.tasks[0]}.`,
      description: describe(title, organisation.name, job.tasks, requirementsByLevel[job.level], benefits),
      categoryCode,
      educationLevel: job.level,
      orEquivalent: random.chance(0.8),
      employmentType: weighted(random, employmentWeights),
      hoursMin,
      hoursMax,
      salaryScale: scale,
      salaryMin,
      salaryMax,
      municipalityCode: municipality.code,
      postcode: postcode?.postcode ?? null,
      latitude: postcode?.latitude ?? municipality.latitude,
      longitude: postcode?.longitude ?? municipality.longitude,
      workMode: weighted(random, [
        ['hybrid', 60],
        ['on_site', 35],
        ['remote', 5],
      ]),
      publishAt: state === 'scheduled' ? new Date(now + random.int(1, 14) * DAY) : null,
      publishedAt: state === 'published' || state === 'closed' ? new Date(publishedAt) : null,
      closingDate: state === 'draft' ? null : isoDate(state === 'scheduled' ? now + 30 * DAY : closingDate),
      closedAt: state === 'closed' ? new Date(Math.min(closingDate, now)) : null,
      applyMethod: 'portal',
      contactName: contact,
      contactEmail: `${contact.toLowerCase().replace(/[^a-z]+/g, '.')}@${organisation.slug}.example`,
      contactPhone: `013 ${random.int(100, 999)} ${random.int(1000, 9999)}`,
      visibility: 'public',
      language: 'nl',
    });
  }
  return vacancies;
}
