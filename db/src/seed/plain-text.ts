/**
 * Names as plain ASCII, for what the demo makes from them: e-mail addresses, file names and the
 * text of a PDF in a standard font.
 */

/** "Şükrü Yılmaz" → "Sukru Yilmaz": accents off, the dotless i as i, anything else non-ASCII dropped. */
export const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[^\x20-\x7e]/g, '');

/** A name as the part of an address before the @: "Mohammed Yılmaz" → "mohammed.yilmaz". */
export const mailboxName = (name: string) =>
  ascii(name)
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');
