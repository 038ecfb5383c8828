import { describe, expect, it } from 'vitest';
import { municipalityByCode } from '../reference-data.ts';
import { demoOrganisations, generateVacancies } from './generator.ts';

const now = new Date('2026-11-30T12:00:00Z');

describe('the demo generator', () => {
  it('gives the same alliance and vacancies for the same seed', () => {
    const organisations = demoOrganisations();
    const a = generateVacancies({ count: 50, organisations, now });
    const b = generateVacancies({ count: 50, organisations, now });
    expect(a).toEqual(b);
    expect(demoOrganisations().map((o) => o.id)).toEqual(organisations.map((o) => o.id));
  });

  it('makes a coordinating body and at least eight members in one region', () => {
    const organisations = demoOrganisations();
    expect(organisations.filter((o) => o.isCoordinatingBody)).toHaveLength(1);
    const municipalities = organisations.filter((o) => o.kind === 'municipality');
    expect(municipalities.length).toBeGreaterThanOrEqual(8);
    expect(new Set(municipalities.map((o) => municipalityByCode(o.municipalityCode)?.province))).toEqual(
      new Set(['Noord-Brabant']),
    );
  });

  it('makes consistent vacancies, mostly published, never for the coordinating body', () => {
    const organisations = demoOrganisations();
    const office = organisations.find((o) => o.isCoordinatingBody)!;
    const vacancies = generateVacancies({ count: 1000, organisations, now });
    expect(vacancies.filter((v) => v.state === 'published').length).toBeGreaterThan(700);
    for (const v of vacancies) {
      expect(v.organisationId).not.toBe(office.id);
      expect(v.hoursMin).toBeLessThanOrEqual(v.hoursMax!);
      expect(v.salaryMin!).toBeLessThanOrEqual(v.salaryMax!);
      if (v.employmentType !== 'internship') {
        expect(v.salaryScale).toBeGreaterThanOrEqual(1);
        expect(v.salaryScale).toBeLessThanOrEqual(18);
      }
      if (v.state === 'published') expect(Date.parse(v.closingDate!)).toBeGreaterThan(now.getTime() - 86_400_000);
    }
    expect(new Set(vacancies.map((v) => v.categoryCode)).size).toBeGreaterThanOrEqual(12);
  });
});

/**
 * What a reader of the demo would frown at (issue 16): titles that say a thing twice, a boa in
 * the social domain, an intern at scale 10, a university graduate at scale 6. Stated here from
 * the reader's side, not read back from the vocabulary the generator uses.
 */
