/**
 * Logos for the demo members, so the demo (and its screenshots) shows them where job seekers
 * see them: an emblem (a ring) beside two bars that stand for a name, in the member's own two
 * colours on a transparent ground, as a real PNG the logo upload would accept. Made, not
 * stored: a few hundred bytes each, the same every time. Abstract on purpose: no coat of arms.
 */
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

/** Colour pairs, one per member in turn. */
const COLOURS: readonly (readonly [Rgb, Rgb])[] = [
  [
    [0x15, 0x42, 0x73],
    [0xc8, 0x10, 0x2e],
  ],
  [
    [0x00, 0x6b, 0x3f],
    [0xb3, 0x6b, 0x00],
  ],
  [
    [0x8a, 0x3b, 0x00],
    [0x15, 0x42, 0x73],
  ],
  [
    [0x5b, 0x2a, 0x86],
    [0x00, 0x73, 0x73],
  ],
  [
    [0xa3, 0x0d, 0x25],
    [0x1b, 0x1b, 0x1b],
  ],
];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG of `width` × `height` pixels, each pixel's colour (or null: transparent) from `paint`. */
export function png(width: number, height: number, paint: (x: number, y: number) => Rgb | null): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, no interlace
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 4); // filter byte 0, then the pixels
    for (let x = 0; x < width; x += 1) {
      const colour = paint(x, y);
      if (colour) row.set([...colour, 0xff], 1 + x * 4);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The demo logo of the member at `index` in the alliance's list (120 × 60 pixels). */
export function demoLogo(index: number): Buffer {
  const [main, second] = COLOURS[index % COLOURS.length]!;
  // The bars' length differs from member to member, so neighbours differ in shape too.
  const nameEnd = 100 + ((index * 7) % 16);
  return png(120, 60, (x, y) => {
    const d = Math.hypot(x - 29.5, y - 29.5);
    if (d <= 24) return d >= 15 || d <= 7 ? main : second;
    if (y >= 18 && y < 30 && x >= 62 && x < nameEnd) return main;
    if (y >= 36 && y < 43 && x >= 62 && x < nameEnd - 22) return second;
    return null;
  });
}
