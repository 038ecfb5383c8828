import { describe, expect, it } from 'vitest';
import { keptTypedMessage, typedOnLatest } from './typed-on-latest.ts';

describe('typedOnLatest', () => {
  const loaded = { title: 'Jurist', hours: '36', places: [{ code: 'GM0855' }], website: '' };

  it("keeps what was typed, and takes the other's changes to the fields left alone", () => {
    const typed = { ...loaded, title: 'Senior jurist' };
    const latest = { ...loaded, hours: '32', places: [{ code: 'GM0855' }, { code: 'GM0796' }] };
    expect(typedOnLatest(loaded, typed, latest)).toEqual({
      values: { title: 'Senior jurist', hours: '32', places: [{ code: 'GM0855' }, { code: 'GM0796' }], website: '' },
      typed: ['title'],
      both: [],
    });
  });

  it('names the fields both changed differently, with the typed value kept', () => {
    const typed = { ...loaded, title: 'Senior jurist', hours: '32', places: [] };
    const latest = { ...loaded, title: 'Jurist omgevingsrecht', hours: '32', places: [{ code: 'GM0796' }] };
    const merged = typedOnLatest(loaded, typed, latest);
    expect(merged.values).toEqual({ title: 'Senior jurist', hours: '32', places: [], website: '' });
    // The same change by both is no conflict.
    expect(merged.both).toEqual(['title', 'places']);
    expect(merged.typed).toEqual(['title', 'hours', 'places']);
  });

  it('takes text stored with CRLF line ends, which the form gives back with LF, as untouched', () => {
    const stored = { ...loaded, title: 'Regel een.\r\nRegel twee.' };
    const typed = { ...loaded, title: 'Regel een.\nRegel twee.', hours: '32' };
    const latest = { ...stored, title: 'Nieuwe titel van de collega' };
    expect(typedOnLatest(stored, typed, latest)).toEqual({
      values: { ...loaded, title: 'Nieuwe titel van de collega', hours: '32' },
      typed: ['hours'],
      both: [],
    });
  });
});

describe('keptTypedMessage', () => {
  const texts = { keptTyped: 'Kept.', keptTypedOverBoth: (names: string) => `Both: ${names}.` };

  it('names the fields both people changed', () => {
    expect(keptTypedMessage(texts, ['Titel', 'Omschrijving'])).toBe('Kept. Both: Titel, Omschrijving.');
  });

  it('says only that the typed changes are in when no field was changed by both', () => {
    expect(keptTypedMessage(texts, [])).toBe('Kept.');
  });
});
