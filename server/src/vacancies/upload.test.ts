import { describe, expect, it } from 'vitest';
import type { Category } from '@samenwerven/db';
import { AppError, renderAppError } from '../errors.ts';
import { decodeUpload, itemsFromCsv, lastBracketed, parseCsv, uploadColumns, uploadTemplate } from './upload.ts';

const categories = [{ code: 'beleid', nameNl: 'Beleid en advies', nameEn: 'Policy and advice' }] as Category[];

/** The file-level problem a CSV is refused with, in Dutch. */
function refusal(text: string): string | undefined {
  try {
    itemsFromCsv(text, categories);
  } catch (error) {
    if (error instanceof AppError) return renderAppError(error, 'nl').fields?.['file'];
    throw error;
  }
  return undefined;
}

describe('reading a CSV file', () => {
  it('reads commas, semicolons and tabs, quoted cells with separators, quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n1,"x, ""y""\nz"\r\n2,3\n').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', 'x, "y"\nz'],
      ['2', '3'],
    ]);
    expect(parseCsv('\uFEFFkenmerk;titel\nA;Jurist, senior').map((r) => r.cells)).toEqual([
      ['kenmerk', 'titel'],
      ['A', 'Jurist, senior'],
    ]);
    expect(parseCsv('a\tb\n1\t2').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('numbers each record by the line it starts on, and leaves out empty lines', () => {
    const records = parseCsv('a,b\n1,"two\nlines"\n\n , \n3,4\n,\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 6]);
    expect(records.at(-1)!.cells).toEqual(['3', '4']);
  });

  it('reads a file Excel saved as Windows-1252 as well as UTF-8', () => {
    expect(decodeUpload(new TextEncoder().encode('Coördinator'))).toBe('Coördinator');
    expect(decodeUpload(Uint8Array.from([0x43, 0x6f, 0xf6, 0x72, 0x64]))).toBe('Coörd');
  });

  it('reads Excel’s "Unicode text" (UTF-16 with its byte-order mark), and refuses a picture as no CSV', () => {
    const utf16le = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('kenmerk\ttitel\r\nUP-1\tCoördinator', 'utf16le'),
    ]);
    expect(decodeUpload(utf16le)).toBe('kenmerk\ttitel\r\nUP-1\tCoördinator');
    const utf16be = Buffer.from(Buffer.from('\ufeffkenmerk', 'utf16le')).swap16();
    expect(decodeUpload(utf16be)).toBe('kenmerk');
    expect(() => decodeUpload(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toThrow();
  });
});

