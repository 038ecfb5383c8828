/**
 * The deterministic demo generator: the same seed and reference date always give the same
 * alliance and vacancies, so demos, tests and benchmarks can rely on them. Pure: it builds
 * rows and writes nothing.
 */
import { municipalityByCode, postcodesOf } from '../reference-data.ts';
import type { NewOrganisation, NewVacancy } from '../schema.ts';
import { demoLogo } from './logos.ts';
import { mailboxName } from './plain-text.ts';
import { Random } from './random.ts';
import {
  firstNames,
  internOffers,
  internRequirementsByLevel,
  jobsByCategory,
  lastNames,
  offers,
  requirementsByLevel,
  traineeRequirements,
  type JobTemplate,
} from './vocabulary.ts';
import { salaryByScale, type EmploymentType, type OrganisationKind } from '../taxonomy.ts';

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
  return demoMembers.map((member, index) => ({
    ...member,
    id: random.uuid(),
    state: 'active',
    website: `https://www.${member.slug.replace(/^gemeente-/, '')}.example`,
    description: `${member.name} werkt samen met de andere leden van de alliantie aan goede dienstverlening voor iedereen in de regio.`,
    // The members show a logo where job seekers see them; the office is not shown as a member.
    ...(member.isCoordinatingBody ? {} : { logo: demoLogo(index), logoType: 'image/png' }),
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

/** The departments a job sits in at a kind of organisation; none when that kind does not have it. */
export function departmentsOf(job: JobTemplate, kind: OrganisationKind): string[] | undefined {
  return job.at[kind] ?? job.at['*'];
}

/** Per job field, the jobs an organisation of this kind has; fields without any are left out. */
function jobsFor(kind: OrganisationKind): [string, JobTemplate[]][] {
  return Object.entries(jobsByCategory)
    .map(([code, jobs]): [string, JobTemplate[]] => [code, jobs.filter((job) => departmentsOf(job, kind))])
    .filter(([, jobs]) => jobs.length > 0);
}

/** Internships and traineeships are for first jobs only, traineeships for graduates (HBO or WO). */
function employmentTypesOf(job: JobTemplate): [EmploymentType, number][] {
  return employmentWeights.filter(
    ([type]) =>
      (type !== 'internship' && type !== 'traineeship') ||
      (job.starter === true && (type === 'internship' || job.level === 'hbo' || job.level === 'wo')),
  );
}

/** The monthly allowance of an intern (stagevergoeding), in euros: no salary scale. */
const internAllowances = [400, 450, 500, 550, 600];

/** A title inside a sentence: lower case, except the abbreviations it starts with ("HR-adviseur", "Wmo-consulent"). */
function inSentence(title: string): string {
  return /^(?:[A-Z]{2}|Wmo\b)/.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1);
}

/** "die beleidsnotities wil schrijven": each task ends in its verb. */
function wantsTo(task: string): string {
  const words = task.split(' ');
  return [...words.slice(0, -1), 'wil', words.at(-1)].join(' ');
}

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
    `<p>Als ${escapeHtml(inSentence(title))} bij ${escapeHtml(organisation)} ga je ${escapeHtml(tasks.join(' en '))}. Je werkt samen met collega’s uit de hele regio.</p>`,
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
 * Each organisation advertises only jobs its kind has, in a department that fits the job, at
 * the job's scale (an intern gets an allowance and no scale).
 */
export function generateVacancies(options: GenerateVacanciesOptions): (NewVacancy & { id: string })[] {
  const random = new Random(options.seed ?? 42);
  const now = (options.now ?? new Date()).getTime();
  const members = options.organisations.filter((o) => !o.isCoordinatingBody);
  const jobsByKind = new Map<OrganisationKind, [string, JobTemplate[]][]>();
  const vacancies: (NewVacancy & { id: string })[] = [];
  for (let i = 0; i < options.count; i++) {
    const organisation = members[i % members.length]!;
    const kind = organisation.kind;
    if (!jobsByKind.has(kind)) jobsByKind.set(kind, jobsFor(kind));
    const [categoryCode, jobs] = random.pick(jobsByKind.get(kind)!);
    const job = random.pick(jobs);
    const department = random.pick(departmentsOf(job, kind)!);
    const employmentType = weighted(random, employmentTypesOf(job));
    const intern = employmentType === 'internship';
    const trainee = employmentType === 'traineeship';
    // A trainee starts at the job's lowest scale; an intern is paid an allowance, not a scale.
    const scale = intern ? null : trainee ? job.scales[0] : random.int(job.scales[0], job.scales[1]);
    const allowance = intern ? random.pick(internAllowances) : 0;
    const [salaryMin, salaryMax] = scale === null ? [allowance, allowance] : salaryByScale[scale]!;
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
    const title = intern
      ? `Stagiair ${inSentence(job.title)}`
      : trainee
        ? `Trainee ${inSentence(job.title)}`
        : job.title;
    const requirements = intern
      ? internRequirementsByLevel[job.level]
      : trainee
        ? traineeRequirements
        : requirementsByLevel[job.level];
    const benefits = intern
      ? [`een stagevergoeding van € ${allowance} per maand`, random.pick(internOffers)]
      : [random.pick(offers), random.pick(offers), offers[0]!].filter((v, n, a) => a.indexOf(v) === n);
    vacancies.push({
      id: random.uuid(),
      organisationId: organisation.id,
      externalId: `DEMO-${String(i + 1).padStart(6, '0')}`,
      state,
      title,
      department,
      summary: `${organisation.name} zoekt een ${inSentence(title)} die ${wantsTo(job.tasks[0]!)}.`,
      description: describe(title, organisation.name, job.tasks, requirements, benefits),
      categoryCode,
      educationLevel: job.level,
      orEquivalent: random.chance(0.8),
      employmentType,
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
      contactEmail: `${mailboxName(contact)}@${organisation.slug}.example`,
      contactPhone: `013 ${random.int(100, 999)} ${random.int(1000, 9999)}`,
      visibility: 'public',
      language: 'nl',
    });
  }
  return vacancies;
}
