import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { boundaryOf, DOCX, MalformedMultipartError, parseMultipart, PDF, sniffMediaType } from './uploads.ts';

/** A body as the platform's FormData encodes it (what browsers send). */
async function encode(form: FormData) {
  const response = new Response(form);
  return { body: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type')! };
}

describe('parseMultipart', () => {
  it('reads text parts and file parts with their names and bytes, as FormData sends them', async () => {
    const form = new FormData();
    form.append('name', 'Zoë\r\nde Vries');
    form.append('cv', new Blob([new Uint8Array([0, 13, 10, 45, 45, 255])], { type: 'application/pdf' }), 'Één.pdf');
    const { body, type } = await encode(form);
    const parts = parseMultipart(body, boundaryOf(type)!);
    expect(parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
      ['name', undefined, undefined],
      ['cv', 'Één.pdf', 'application/pdf'],
    ]);
    expect(parts[0]!.data.toString('utf8')).toBe('Zoë\r\nde Vries');
    expect([...parts[1]!.data]).toEqual([0, 13, 10, 45, 45, 255]);
  });

  it('refuses a body without its closing boundary or with a nameless part', () => {
    const open = Buffer.from('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nx');
    expect(() => parseMultipart(open, 'b')).toThrow(MalformedMultipartError);
    const nameless = Buffer.from('--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--\r\n');
    expect(() => parseMultipart(nameless, 'b')).toThrow(MalformedMultipartError);
    expect(() => parseMultipart(Buffer.from('nothing'), 'b')).toThrow(MalformedMultipartError);
  });

  it('finds the boundary, quoted or not', () => {
    expect(boundaryOf('multipart/form-data; boundary=abc')).toBe('abc');
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(boundaryOf('multipart/form-data')).toBeUndefined();
  });
});

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