describe('rows as bulk items', () => {
  it('takes Dutch column names or the API’s, and codes or labels', () => {
    const [row] = itemsFromCsv(
      [
        'Kenmerk;titel;hoursMin;uren_max;dienstverband;opleidingsniveau;gemeente;vakgebied;sluitingsdatum;of_gelijkwaardig;status;beschrijving',
        'V-1;Beleidsadviseur;32;36;Vast;HBO;Tilburg;Beleid en advies;31-12-2026;ja;Gepubliceerd;"Eerste alinea.\n\nTweede <b>niet</b> & meer."',
      ].join('\n'),
      categories,
    );
    expect(row).toEqual({
      line: 2,
      item: {
        externalId: 'V-1',
        title: 'Beleidsadviseur',
        hoursMin: 32,
        hoursMax: 36,
        employmentType: 'permanent',
        educationLevel: 'hbo',
        municipalityCode: 'GM0855',
        category: 'beleid',
        closingDate: '2026-12-31',
        orEquivalent: true,
        state: 'published',
        // Markup in a cell is left to the sanitiser; here it is text with a tag in it.
        description: 'Eerste alinea.\n\nTweede <b>niet</b> & meer.',
      },
    });
    const [plain] = itemsFromCsv('kenmerk,beschrijving\nV-2,"Regel een\nregel twee\n\nAlinea & meer"', categories);
    expect(plain!.item['description']).toBe('<p>Regel een<br>regel twee</p><p>Alinea &amp; meer</p>');
  });

  it('passes on what does not convert, for the validation to name, and leaves empty cells out', () => {
    const [row] = itemsFromCsv('kenmerk,uren_min,dienstverband,schaal\nV-3,veel,soms,', categories);
    expect(row!.item).toEqual({ externalId: 'V-3', hoursMin: 'veel', employmentType: 'soms' });
  });

  it('reads a salary as a Dutch spreadsheet shows it, in whole euros', () => {
    const rows = itemsFromCsv(
      'kenmerk;salaris_min;salaris_max\nA;4.200;"€ 6.100,00"\nB;"4.200,-";6100\nC;"4.200,50";4.2000\nD;4200.00;-100',
      categories,
    );
    expect(rows.map((row) => [row.item['salaryMin'], row.item['salaryMax']])).toEqual([
      [4200, 6100],
      [4200, 6100],
      ['4.200,50', '4.2000'],
      // Zero cents after a point; a negative amount a number, for the API's "at least 0".
      [4200, -100],
    ]);
  });

  it('refuses a file it cannot read as a whole, saying why', () => {
    expect(refusal('')).toContain('geen kopregel');
    expect(refusal('kenmerk,titel\n')).toContain('geen kopregel');
    expect(refusal('kenmerk,titel,salaris\nA,B,3000')).toContain('Deze kolommen kennen we niet: salaris.');
    expect(refusal('titel\nJurist')).toContain('De kolom kenmerk ontbreekt');
    expect(refusal('kenmerk,titel,kenmerk\nA,Jurist,B')).toContain('meer dan eens in: kenmerk.');
    expect(refusal('kenmerk,titel,title\nA,Jurist,Planoloog')).toContain('meer dan eens in: title.');
    expect(refusal('kenmerk,titel\nA,Jurist\nB,Planoloog\nA,Archivaris')).toContain(
      'Het kenmerk A staat op meer dan één regel (2, 4).',
    );
    expect(refusal('kenmerk,titel\nA,Jurist,extra')).toContain('Regel 2 heeft meer cellen');
    expect(refusal('kenmerk,titel\nA,"Jurist\nB,Planoloog')).toContain('Op regel 2 begint een aanhalingsteken');
    expect(refusal(`kenmerk\n${Array.from({ length: 1001 }, (_, i) => `V${i}`).join('\n')}`)).toContain(
      'hoogstens 1.000 vacatures',
    );
  });

  it('reads its own template back into an item with every column', () => {
    const [row, ...rest] = itemsFromCsv(uploadTemplate(), categories);
    expect(rest).toEqual([]);
    const filled = uploadColumns.filter((column) => column.example !== '').map((column) => column.field);
    expect(Object.keys(row!.item).sort()).toEqual(filled.sort());
    expect(row!.item).toMatchObject({ externalId: 'VAC-2026-001', municipalityCode: 'GM0855', hoursMin: 32 });
  });
});

describe('the code in brackets a choice ends with', () => {
  it('is the text in the last brackets, after trailing spaces', () => {
    expect(lastBracketed('Vocational (MBO)')).toBe('MBO');
    expect(lastBracketed('Middelbaar beroepsonderwijs (mbo)  ')).toBe('mbo');
    expect(lastBracketed('a (b) (c)')).toBe('c');
  });

  it('is nothing without closing brackets at the end, or with nothing or a bracket inside', () => {
    for (const value of ['Vocational', 'Vocational (MBO', 'MBO)', '()', 'a (b) c)', 'a (b) x']) {
      expect(lastBracketed(value), value).toBeUndefined();
    }
  });

  it('reads a cell of 200,000 opening brackets within the test’s time', () => {
    // The regular expression before it took some 12 s for 100,000 (an attacker's review), and
    // four times as long for twice as many.
    const cell = '('.repeat(200_000);
    expect(lastBracketed(cell)).toBeUndefined();
    expect(lastBracketed(`${cell}x)`)).toBe('x');
  });
});
