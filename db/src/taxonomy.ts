/**
 * The shared taxonomies as code: the fixed value lists (education levels, employment
 * types, …) with their labels in both languages, and the initial job-field list that the
 * coordinator manages from then on.
 */
import { categories } from './schema.ts';
import type { Executor } from './client.ts';

export type Label = { nl: string; en: string };

export const educationLevels = {
  vmbo: { nl: 'VMBO', en: 'Pre-vocational (VMBO)' },
  mbo: { nl: 'MBO', en: 'Vocational (MBO)' },
  hbo: { nl: 'HBO', en: 'Higher professional (HBO)' },
  wo: { nl: 'WO', en: 'University (WO)' },
} as const satisfies Record<string, Label>;

export const employmentTypes = {
  permanent: { nl: 'Vast', en: 'Permanent' },
  temporary: { nl: 'Tijdelijk', en: 'Temporary' },
  temporary_to_permanent: { nl: 'Tijdelijk met uitzicht op vast', en: 'Temporary, with a view to permanent' },
  traineeship: { nl: 'Traineeship', en: 'Traineeship' },
  internship: { nl: 'Stage', en: 'Internship' },
  secondment: { nl: 'Detachering', en: 'Secondment' },
  interim: { nl: 'Inhuur', en: 'Interim / contract' },
} as const satisfies Record<string, Label>;

export const workModes = {
  on_site: { nl: 'Op locatie', en: 'On site' },
  hybrid: { nl: 'Hybride', en: 'Hybrid' },
  remote: { nl: 'Op afstand', en: 'Remote' },
} as const satisfies Record<string, Label>;

export const organisationKinds = {
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  province: { nl: 'Provincie', en: 'Province' },
  water_board: { nl: 'Waterschap', en: 'Water board' },
  joint_arrangement: { nl: 'Gemeenschappelijke regeling', en: 'Joint arrangement' },
  central_government: { nl: 'Rijksoverheid', en: 'Central government' },
  health: { nl: 'Gezondheid en zorg', en: 'Health and care' },
  education: { nl: 'Onderwijs', en: 'Education' },
  other: { nl: 'Overig', en: 'Other' },
} as const satisfies Record<string, Label>;

export type EducationLevel = keyof typeof educationLevels;
export type EmploymentType = keyof typeof employmentTypes;
export type WorkMode = keyof typeof workModes;
export type OrganisationKind = keyof typeof organisationKinds;

/**
 * Gross monthly salary bounds per scale (schaal 1–18), in euros, rounded: close to the
 * municipal salary tables (CAR-UWO) of 2025.
 */
export const salaryByScale: Record<number, [number, number]> = {
  1: [2200, 2600],
  2: [2250, 2700],
  3: [2300, 2850],
  4: [2400, 3050],
  5: [2500, 3300],
  6: [2650, 3600],
  7: [2800, 4000],
  8: [3100, 4450],
  9: [3400, 4900],
  10: [3700, 5400],
  11: [4200, 6100],
  12: [4800, 6900],
  13: [5300, 7500],
  14: [5900, 8300],
  15: [6500, 9200],
  16: [7200, 10200],
  17: [8000, 11400],
  18: [8900, 12600],
};

/** The job fields (vakgebieden) the alliance starts with. */
export const defaultCategories: { code: string; nameNl: string; nameEn: string }[] = [
  { code: 'beleid', nameNl: 'Beleid en advies', nameEn: 'Policy and advice' },
  { code: 'ict', nameNl: 'ICT en informatievoorziening', nameEn: 'IT and information management' },
  { code: 'financien', nameNl: 'Financiën en control', nameEn: 'Finance and control' },
  { code: 'juridisch', nameNl: 'Juridisch', nameEn: 'Legal' },
  { code: 'sociaal-domein', nameNl: 'Sociaal domein', nameEn: 'Social services' },
  { code: 'ruimte', nameNl: 'Ruimtelijke ordening en wonen', nameEn: 'Spatial planning and housing' },
  { code: 'techniek', nameNl: 'Techniek en beheer openbare ruimte', nameEn: 'Engineering and public space' },
  { code: 'communicatie', nameNl: 'Communicatie', nameEn: 'Communications' },
  { code: 'hr', nameNl: 'Personeel en organisatie', nameEn: 'HR and organisation' },
  { code: 'dienstverlening', nameNl: 'Publieksdienstverlening', nameEn: 'Public services' },
  { code: 'veiligheid', nameNl: 'Openbare orde, veiligheid en handhaving', nameEn: 'Public order and enforcement' },
  { code: 'milieu', nameNl: 'Natuur, milieu en water', nameEn: 'Environment and water' },
  { code: 'zorg', nameNl: 'Zorg en gezondheid', nameEn: 'Health care' },
  { code: 'management', nameNl: 'Management', nameEn: 'Management' },
  { code: 'secretariaat', nameNl: 'Secretariaat en administratie', nameEn: 'Administration and office support' },
  { code: 'informatiebeheer', nameNl: 'Informatiebeheer en archief', nameEn: 'Records management' },
];

/** Adds the default job fields that are missing; never overwrites the coordinator's edits. */
export async function ensureDefaultCategories(db: Executor): Promise<void> {
  await db.insert(categories).values(defaultCategories).onConflictDoNothing();
}