describe('the demo’s vacancies read as real ones', () => {
  const organisations = demoOrganisations();
  const vacancies = generateVacancies({ count: 2000, organisations, now });
  const kindOf = new Map(organisations.map((o) => [o.id, o.kind]));

  /** The departments a job field's vacancies may sit in (management may head any). */
  const fittingDepartments: Record<string, string[] | 'any'> = {
    beleid: [
      'Concernstaf',
      'Bestuurs- en Concernzaken',
      'Sociaal Domein',
      'Fysiek Domein',
      'Ruimte en Mobiliteit',
      'Economie',
      'Natuur en Milieu',
    ],
    ict: ['Informatievoorziening', 'Bedrijfsvoering', 'Concernstaf'],
    financien: ['Financiën', 'Bedrijfsvoering', 'Concernstaf', 'Belastingen'],
    juridisch: [
      'Juridische Zaken',
      'Bestuurs- en Concernzaken',
      'Concernstaf',
      'Vergunningen, Toezicht en Handhaving',
      'Ruimte en Mobiliteit',
    ],
    'sociaal-domein': ['Sociaal Domein', 'Werk en Inkomen'],
    ruimte: [
      'Ruimtelijke Ontwikkeling',
      'Vergunningen, Toezicht en Handhaving',
      'Ruimte en Mobiliteit',
      'Watersysteem',
    ],
    techniek: ['Openbare Ruimte', 'Watersysteem', 'Zuiveringsbeheer', 'Ruimte en Mobiliteit'],
    communicatie: ['Communicatie', 'Bestuurs- en Concernzaken'],
    hr: ['Personeel en Organisatie', 'Bedrijfsvoering'],
    dienstverlening: ['Publiekszaken', 'Klantcontactcentrum'],
    veiligheid: ['Veiligheid en Handhaving', 'Vergunningen, Toezicht en Handhaving', 'Bestuurs- en Concernzaken'],
    milieu: ['Natuur en Milieu', 'Watersysteem', 'Milieu', 'Vergunningen, Toezicht en Handhaving'],
    zorg: ['Jeugdgezondheidszorg', 'Infectieziektebestrijding', 'Publieke Gezondheid'],
    management: 'any',
    secretariaat: ['Concernstaf', 'Bestuurs- en Concernzaken', 'Bedrijfsvoering', 'Directie', 'Werk en Inkomen'],
    informatiebeheer: ['Documentaire Informatievoorziening', 'Informatievoorziening'],
  };
  /** The salary scales people with an education level are usually hired at. */
  const scalesByLevel: Record<string, [number, number]> = { vmbo: [1, 6], mbo: [4, 9], hbo: [8, 13], wo: [10, 18] };

  it('makes each contact’s address from the whole name, accents and the dotless i as plain letters', () => {
    const vacancies = generateVacancies({ count: 1000, organisations: demoOrganisations(), now });
    for (const v of vacancies)
      expect(v.contactEmail, v.contactName!).toMatch(/^[a-z]+(\.[a-z]+)+@[a-z0-9-]+\.example$/);
    const yilmaz = vacancies.find((v) => v.contactName?.includes('Yılmaz'));
    expect(yilmaz?.contactEmail).toMatch(/yilmaz@/);
  });

  it('never says a word or a run of words twice in a title', () => {
    for (const { title } of vacancies) {
      expect(title, title).not.toMatch(/\b(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)*) \1\b/iu);
      const words = title
        .toLowerCase()
        .split(/[\s()]+/)
        .filter((w) => w.length > 3);
      expect(new Set(words).size, title).toBe(words.length);
    }
  });

  it('puts every vacancy in a department that fits its job field', () => {
    for (const v of vacancies) {
      const fitting = fittingDepartments[v.categoryCode]!;
      expect(fitting, v.categoryCode).toBeDefined();
      if (fitting !== 'any') expect(fitting, `${v.title}: ${v.department}`).toContain(v.department);
    }
    const boas = vacancies.filter((v) => v.title.includes('Boa') || v.title.includes('boa'));
    expect(boas.length).toBeGreaterThan(0);
    for (const boa of boas) expect(boa.department).toBe('Veiligheid en Handhaving');
  });

  it('gives each organisation only the jobs its kind has', () => {
    for (const v of vacancies) {
      const kind = kindOf.get(v.organisationId);
      if (v.categoryCode === 'sociaal-domein' || /gemeente|burgerzaken|belasting/i.test(v.title + v.department))
        expect(kind, v.title).toBe('municipality');
      if (v.categoryCode === 'zorg') expect(kind, v.title).toBe('health');
      if (/gemalen|afvalwater/i.test(v.title)) expect(['water_board', 'municipality'], v.title).toContain(kind);
    }
  });

  it('pays an intern an allowance, no scale, and names the internship in the title', () => {
    const interns = vacancies.filter((v) => v.employmentType === 'internship');
    expect(interns.length).toBeGreaterThan(10);
    for (const v of interns) {
      expect(v.salaryScale, v.title).toBeNull();
      expect(v.salaryMax!, v.title).toBeLessThanOrEqual(1000);
      expect(v.title).toMatch(/^Stagiair /);
    }
    for (const v of vacancies.filter((v) => v.employmentType === 'traineeship')) {
      expect(['hbo', 'wo'], v.title).toContain(v.educationLevel);
      expect(v.title).toMatch(/^Trainee /);
    }
    for (const v of vacancies.filter((v) => v.title.startsWith('Stagiair')))
      expect(v.employmentType, v.title).toBe('internship');
  });

  it('asks an education that fits the salary scale', () => {
    for (const v of vacancies.filter((v) => v.salaryScale !== null)) {
      const [low, high] = scalesByLevel[v.educationLevel]!;
      expect(v.salaryScale!, `${v.title} (${v.educationLevel})`).toBeGreaterThanOrEqual(low);
      expect(v.salaryScale!, `${v.title} (${v.educationLevel})`).toBeLessThanOrEqual(high);
    }
  });

  it('writes the title into sentences as Dutch does: lower case, abbreviations kept', () => {
    for (const v of vacancies) {
      expect(v.summary, v.title).toMatch(/ zoekt een \S/);
      expect(v.summary).not.toMatch(/\b(?:ict|ciso|div|wmo|hr)\b/);
      expect(v.summary).toMatch(/ die .+ wil \p{L}+\.$/u);
      expect(v.summary).not.toMatch(/ en wil /);
    }
  });
});
