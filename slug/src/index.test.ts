import { describe, expect, it } from 'vitest';
import { shortSlug, slugify, titleSlug, TITLE_SLUG_LENGTH, vacancyAddressPart } from './index.ts';

describe('slugify', () => {
  it('writes lower case ASCII words joined by hyphens', () => {
    expect(slugify('Beleidsmedewerker Sociaal Domein (32 uur)')).toBe('beleidsmedewerker-sociaal-domein-32-uur');
    expect(slugify('  Coördinator één-loket  ')).toBe('coordinator-een-loket');
    expect(slugify('Medewerker Ĳsselland ﬁnanciën')).toBe('medewerker-ijsselland-financien');
    expect(slugify('P&O / HRM')).toBe('p-o-hrm');
    expect(slugify('¿¡!')).toBe('');
  });
});

describe('titleSlug', () => {
  it('keeps a short title whole', () => {
    expect(titleSlug('Adviseur wonen')).toBe('adviseur-wonen');
  });

  it('cuts a long title after a whole word', () => {
    const title = 'Senior beleidsadviseur klimaatadaptatie, energietransitie en duurzame ruimtelijke ontwikkeling';
    expect(titleSlug(title)).toBe('senior-beleidsadviseur-klimaatadaptatie-energietransitie-en-duurzame-ruimtelijke');
    expect(titleSlug(`${title} in de regio`)).toBe(titleSlug(title));
    expect(titleSlug(title).length).toBeLessThanOrEqual(TITLE_SLUG_LENGTH);
  });

  it('keeps a word that ends at the limit, leaves out one that goes past it, and cuts one longer than the limit', () => {
    const words = (length: number) => 'a'.repeat(length);
    // "aaa…-bc" is exactly the limit long: kept whole.
    expect(titleSlug(`${words(TITLE_SLUG_LENGTH - 3)} bc de`)).toBe(`${words(TITLE_SLUG_LENGTH - 3)}-bc`);
    // "aaa…-bc" would be one past it: "bc" goes.
    expect(titleSlug(`${words(TITLE_SLUG_LENGTH - 2)} bc de`)).toBe(words(TITLE_SLUG_LENGTH - 2));
    expect(titleSlug('x'.repeat(TITLE_SLUG_LENGTH + 5))).toBe('x'.repeat(TITLE_SLUG_LENGTH));
  });
});

describe('shortSlug', () => {
  it('never ends in a hyphen, which an organisation slug may not', () => {
    const name =
      'Regionale Uitvoeringsdienst Zuid-Holland Zuid voor Vergunningverlening, Toezicht en Handhaving Milieu';
    expect(slugify(name).slice(0, 80)).toMatch(/-$/);
    const slug = shortSlug(name, 80);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug).toBe('regionale-uitvoeringsdienst-zuid-holland-zuid-voor-vergunningverlening-toezicht');
  });
});

describe('vacancyAddressPart', () => {
  it('is the id and the slug, or the id alone when the title makes none', () => {
    const id = '0b6f3a52-57b4-4c5a-9d7e-1f0c2f3a4b5c';
    expect(vacancyAddressPart({ id, title: 'Adviseur wonen' })).toBe(`${id}-adviseur-wonen`);
    expect(vacancyAddressPart({ id, title: '¿¡!' })).toBe(id);
  });
});
