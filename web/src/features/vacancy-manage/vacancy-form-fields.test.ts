import { describe, expect, it } from 'vitest';
import { vacancyManageMessages } from '../../i18n/vacancy-manage-messages.ts';
import { vacancyFieldMap } from './vacancy-form-fields.tsx';

describe('the vacancy form’s fields for the error summary', () => {
  it('come in the order the form shows them, every field of the API among them', () => {
    const names = Object.keys(vacancyFieldMap(vacancyManageMessages.nl));
    const at = (name: string) => names.indexOf(name);
    // The contact comes before the publication's dates in the form, so in the summary too.
    expect(at('applyUrl')).toBeLessThan(at('contactPhone'));
    expect(at('contactPhone')).toBeLessThan(at('closingDate'));
    expect(at('closingDate')).toBeLessThan(at('publishAt'));
    expect(at('category')).toBeLessThan(at('summary'));
    // The extra workplaces follow the first one's fields.
    expect(at('workMode')).toBeLessThan(at('additionalPlaces.0.municipalityCode'));
    expect(at('additionalPlaces.0.municipalityCode')).toBeLessThan(at('applyMethod'));
    for (const name of Object.keys(vacancyManageMessages.nl.names)) expect(names).toContain(name);
  });
});
