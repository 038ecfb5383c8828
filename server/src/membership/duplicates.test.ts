import { describe, expect, it } from 'vitest';
import {
  duplicateReasonsOf,
  emailAgainstWebsite,
  likelyDuplicates,
  websiteDomain,
  type Comparable,
} from './duplicates.ts';

const breda: Comparable = {
  id: 'breda',
  name: 'Gemeente Breda',
  kind: 'municipality',
  municipalityCode: 'GM0758',
  website: 'https://www.breda.nl',
};

const applicant = (values: Partial<Comparable>): Comparable => ({
  id: 'new',
  name: 'Iets anders',
  kind: 'water_board',
  municipalityCode: 'GM0855',
  website: null,
  ...values,
});

describe('likely duplicates of an application', () => {
  it('finds the same name written otherwise, whatever the case, accents and spacing', () => {
    expect(duplicateReasonsOf(applicant({ name: '  gemeente   BRÉDA ' }), breda)).toEqual(['name']);
    expect(duplicateReasonsOf(applicant({ name: 'Gemeente Breda-Noord' }), breda)).toEqual([]);
  });

  it('finds the same municipality only for the same kind of organisation', () => {
    expect(duplicateReasonsOf(applicant({ kind: 'municipality', municipalityCode: 'GM0758' }), breda)).toEqual([
      'municipality',
    ]);
    expect(duplicateReasonsOf(applicant({ kind: 'health', municipalityCode: 'GM0758' }), breda)).toEqual([]);
  });

  it('finds the same website domain, with or without www and on a subdomain', () => {
    expect(duplicateReasonsOf(applicant({ website: 'http://BREDA.nl/werken' }), breda)).toEqual(['website']);
    expect(duplicateReasonsOf(applicant({ website: 'https://werkenbij.breda.nl' }), breda)).toEqual(['website']);
    expect(duplicateReasonsOf(applicant({ website: 'https://www.bredanl.example' }), breda)).toEqual([]);
  });

  it('lists every reason, the best match first, and never the applicant itself', () => {
    const same = applicant({ name: 'Gemeente Breda', kind: 'municipality', municipalityCode: 'GM0758' });
    const namesake = { ...breda, id: 'namesake', name: 'gemeente breda', website: null, kind: 'province' };
    const matches = likelyDuplicates({ ...same, website: 'https://breda.nl' }, [namesake, breda, same]);
    expect(matches.map((m) => [m.organisation.id, m.matchedOn])).toEqual([
      ['breda', ['name', 'municipality', 'website']],
      ['namesake', ['name']],
    ]);
  });
});

describe('the applicant’s e-mail domain against the website', () => {
  it('says whether the address belongs to the website, or that there is nothing to compare', () => {
    expect(emailAgainstWebsite('piet@breda.nl', 'https://www.breda.nl')).toEqual({
      emailDomain: 'breda.nl',
      websiteDomain: 'breda.nl',
      matches: true,
    });
    expect(emailAgainstWebsite('piet@gemeente.breda.nl', 'https://breda.nl').matches).toBe(true);
    expect(emailAgainstWebsite('piet@gmail.com', 'https://www.breda.nl')).toMatchObject({ matches: false });
    expect(emailAgainstWebsite('piet@gmail.com', null)).toEqual({
      emailDomain: 'gmail.com',
      websiteDomain: null,
      matches: null,
    });
  });

  it('reads no domain from what is no website, and matches no bare top-level domain', () => {
    expect(websiteDomain('geen url')).toBeNull();
    expect(emailAgainstWebsite('piet@nl', 'https://breda.nl').matches).toBe(false);
  });
});
