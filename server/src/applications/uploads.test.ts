import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX, PDF, sniffMediaType } from './uploads.ts';

describe('sniffMediaType', () => {
  it('knows a PDF and a Word document by their bytes, and nothing else', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n'))).toBe(PDF);
    expect(sniffMediaType(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toBe(DOCX);
    expect(sniffMediaType(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBeUndefined();
    expect(sniffMediaType(Buffer.from('PK\x03\x04 not really a zip', 'latin1'))).toBeUndefined();
    expect(sniffMediaType(Buffer.from('MZ\x90\x00', 'latin1'))).toBeUndefined();
    expect(sniffMediaType(Buffer.from('<html>%PDF-'))).toBeUndefined();
    expect(sniffMediaType(new Uint8Array())).toBeUndefined();
  });
});
