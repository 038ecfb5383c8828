/** The value lists a client needs to build filters and forms, each label in both languages. */
import {
  educationLevels,
  employmentTypes,
  municipalities,
  organisationKinds,
  workModes,
  type Database,
} from '@samenwerven/db';
import { listCategories } from './queries.ts';

type Labels = Record<string, { nl: string; en: string }>;

const entries = (labels: Labels) => Object.entries(labels).map(([code, label]) => ({ code, label }));

const regions = [...new Set(municipalities.map((m) => m.province))].sort((a, b) => a.localeCompare(b, 'nl'));

/** Salary scales of the public-sector pay tables (CAR-UWO and alike). */
const SALARY_SCALES = Array.from({ length: 18 }, (_, i) => i + 1);

export async function allTaxonomies(db: Database) {
  const categories = await listCategories(db);
  return {
    categories: categories.map((c) => ({ code: c.code, label: { nl: c.nameNl, en: c.nameEn } })),
    educationLevels: entries(educationLevels),
    employmentTypes: entries(employmentTypes),
    workModes: entries(workModes),
    organisationKinds: entries(organisationKinds),
    salaryScales: SALARY_SCALES,
    regions,
    municipalities: municipalities.map((m) => ({ code: m.code, name: m.name, region: m.province })),
  };
}
