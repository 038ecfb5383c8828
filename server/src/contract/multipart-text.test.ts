import { describe, expect, it } from 'vitest';
import { textPartsUtf8 } from './multipart-text.ts';

const TYPE = 'multipart/form-data; boundary=zzz';
const body = (...parts: (string | Buffer)[][]) =>
  Buffer.concat([
    ...parts.flatMap((part) => [
      Buffer.from('--zzz\r\n'),
      ...part.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)),
      Buffer.from('\r\n'),
    ]),
    Buffer.from('--zzz--\r\n'),
  ]);

describe('textPartsUtf8', () => {
  it('reads each text part by its bytes: a "�" sent as such is UTF-8, a byte that is none is not', () => {
    const parts = textPartsUtf8(
      body(
        ['Content-Disposition: form-data; name="name"\r\n\r\n', Buffer.from('Zoë \uFFFD')],
        ['Content-Disposition: form-data; name="motivation"\r\n\r\n', Buffer.from([0x61, 0xff, 0x62])],
        ['Content-Disposition: form-data; name="cv"; filename="cv.pdf"\r\n\r\n', Buffer.from([0xff])],
      ),
      TYPE,
    );
    expect([...parts]).toEqual([
      ['name', true],
      ['motivation', false],
    ]);
  });

  it('names a part as the parser does, past decoys (a diff review)', () => {
    const decoys = textPartsUtf8(
      body(
        [
          'X-Content-Disposition: form-data; name="motivation"\r\nContent-Disposition: form-data; name="phone"\r\n\r\n0612',
        ],
        ['Content-Disposition: form-data; name="other"; name="motivation"\r\n\r\n', Buffer.from([0xff, 0xfe])],
        ['Content-Disposition: form-data; name=letter\r\n\r\n', Buffer.from([0xff])],
        [
          'X-Content-Disposition: form-data; filename="y"\r\nContent-Disposition: form-data; name="email"\r\n\r\n',
          Buffer.from([0xff]),
        ],
      ),
      TYPE,
    );
    expect(Object.fromEntries(decoys)).toEqual({ phone: true, motivation: false, letter: false, email: false });
  });
});
