/**
 * The vacancy form's values: from a loaded vacancy (or the defaults of a new one) to the
 * inputs, and from the submitted form back to what the API takes. The action checks only
 * what the browser can know (filled in, whole numbers); the server checks the rest. Both
 * answer together: a form with a problem the browser saw is still sent, so the server names
 * every other problem in the same answer (and refuses it, so nothing is saved).
 */
import type { ApplyMethod, EducationLevel, EmploymentType, WorkMode } from '../../api/types.ts';
import type { ManagedVacancy, VacancyInput, Workplace } from '../../api/vacancy-management.ts';
import type { VacancyManageMessages } from '../../i18n/vacancy-manage-messages.ts';
import { formText } from '../../lib/form-result.ts';
import { parseCalendarDate } from '../../lib/calendar-date.ts';
import { fromLocalInput, toLocalInput } from './date-time.ts';

export const MAX_PLACES = 10;

/** What the inputs start with: text for text inputs, the rest as they are. */
export interface FormValues {
  title: string;
  department: string;
  summary: string;
  description: string;
  category: string;
  educationLevel: string;
  orEquivalent: boolean;
  employmentType: string;
  hoursMin: string;
  hoursMax: string;
  salaryScale: string;
  salaryMin: string;
  salaryMax: string;
  municipalityCode: string;
  postcode: string;
  additionalPlaces: Workplace[];
  workMode: string;
  publishAt: string;
  closingDate: string;
  applyMethod: ApplyMethod;
  applyUrl: string;
  applyEmail: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  visibility: 'public' | 'internal';
  publicFrom: string;
  language: 'nl' | 'en';
  externalId: string;
}

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function valuesFromVacancy(vacancy: ManagedVacancy): FormValues {
  return {
    title: vacancy.title,
    department: text(vacancy.department),
    summary: vacancy.summary,
    description: vacancy.description,
    category: vacancy.category,
    educationLevel: vacancy.educationLevel,
    orEquivalent: vacancy.orEquivalent,
    employmentType: vacancy.employmentType,
    hoursMin: text(vacancy.hoursMin),
    hoursMax: text(vacancy.hoursMax),
    salaryScale: text(vacancy.salaryScale),
    salaryMin: text(vacancy.salaryMin),
    salaryMax: text(vacancy.salaryMax),
    municipalityCode: vacancy.municipalityCode,
    postcode: text(vacancy.postcode),
    additionalPlaces: vacancy.additionalPlaces.map(({ municipalityCode, postcode }) => ({
      municipalityCode,
      postcode,
    })),
    workMode: vacancy.workMode,
    publishAt: toLocalInput(vacancy.publishAt),
    closingDate: text(vacancy.closingDate),
    applyMethod: vacancy.applyMethod,
    applyUrl: text(vacancy.applyUrl),
    applyEmail: text(vacancy.applyEmail),
    contactName: text(vacancy.contactName),
    contactEmail: text(vacancy.contactEmail),
    contactPhone: text(vacancy.contactPhone),
    visibility: vacancy.visibility,
    publicFrom: toLocalInput(vacancy.publicFrom),
    language: vacancy.language,
    externalId: text(vacancy.externalId),
  };
}

/**
 * What the form's inputs hold now, as they hold it (untrimmed, unchecked): to compare with what
 * the form was loaded with. An extra workplace row left empty is no workplace.
 */
