import { describe, expect, it } from 'vitest';
import { vacancyManageMessages } from '../../i18n/vacancy-manage-messages.ts';
import { fromLocalInput, toLocalInput } from './date-time.ts';
import { fieldsOfForm, inputFromForm } from './vacancy-form-values.ts';

const v = vacancyManageMessages.nl;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const complete = {
  title: '  Beleidsadviseur wonen ',
  category: 'beleid',
  educationLevel: 'hbo',
  employmentType: 'permanent',
  hoursMin: '32',
  hoursMax: '36',
  municipalityCode: 'GM0855',
  workMode: 'hybrid',
  applyMethod: 'portal',
  visibility: 'public',
  language: 'nl',
};

describe('the vacancy form as API input', () => {
  it('trims text, sends empty optional fields as null and reads the checkbox', () => {
    const { input, problems } = inputFromForm(form({ ...complete, department: ' ', orEquivalent: 'on' }), v);
    expect(problems).toEqual({});
    expect(input).toMatchObject({
      title: 'Beleidsadviseur wonen',
      department: null,
      summary: '',
      orEquivalent: true,
      hoursMin: 32,
      hoursMax: 36,
      salaryScale: null,
      salaryMin: null,
      postcode: null,
      closingDate: null,
      publishAt: null,
      externalId: null,
      additionalPlaces: [],
    });
    expect(inputFromForm(form(complete), v).input.orEquivalent).toBe(false);
  });

  it('sends a choice the form does not offer as it came, for the API to name, and the default only for none', () => {
    const odd = inputFromForm(form({ ...complete, workMode: 'mars', visibility: 'geheim', language: 'fr' }), v).input;
    expect([odd.workMode, odd.visibility, odd.language, odd.applyMethod]).toEqual(['mars', 'geheim', 'fr', 'portal']);
  });

  it('says a closing date that does not exist in the date field’s terms, not the API’s format (a staff review)', () => {
    for (const closingDate of ['22026-12-31', '2026-02-30', '1899-12-31'])
      expect(inputFromForm(form({ ...complete, closingDate }), v).problems, closingDate).toEqual({
        closingDate: v.check.date,
      });
    expect(inputFromForm(form({ ...complete, closingDate: '2026-12-31' }), v).input.closingDate).toBe('2026-12-31');
  });

  it('names each missing or malformed field in plain words', () => {
    const { problems } = inputFromForm(form({ hoursMin: '36,5', hoursMax: '41', salaryMin: 'veel' }), v);
    expect(problems).toEqual({
      title: v.check.title,
      category: v.check.category,
      educationLevel: v.check.educationLevel,
      employmentType: v.check.employmentType,
      municipalityCode: v.check.municipalityCode,
      hoursMin: v.check.hours,
      hoursMax: v.check.hours,
      salaryMin: v.check.money,
    });
  });

  it('sends a field it found wrong as a value the server refuses too, so nothing is saved and the rest is checked', () => {
    const { input, problems } = inputFromForm(
      form({ ...complete, hoursMax: '', salaryMin: 'veel', publishAt: 'morgen', closingDate: '2020-01-01' }),
      v,
    );
    expect(Object.keys(problems).sort()).toEqual(['hoursMax', 'publishAt', 'salaryMin']);
    // Below every minimum of the API (hours from 1, money from 0), and no moment at all.
    expect([input.hoursMax, input.salaryMin, input.publishAt]).toEqual([-1, -1, '']);
    // What the browser has no objection to goes as it is, for the server to check.
    expect([input.hoursMin, input.closingDate]).toEqual([32, '2020-01-01']);
  });

  it('sends no moment to go public for a vacancy made public with that field still filled (an HR walk)', () => {
    const publicFrom = '2026-12-15T09:00';
    expect(inputFromForm(form({ ...complete, visibility: 'public', publicFrom }), v).input.publicFrom).toBeNull();
    const internal = inputFromForm(form({ ...complete, visibility: 'internal', publicFrom }), v).input;
    expect(internal.publicFrom).toBe(fromLocalInput(publicFrom));
  });

  it('accepts amounts written the Dutch way', () => {
    const { input, problems } = inputFromForm(form({ ...complete, salaryMin: '3.700', salaryMax: '€ 5.400,-' }), v);
    expect(problems).toEqual({});
    expect([input.salaryMin, input.salaryMax]).toEqual([3700, 5400]);
    expect(inputFromForm(form({ ...complete, salaryMin: '3.7' }), v).problems).toEqual({ salaryMin: v.check.money });
  });

  it('keeps the extra workplaces in order, skips empty ones and asks for a missing municipality', () => {
    const { input, problems } = inputFromForm(
      form({
        ...complete,
        'additionalPlaces.0.municipalityCode': 'GM0363',
        'additionalPlaces.0.postcode': '',
        'additionalPlaces.1.municipalityCode': '',
        'additionalPlaces.1.postcode': '',
        'additionalPlaces.2.municipalityCode': '',
        'additionalPlaces.2.postcode': '5038',
      }),
      v,
    );
    expect(input.additionalPlaces).toEqual([
      { municipalityCode: 'GM0363', postcode: null },
      { municipalityCode: '', postcode: '5038' },
    ]);
    expect(problems).toEqual({ 'additionalPlaces.2.municipalityCode': v.check.placeMunicipality });
  });

  it('moves the server’s messages about extra workplaces to the rows they came from', () => {
    const { placeRows } = inputFromForm(
      form({
        ...complete,
        'additionalPlaces.0.municipalityCode': '',
        'additionalPlaces.0.postcode': '',
        'additionalPlaces.1.municipalityCode': 'GM0363',
        'additionalPlaces.1.postcode': '0000',
      }),
      v,
    );
    expect(placeRows).toEqual([1]);
    expect(fieldsOfForm({ 'additionalPlaces.0.postcode': 'Onbekend', hoursMax: 'Te weinig' }, placeRows)).toEqual({
      'additionalPlaces.1.postcode': 'Onbekend',
      hoursMax: 'Te weinig',
    });
  });

  it('turns a local date and time into an instant and back', () => {
    const iso = fromLocalInput('2027-01-02T09:30');
    expect(typeof iso).toBe('string');
    expect(toLocalInput(iso as string)).toBe('2027-01-02T09:30');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('morgen')).toBeUndefined();
    expect(inputFromForm(form({ ...complete, publishAt: 'morgen' }), v).problems).toEqual({
      publishAt: v.check.dateTime,
    });
  });
});
