import { describe, expect, it } from 'vitest';
import {
  withoutUnknownWords,
  asSearched,
  activeFilters,
  countAtLeast,
  formToSearchParams,
  hiddenFilters,
  toApiParams,
  withoutFilter,
} from './search-params.ts';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

describe('activeFilters', () => {
  it('lists each facet value and each range once, the place with its radius as one', () => {
    const address = new URLSearchParams(
      'q=jurist&category=ict&category=hr&near=Tilburg&radiusKm=10&hoursMin=32&page=3&sort=newest',
    );
    expect(activeFilters(address)).toEqual([
      { key: 'near', value: 'Tilburg' },
      { key: 'category', value: 'ict' },
      { key: 'category', value: 'hr' },
      { key: 'hoursMin', value: '32' },
    ]);
  });

  it('ignores malformed values that the search would ignore too', () => {
    expect(activeFilters(new URLSearchParams('hoursMin=lots&scaleMin=99&category='))).toEqual([]);
  });
});

describe('withoutFilter', () => {
  it('removes one value and the page, keeping the rest in order', () => {
    const address = new URLSearchParams('q=jurist&category=ict&category=hr&page=3');
    expect(withoutFilter(address, { key: 'category', value: 'ict' })).toBe('?q=jurist&category=hr');
  });

  it('removes a value written differently but cleaned to the same, as its chip shows it', () => {
    const address = new URLSearchParams('hoursMin=032&category=ict');
    const hours = activeFilters(address).find((filter) => filter.key === 'hoursMin');
    expect(hours).toEqual({ key: 'hoursMin', value: '32' });
    expect(withoutFilter(address, hours!)).toBe('?category=ict');
  });

  it('removes a place together with its radius and the distance order', () => {
    const address = new URLSearchParams('near=Tilburg&radiusKm=10&sort=distance&category=ict');
    expect(withoutFilter(address, { key: 'near', value: 'Tilburg' })).toBe('?category=ict');
  });
});

describe('formToSearchParams', () => {
  it('drops a radius and a distance order when no place is given', () => {
    const params = formToSearchParams(
      form([
        ['q', ' beleid '],
        ['near', ''],
        ['radiusKm', '25'],
        ['sort', 'distance'],
        ['hoursMin', ''],
      ]),
    );
    expect(params.toString()).toBe('q=beleid');
  });

  it('keeps a place with its radius', () => {
    expect(
      formToSearchParams(
        form([
          ['near', ' 5038 '],
          ['radiusKm', '10'],
        ]),
      ).toString(),
    ).toBe('near=5038&radiusKm=10');
  });

  it('keeps the best match chosen around a place, where no order is the nearest first, and the address sends it', () => {
    const address = formToSearchParams(
      form([
        ['near', 'Tilburg'],
        ['radiusKm', '25'],
        ['sort', 'relevance'],
      ]),
    );
    expect(address.toString()).toBe('near=Tilburg&radiusKm=25&sort=relevance');
    expect(toApiParams(address).get('sort')).toBe('relevance');
    expect(withoutFilter(address, { key: 'near', value: 'Tilburg' })).toBe('');
  });

  it('leaves the order out that the list showed without anyone choosing it (sent as empty)', () => {
    const address = formToSearchParams(
      form([
        ['q', 'jurist'],
        ['near', 'Tilburg'],
        ['radiusKm', '25'],
        ['sort', ''],
      ]),
    );
    expect(address.toString()).toBe('q=jurist&near=Tilburg&radiusKm=25');
    expect(toApiParams(address).has('sort')).toBe(false);
  });

  it('cleans the address a form made without scripts, and leaves a clean one as it is', () => {
    const sent = new URLSearchParams('q=beleid+Den+Bosch&near=&radiusKm=25&salaryMin=&sort=relevance&page=2');
    const clean = formToSearchParams(sent);
    expect(clean.toString()).toBe('q=beleid+Den+Bosch&page=2');
    expect(formToSearchParams(clean).toString()).toBe(clean.toString());
  });
});

describe('hiddenFilters', () => {
  it('keeps only what the form has no control for', () => {
    const address = new URLSearchParams('near=Tilburg&radiusKm=10&hoursMin=24&hoursMax=32&municipality=GM0855');
    expect(hiddenFilters(address)).toEqual([
      ['municipality', 'GM0855'],
      ['hoursMax', '32'],
    ]);
  });
});

describe('countAtLeast', () => {
  it('adds the counts at or above a value', () => {
    expect(countAtLeast({ '24': 3, '32': 5, '36': 7, '40': 1 }, 32)).toBe(13);
    expect(countAtLeast({ '24': 3 }, 36)).toBe(0);
  });
});

describe('toApiParams', () => {
  it('takes a value that shows nothing for none: no words, no filter', () => {
    const api = toApiParams(
      new URLSearchParams('q=%01&category=%E2%80%8B&category=%E2%A0%80&category=ict&near=%20%0B'),
    );
    expect(api.toString()).toBe('category=ict');
  });

  it('cuts overlong words on a whole character, never inside an emoji', () => {
    const q = toApiParams(new URLSearchParams({ q: `${'b'.repeat(199)}😀😀` })).get('q')!;
    expect(Array.from(q)).toHaveLength(200);
    expect(q.endsWith('😀')).toBe(true);
  });
});

describe('withoutUnknownWords', () => {
  it('leaves out the words the search passed over, in front or at the end, for an alert or a feed', () => {
    const address = new URLSearchParams('q=ervaren+jurist+omgevingsrecht&category=juridisch');
    expect(withoutUnknownWords(address, 'ervaren').toString()).toBe('q=jurist+omgevingsrecht&category=juridisch');
    expect(withoutUnknownWords(address, undefined)).toBe(address);
    expect(withoutUnknownWords(new URLSearchParams('q=ervaren'), 'ervaren').has('q')).toBe(false);
    // Left out at the end too, and in front and at the end at once.
    expect(withoutUnknownWords(new URLSearchParams('q=jurist+xyzzy'), 'xyzzy').get('q')).toBe('jurist');
    expect(withoutUnknownWords(new URLSearchParams('q=fulltime+jurist+xyzzy'), 'fulltime xyzzy').get('q')).toBe(
      'jurist',
    );
  });
});

describe('asSearched', () => {
  it('gives an alert or a feed the words as the search ran them: compounds taken apart, or words passed over left out', () => {
    const address = new URLSearchParams('q=bouwtoezicht&region=noord-brabant');
    expect(asSearched(address, { searchedAs: 'bouw toezicht' }).toString()).toBe(
      'q=bouw+toezicht&region=noord-brabant',
    );
    expect(asSearched(new URLSearchParams('q=zwoel+jurist'), { unknownWords: 'zwoel' }).toString()).toBe('q=jurist');
    expect(asSearched(address, {})).toBe(address);
  });
});
