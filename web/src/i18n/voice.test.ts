/**
 * One voice in every Dutch text (issue 16, finding 9): the portal says "je", as the Dutch
 * government's writing guidance does for job seekers, on public and staff pages and in every
 * e-mail. This reads the source of the web app and the server (where mails and API messages are
 * written) and names each line that addresses the reader as "u" or "uw".
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.gen.ts')
      ? [full]
      : [];
  });
}

/**
 * "u", "uw" or "uzelf" as a word inside text: after a space, quote, tag or an escaped line break
 * (a mail's `\n\nU vroeg…`), before a space or punctuation.
 */
const FORMAL = /(?:^|[\s"'`>(]|\\n)(?:[Uu]|[Uu]w|[Uu]zelf)(?=[\s,.!?:;"'`<)])/;
/** Lines of code rather than text: comments. */
const NOT_TEXT = /^\s*(?:\/\/|\*|\/\*)/;
/**
 * A lone `u` as a name in code rather than a word in text: a member (`u.title`), a declaration
 * (`const u =`), a destructured or typed name (`{ report, u }: { u: Messages }`), an SQL alias
 * (`FROM users u`) or a regular expression's flag (`new RegExp(pattern, 'u')`).
 */
const CODE_U =
  /\bu(?=\.[\w$])|(?<=\b(?:const|let|var)\s+)u\b|(?<=[{,;]\s*)u(?=\s*[},:])|(?<=\b(?:FROM|JOIN)\s+\w+\s+)u\b|(?<=\bRegExp\([^)]*,\s*')u(?='\))/g;

function isFormal(line: string): boolean {
  return !NOT_TEXT.test(line) && FORMAL.test(line.replace(CODE_U, '_'));
}

function formalLines(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (isFormal(line) ? [`${path.relative(repo, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('the Dutch voice', () => {
  it('is "je" everywhere: no page, message or e-mail says "u" or "uw"', () => {
    const files = [...sourceFiles(path.join(repo, 'web/src')), ...sourceFiles(path.join(repo, 'server/src'))];
    expect(files.length).toBeGreaterThan(100);
    expect(formalLines(files)).toEqual([]);
  });

  it('is checked by a rule that finds the formal voice', () => {
    expect(isFormal(`'Heeft u een vraag?'`)).toBe(true);
    expect(isFormal(`"Uw gegevens"`)).toBe(true);
    expect(isFormal(`new RegExp(schema.pattern, 'u').test(value)`)).toBe(false);
    expect(isFormal('text: `Hallo,\\n\\nU vroeg om een nieuw wachtwoord.`,')).toBe(true);
    expect(isFormal(`'Dit bericht is voor u.'`)).toBe(true);
    expect(isFormal(`'Heb je een vraag?'`)).toBe(false);
    expect(isFormal(`const up = (u2) => u2;`)).toBe(false);
  });

  it('leaves a lone `u` as a name in code alone', () => {
    expect(isFormal(`const u = vacancyUploadMessages[lang];`)).toBe(false);
    expect(isFormal(`return failure(u.failed, { file: u.tooLarge(size) });`)).toBe(false);
    expect(isFormal(`function Report({ report, u }: { report: UploadReport; u: Messages }) {`)).toBe(false);
    expect(isFormal('sql`(SELECT lower(u.email) FROM users u WHERE u.id = ${userId})`,')).toBe(false);
  });
});
