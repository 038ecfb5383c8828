import { describe, expect, it } from 'vitest';
import { csvCell, Fixed, toCsv } from './csv.ts';

describe('the CSV writer', () => {
  it('writes text a spreadsheet would run as a formula as quoted text with a leading quote', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+31 13 123')).toBe('"\'+31 13 123"');
    expect(csvCell('-2+3')).toBe('"\'-2+3"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\t=1')).toBe('"\'\t=1"');
    expect(csvCell('\rcmd')).toBe('"\'\rcmd"');
    // Spreadsheets skip leading whitespace before they look for a formula.
    expect(csvCell('  =1+1')).toBe('"\'  =1+1"');
    expect(csvCell('\n=1+1')).toBe('"\'\n=1+1"');
    expect(csvCell('＝1+1')).toBe('"\'＝1+1"');
  });

  it('leaves ordinary text, numbers and dates as they are, and quotes only where needed', () => {
    expect(csvCell('Gemeente Tilburg')).toBe('Gemeente Tilburg');
    expect(csvCell('a=b, c')).toBe('"a=b, c"');
    expect(csvCell('Controle, "tijdelijk"')).toBe('"Controle, ""tijdelijk"""');
    expect(csvCell('twee\nregels')).toBe('"twee\nregels"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    // On the Dutch clock, winter and summer time, with the offset that makes it exact.
    expect(csvCell(new Date('2025-01-02T03:04:05Z'))).toBe('2025-01-02T04:04:05+01:00');
    expect(csvCell(new Date('2025-07-01T23:30:00.900Z'))).toBe('2025-07-02T01:30:00+02:00');
    expect(csvCell({ name: '=x' })).toBe('"{""name"":""=x""}"');
  });

  it('writes a byte-order mark, a header row and CRLF line ends', () => {
    expect(
      toCsv([
        { a: 1, b: '=1' },
        { a: 2, b: 'x' },
      ]),
    ).toBe('\uFEFFa,b\r\n1,"\'=1"\r\n2,x\r\n');
    expect(Buffer.from(toCsv([{ naam: 'Coördinator' }])).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(toCsv([])).toBe('\uFEFF');
  });

  it('writes the given columns in their order, also without rows', () => {
    expect(toCsv([{ b: 2, a: 1, c: 3 }], ['a', 'b'])).toBe('\uFEFFa,b\r\n1,2\r\n');
    expect(toCsv([], ['a', 'b'])).toBe('\uFEFFa,b\r\n');
  });

  it('writes semicolons and decimal commas for Excel set up for the Netherlands', () => {
    expect(
      toCsv(
        [
          { naam: 'Gemeente Tilburg; Breda', aandeel: new Fixed(12.5, 2), dagen: 365, gemiddeld: 2.5 },
          { naam: 'a, b', aandeel: new Fixed(1234.567, 2), dagen: 0, gemiddeld: null },
        ],
        undefined,
        'semicolon',
      ),
    ).toBe('\uFEFFnaam;aandeel;dagen;gemiddeld\r\n"Gemeente Tilburg; Breda";12,50;365;2,5\r\na, b;1234,57;0;\r\n');
    // The default stays RFC 4180.
    expect(toCsv([{ aandeel: new Fixed(12.5, 2), gemiddeld: 2.5 }])).toBe('\uFEFFaandeel,gemiddeld\r\n12.50,2.5\r\n');
    expect(csvCell('=1;2', 'semicolon')).toBe('"\'=1;2"');
  });
});
