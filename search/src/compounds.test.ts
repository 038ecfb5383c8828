import { describe, expect, it } from 'vitest';
import { compoundParts } from './compounds.ts';

describe('Dutch compounds in job titles', () => {
  it('takes a compound apart at its head, and the rest again', () => {
    expect(compoundParts('Softwareontwikkelaar')).toBe('software ontwikkelaar');
    expect(compoundParts('Vergunningverlener omgevingsrecht')).toBe('vergunning verlener omgeving recht');
    expect(compoundParts('Technoloog afvalwaterzuivering')).toBe('afval water zuivering');
    expect(compoundParts('Klantcontactmedewerker')).toBe('klant contact medewerker');
  });

  it('takes the linking s or e off the first part', () => {
    expect(compoundParts('Bestuurssecretaris')).toBe('bestuur secretaris');
    expect(compoundParts('Doktersassistent jeugdgezondheidszorg')).toBe('dokter assistent jeugd gezondheidszorg');
    expect(compoundParts('Beleidsmedewerker')).toBe('beleid medewerker');
  });

  it('prefers the longest head: a verpleegkundige is not a verpleeg-kundige', () => {
    expect(compoundParts('Jeugdverpleegkundige')).toBe('jeugd verpleegkundige');
  });

  it('leaves simple words and compounds of unknown parts whole', () => {
    expect(compoundParts('Archivaris')).toBe('');
    expect(compoundParts('Beleidsadviseur')).toBe('beleid adviseur');
    expect(compoundParts('Planoloog')).toBe('');
    // "kwartier" + "maker": an unknown rest is not split into nonsense.
    expect(compoundParts('Kwartiermaker')).toBe('');
    expect(compoundParts('Arts')).toBe('');
  });
});