export function valuesFromForm(form: FormData): FormValues {
  const get = (name: string) => formText(form, name);
  const additionalPlaces: Workplace[] = [];
  for (let i = 0; i < MAX_PLACES && form.has(placeField(i, 'municipalityCode')); i++) {
    const municipalityCode = get(placeField(i, 'municipalityCode'));
    const postcode = get(placeField(i, 'postcode')) || null;
    if (municipalityCode || postcode) additionalPlaces.push({ municipalityCode, postcode });
  }
  return {
    title: get('title'),
    department: get('department'),
    summary: get('summary'),
    description: get('description'),
    category: get('category'),
    educationLevel: get('educationLevel'),
    orEquivalent: form.has('orEquivalent'),
    employmentType: get('employmentType'),
    hoursMin: get('hoursMin'),
    hoursMax: get('hoursMax'),
    salaryScale: get('salaryScale'),
    salaryMin: get('salaryMin'),
    salaryMax: get('salaryMax'),
    municipalityCode: get('municipalityCode'),
    postcode: get('postcode'),
    additionalPlaces,
    workMode: get('workMode'),
    publishAt: get('publishAt'),
    closingDate: get('closingDate'),
    applyMethod: get('applyMethod') as ApplyMethod,
    applyUrl: get('applyUrl'),
    applyEmail: get('applyEmail'),
    contactName: get('contactName'),
    contactEmail: get('contactEmail'),
    contactPhone: get('contactPhone'),
    visibility: get('visibility') === 'internal' ? 'internal' : 'public',
    publicFrom: get('publicFrom'),
    language: get('language') === 'en' ? 'en' : 'nl',
    externalId: get('externalId'),
  };
}

/** A new vacancy: the server's defaults, in the organisation's own municipality when known. */
export function newVacancyValues(municipalityCode: string, language: 'nl' | 'en'): FormValues {
  return {
    title: '',
    department: '',
    summary: '',
    description: '',
    category: '',
    educationLevel: '',
    orEquivalent: true,
    employmentType: '',
    hoursMin: '',
    hoursMax: '',
    salaryScale: '',
    salaryMin: '',
    salaryMax: '',
    municipalityCode,
    postcode: '',
    additionalPlaces: [],
    workMode: 'on_site',
    publishAt: '',
    closingDate: '',
    applyMethod: 'portal',
    applyUrl: '',
    applyEmail: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    visibility: 'public',
    publicFrom: '',
    language,
    externalId: '',
  };
}

/** The name of an extra workplace's input, as the API names its errors. */
export const placeField = (index: number, part: keyof Workplace) => `additionalPlaces.${index}.${part}`;

/** A whole number, or null when empty; NaN when it is not one. Dutch thousands points are allowed. */
function wholeNumber(value: string, allowThousands: boolean): number | null {
  let cleaned = value.trim().replace(/\s/g, '');
  if (!cleaned) return null;
  if (allowThousands)
    cleaned = cleaned
      .replace(/^€/, '')
      .replace(/,(-|00?)$/, '')
      .replace(/\.(?=\d{3}(\D|$))/g, '');
  return /^\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

const orNull = (value: string) => value.trim() || null;

/**
 * What a field the browser found wrong is sent as: a value the server refuses too (below every
 * minimum, not a moment), so the form is never saved with a problem in it, while the server
 * still checks all the other fields. The browser's own message is shown for the field.
 */
const REFUSED_NUMBER = -1;
const REFUSED_MOMENT = '';

const EDUCATION: readonly string[] = ['vmbo', 'mbo', 'hbo', 'wo'];

export interface FormInput {
  input: VacancyInput;
  /** Problems by field name, as the form names its fields. */
  problems: Record<string, string>;
  /** For each extra workplace sent, its row in the form (empty rows are not sent). */
  placeRows: number[];
}

/** The submitted form as the API's input, and the problems the browser can already see. */
export function inputFromForm(form: FormData, v: VacancyManageMessages): FormInput {
  const problems: Record<string, string> = {};
  const get = (name: string) => formText(form, name);

  const title = get('title').trim();
  if (!title) problems['title'] = v.check.title;
  const category = get('category');
  if (!category) problems['category'] = v.check.category;
  const educationLevel = get('educationLevel');
  if (!EDUCATION.includes(educationLevel)) problems['educationLevel'] = v.check.educationLevel;
  const employmentType = get('employmentType');
  if (!employmentType) problems['employmentType'] = v.check.employmentType;
  const municipalityCode = get('municipalityCode');
  if (!municipalityCode) problems['municipalityCode'] = v.check.municipalityCode;

  const hours = (name: 'hoursMin' | 'hoursMax') => {
    const value = wholeNumber(get(name), false);
    if (value === null || Number.isNaN(value) || value < 1 || value > 40) {
      problems[name] = v.check.hours;
      return REFUSED_NUMBER;
    }
    return value;
  };
  const money = (name: 'salaryMin' | 'salaryMax') => {
    const value = wholeNumber(get(name), true);
    if (value === null || !Number.isNaN(value)) return value;
    problems[name] = v.check.money;
    return REFUSED_NUMBER;
  };
  // The browser's date field gives a year of five digits as it was typed (22026): said in the
  // field's terms, not the API's "as YYYY-MM-DD" (a staff review).
  const closing = get('closingDate').trim();
  const closingDate = closing ? parseCalendarDate(closing) : null;
  if (closing && (closingDate === null || closingDate < '1900')) problems['closingDate'] = v.check.date;
  const moment = (name: 'publishAt' | 'publicFrom') => {
    const value = fromLocalInput(get(name));
    if (value !== undefined) return value;
    problems[name] = v.check.dateTime;
    return REFUSED_MOMENT;
  };

  const additionalPlaces: Workplace[] = [];
  const placeRows: number[] = [];
  for (let i = 0; i < MAX_PLACES && form.has(placeField(i, 'municipalityCode')); i++) {
    const code = get(placeField(i, 'municipalityCode'));
    const postcode = orNull(get(placeField(i, 'postcode')));
    if (!code && !postcode) continue;
    if (!code) problems[placeField(i, 'municipalityCode')] = v.check.placeMunicipality;
    additionalPlaces.push({ municipalityCode: code, postcode });
    placeRows.push(i);
  }

  const visibility = (get('visibility') || 'public') as VacancyInput['visibility'];
  const scale = get('salaryScale');
  const workMode = get('workMode');
  const applyMethod = get('applyMethod');
  const input: VacancyInput = {
    title,
    department: orNull(get('department')),
    summary: get('summary').trim(),
    description: get('description'),
    category,
    educationLevel: educationLevel as EducationLevel,
    orEquivalent: form.has('orEquivalent'),
    employmentType: employmentType as EmploymentType,
    hoursMin: hours('hoursMin'),
    hoursMax: hours('hoursMax'),
    salaryScale: scale ? Number(scale) : null,
    salaryMin: money('salaryMin'),
    salaryMax: money('salaryMax'),
    municipalityCode,
    postcode: orNull(get('postcode')),
    additionalPlaces,
    // A choice the form does not offer goes to the API as sent, which names it (it was stored as
    // the default unseen; a diff review). Left empty, the form's default.
    workMode: (workMode || 'on_site') as WorkMode,
    publishAt: moment('publishAt'),
    closingDate,
    applyMethod: (applyMethod || 'portal') as ApplyMethod,
    applyUrl: orNull(get('applyUrl')),
    applyEmail: orNull(get('applyEmail')),
    contactName: orNull(get('contactName')),
    contactEmail: orNull(get('contactEmail')),
    contactPhone: orNull(get('contactPhone')),
    visibility,
    // Only an internal vacancy goes public later (the field's hint says so): made public with the
    // field still filled, the save was refused until it was cleared by hand (an HR walk).
    publicFrom: visibility === 'internal' ? moment('publicFrom') : null,
    language: (get('language') || 'nl') as VacancyInput['language'],
    externalId: orNull(get('externalId')),
  };
  return { input, problems, placeRows };
}

/** The server's messages about extra workplaces (`additionalPlaces.1.postcode`), moved to their form rows. */
export function fieldsOfForm(fields: Record<string, string>, placeRows: readonly number[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, message]) => {
      const match = /^additionalPlaces\.(\d+)\.(.+)$/.exec(name);
      const row = match ? placeRows[Number(match[1])] : undefined;
      return [match && row !== undefined ? placeField(row, match[2] as keyof Workplace) : name, message];
    }),
  );
}
