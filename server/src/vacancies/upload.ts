/**
 * Vacancies uploaded as a CSV file by the organisation's staff (a spreadsheet saved as CSV):
 * each data row becomes one item of the bulk upsert (bulk.ts), so a row is validated, written
 * and answered exactly as an ATS item is, and the answer names each row by its line in the
 * file and each problem by its column. The columns have Dutch names; the API's field names
 * are accepted as well. Codes or labels are accepted where a list of values applies.
 */
import type { FastifyBaseLogger } from 'fastify';
import {
  educationLevels,
  employmentTypes,
  municipalityByCode,
  municipalityByName,
  workModes,
  type Category,
  type Label,
} from '@samenwerven/db';
import { toCsv, type CsvSeparator } from '../csv.ts';
import { AppError, renderFieldMessage, type FieldMessage } from '../errors.ts';
import type { Locale, MessageKey } from '../i18n.ts';
import { escapeMarkup } from '../text.ts';
import { bulkUpsert } from './bulk.ts';
import type { Actor } from './history.ts';
import type { VacancyDeps } from './lifecycle.ts';

/** As many rows as the bulk route takes items. */
export const MAX_UPLOAD_ROWS = 1000;
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

type Kind = 'text' | 'integer' | 'amount' | 'boolean' | 'date' | 'description' | 'category' | 'municipality' | 'choice';

interface Column {
  /** The column's name in the file (Dutch, as the template has it). */
  name: string;
  /** The API field it fills. */
  field: string;
  kind: Kind;
  /** For a choice: the codes, each with the labels a spreadsheet may hold instead. */
  choices?: Record<string, Label | { nl: string; en: string; also?: string[] }>;
  /** What the template's example row holds. */
  example: string;
}

const states = {
  draft: { nl: 'Concept', en: 'Draft' },
  published: { nl: 'Gepubliceerd', en: 'Published' },
  closed: { nl: 'Gesloten', en: 'Closed' },
};
const applyMethods = {
  portal: { nl: 'Samenwerven', en: 'Samenwerven', also: ['formulier', 'form'] },
  url: { nl: 'Website', en: 'Website' },
  email: { nl: 'E-mail', en: 'E-mail' },
};

/** The columns in the template's order: the externalId (kenmerk) first, as it says which vacancy a row is. */
export const uploadColumns: readonly Column[] = [
  { name: 'kenmerk', field: 'externalId', kind: 'text', example: 'VAC-2026-001' },
  { name: 'titel', field: 'title', kind: 'text', example: 'Beleidsmedewerker wonen' },
  { name: 'status', field: 'state', kind: 'choice', choices: states, example: 'concept' },
  { name: 'vakgebied', field: 'category', kind: 'category', example: 'beleid' },
  { name: 'opleidingsniveau', field: 'educationLevel', kind: 'choice', choices: educationLevels, example: 'hbo' },
  { name: 'of_gelijkwaardig', field: 'orEquivalent', kind: 'boolean', example: 'ja' },
  { name: 'dienstverband', field: 'employmentType', kind: 'choice', choices: employmentTypes, example: 'vast' },
  { name: 'uren_min', field: 'hoursMin', kind: 'integer', example: '32' },
  { name: 'uren_max', field: 'hoursMax', kind: 'integer', example: '36' },
  { name: 'schaal', field: 'salaryScale', kind: 'integer', example: '10' },
  { name: 'salaris_min', field: 'salaryMin', kind: 'amount', example: '3700' },
  { name: 'salaris_max', field: 'salaryMax', kind: 'amount', example: '5400' },
  { name: 'afdeling', field: 'department', kind: 'text', example: 'Fysiek Domein' },
  {
    name: 'samenvatting',
    field: 'summary',
    kind: 'text',
    example: 'Je werkt aan betaalbaar wonen in de regio.',
  },
  {
    name: 'beschrijving',
    field: 'description',
    kind: 'description',
    example: 'Je schrijft het woonbeleid en adviseert het college.',
  },
  { name: 'gemeente', field: 'municipalityCode', kind: 'municipality', example: 'Tilburg' },
  { name: 'postcode', field: 'postcode', kind: 'text', example: '5038' },
  { name: 'werkplek', field: 'workMode', kind: 'choice', choices: workModes, example: 'hybride' },
  { name: 'sluitingsdatum', field: 'closingDate', kind: 'date', example: '2026-12-31' },
  { name: 'solliciteren_via', field: 'applyMethod', kind: 'choice', choices: applyMethods, example: 'samenwerven' },
  { name: 'sollicitatie_url', field: 'applyUrl', kind: 'text', example: '' },
  { name: 'sollicitatie_email', field: 'applyEmail', kind: 'text', example: '' },
  { name: 'contactpersoon', field: 'contactName', kind: 'text', example: 'Mila Jansen' },
  { name: 'contact_email', field: 'contactEmail', kind: 'text', example: 'mila.jansen@gemeente.example' },
  { name: 'contact_telefoon', field: 'contactPhone', kind: 'text', example: '013 123 45 67' },
];

/** The template: the header and one example row, as every CSV the portal sends. */
export function uploadTemplate(separator: CsvSeparator = 'comma'): string {
  return toCsv(
    [Object.fromEntries(uploadColumns.map((c) => [c.name, c.example]))],
    uploadColumns.map((c) => c.name),
    separator,
  );
}

const fileError = (message: FieldMessage | string) =>
  new AppError(400, 'validation_failed', 'error.validation_failed', { fields: { file: message } });

/**
 * The file's text: UTF-16 when its byte-order mark says so, UTF-8, or else Windows-1252, which is
 * what Excel writes when a sheet is saved as plain "CSV" on a Dutch Windows computer.
 */
export function decodeUpload(bytes: Uint8Array): string {
  // Excel's "Unicode text" (tabs) and UTF-16 CSVs say so with their byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // No text file holds a NUL, and a workbook (.xlsx, .ods) is a zip: said as what it is, not as
  // columns we do not know.
  const head = bytes.subarray(0, 8192);
  if (head.includes(0) || (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)) {
    throw fileError('upload.binary_file');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * RFC 4180 records, with the separator the header line uses: a comma, a semicolon (a Dutch
 * spreadsheet's) or a tab. Quoted cells may hold separators, quotes ("") and line breaks.
 * Each record keeps the line it starts on, for the answer. A byte-order mark is skipped.
 */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = [',', ';', '\t'].reduce((best, candidate) =>
    firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best,
  );
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += char;
  }
  if (quoted) throw fileError({ key: 'upload.open_quote', params: { line: start } });
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: start, cells });
  }
  // Lines with nothing in them (a spreadsheet's trailing empty rows) are no vacancies.
  return records.filter((record) => record.cells.some((c) => c.trim() !== ''));
}

const normalise = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** A spreadsheet's value for a list: its code, or the code whose Dutch or English label it is. */
function choiceOf(value: string, choices: NonNullable<Column['choices']>): string {
  const wanted = value.toLowerCase();
  for (const [code, label] of Object.entries(choices)) {
    const names = [code, label.nl, label.en, ...('also' in label && label.also ? label.also : [])];
    if (names.some((name) => name.toLowerCase() === wanted)) return code;
  }
  // Labels such as "Vocational (MBO)": the code in brackets counts too.
  const bracketed = lastBracketed(value)?.toLowerCase();
  return bracketed && Object.hasOwn(choices, bracketed) ? bracketed : value;
}

/**
 * The text in the brackets a value ends with ("Vocational (MBO)" → "MBO"), found from the end. The
 * regular expression it replaces (`/\(([^)]+)\)\s*$/`) tried every "(" against the rest of the
 * cell: a cell of 60,000 of them held the portal for 5 s (an attacker's review).
 */
export function lastBracketed(value: string): string | undefined {
  const text = value.trimEnd();
  if (!text.endsWith(')')) return undefined;
  const inner = text.slice(text.lastIndexOf('(') + 1, -1);
  return text.includes('(') && inner !== '' && !inner.includes(')') ? inner : undefined;
}

/** 31-12-2026 and 31/12/2026 (as a Dutch spreadsheet shows a date) become 2026-12-31. */
function dateOf(value: string): string {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  return dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : value;
}

/** Plain text (what a spreadsheet cell holds) as paragraphs; text with markup is left to the sanitiser. */
function descriptionOf(value: string): string {
  if (/<[a-z!/]/i.test(value)) return value;
  return value
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeMarkup(paragraph).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * A cell as the API field's value, and what to say about it when it does not convert. Such a
 * value is passed on as text, so the item's validation refuses the field as it would for an ATS;
 * the answer then says it in the spreadsheet's terms (`problem`), where the API's would not help.
 */
interface Cell {
  value: unknown;
  problem?: MessageKey | FieldMessage;
}

/**
 * A salary as a Dutch spreadsheet shows it and the vacancy form takes it (vacancy-form-values.ts,
 * `wholeNumber`): thousands points, a euro sign, spaces and cents that are zero (`€ 4.200,00`,
 * `4.200,-`). Excel in Dutch saves amounts so, and the upload refused them as no whole number (a
 * review). Cents that are not zero are said as such: the salary is in whole euros.
 */
function amountOf(value: string): Cell {
  const cleaned = value
    .replace(/\s/g, '')
    .replace(/^€/, '')
    .replace(/,(-|00?)$/, '')
    // Zero cents after a point too, as an English spreadsheet writes them (4200.00).
    .replace(/(\d{4,}|^\d{1,3})\.00?$/, '$1')
    .replace(/\.(?=\d{3}(\D|$))/g, '');
  // A negative amount stays a number, for the API's own "at least 0" (a diff review).
  if (/^-?\d+$/.test(cleaned)) return { value: Number(cleaned) };
  if (/^\d+,\d{1,2}$/.test(cleaned)) return { value, problem: 'upload.amount_cents' };
  return { value };
}

function valueOf(column: Column, raw: string, categories: readonly Category[], locale: Locale): Cell {
  const value = raw.trim();
  if (column.kind === 'amount') return amountOf(value);
  const converted = convertedValue(column, value, raw, categories);
  const problem = unknownValueProblem(column, converted, categories, locale);
  return problem ? { value: converted, problem } : { value: converted };
}

/**
 * For a value a coded column does not know: the values it takes. "Choose a job field from the
 * list" named a list the upload page does not show, and nobody guesses that "Natuur, milieu en
 * water" is `milieu` (a review). A list's values in Dutch as a Dutch spreadsheet writes them (the
 * labels, which are taken), else by their codes; the job fields by their codes, short and
 * without commas (their names are taken too); a municipality, of which there are hundreds, by
 * how to write one.
 */
function unknownValueProblem(
  column: Column,
  converted: unknown,
  categories: readonly Category[],
  locale: Locale,
): MessageKey | FieldMessage | undefined {
  switch (column.kind) {
    case 'choice': {
      const choices = column.choices!;
      if (typeof converted === 'string' && Object.hasOwn(choices, converted)) return undefined;
      const values = Object.entries(choices).map(([code, label]) => (locale === 'nl' ? label.nl.toLowerCase() : code));
      return { key: 'upload.unknown_value', params: { values: values.join(', ') } };
    }
    case 'category':
      if (categories.some((category) => category.code === converted)) return undefined;
      return { key: 'upload.unknown_category', params: { values: categories.map((c) => c.code).join(', ') } };
    case 'municipality':
      return municipalityByCode(String(converted)) ? undefined : 'upload.unknown_municipality';
    default:
      return undefined;
  }
}

/** A cell of any other kind as the API field's value; a value that does not convert, as it is. */
function convertedValue(column: Column, value: string, raw: string, categories: readonly Category[]): unknown {
  switch (column.kind) {
    case 'integer':
      return /^-?\d+$/.test(value) ? Number(value) : value;
    case 'boolean': {
      const yes = ['ja', 'yes', 'true', 'waar', '1', 'j', 'y'];
      const no = ['nee', 'no', 'false', 'onwaar', '0', 'n'];
      return yes.includes(value.toLowerCase()) ? true : no.includes(value.toLowerCase()) ? false : value;
    }
    case 'date':
      return dateOf(value);
    case 'description':
      return descriptionOf(raw);
    case 'choice':
      return choiceOf(value, column.choices!);
    case 'municipality':
      return /^gm\d{4}$/i.test(value) ? value.toUpperCase() : (municipalityByName(value)?.code ?? value);
    case 'category': {
      const wanted = value.toLowerCase();
      const found = categories.find((c) => [c.code, c.nameNl, c.nameEn].some((n) => n.toLowerCase() === wanted));
      return found?.code ?? value;
    }
    default:
      return value;
  }
}

/** The file's rows as bulk items, each with its line and title for the answer. */
export function itemsFromCsv(text: string, categories: readonly Category[]) {
  return readCsvFile(text, categories).items.map(({ line, item }) => ({ line, item }));
}

/**
 * The file's rows as bulk items, and each field's column as the file names it (its Dutch name or
 * the API's), so the answer names a problem by the column the file has.
 */
function readCsvFile(text: string, categories: readonly Category[], locale: Locale = 'nl') {
  const [header, ...rows] = parseCsv(text);
  if (!header || rows.length === 0) throw fileError('upload.empty');
  const byName = new Map<string, Column>();
  for (const column of uploadColumns) {
    byName.set(column.name, column);
    byName.set(normalise(column.field), column);
  }
  const columns = header.cells.map((name) => byName.get(normalise(name)));
  const unknown = header.cells.filter((name, i) => !columns[i] && name.trim() !== '');
  if (unknown.length > 0) throw fileError({ key: 'upload.unknown_columns', params: { columns: unknown.join(', ') } });
  // A column twice (by either of its names): which of its cells counts would be a guess, and for
  // the kenmerk a guess that writes another vacancy.
  const twice = header.cells.filter((name, i) => columns[i] && columns.indexOf(columns[i]) !== i);
  if (twice.length > 0) throw fileError({ key: 'upload.duplicate_columns', params: { columns: twice.join(', ') } });
  if (!columns.some((column) => column?.field === 'externalId'))
    throw fileError({ key: 'upload.missing_columns', params: { columns: uploadColumns[0]!.name } });
  if (rows.length > MAX_UPLOAD_ROWS)
    throw fileError({ key: 'upload.too_many_rows', params: { limit: MAX_UPLOAD_ROWS } });
  const items = rows.map(({ line, cells }) => {
    if (cells.length > header.cells.length && cells.slice(header.cells.length).some((c) => c.trim() !== ''))
      throw fileError({ key: 'upload.too_many_cells', params: { line } });
    const item: Record<string, unknown> = {};
    const problems: Record<string, MessageKey | FieldMessage> = {};
    columns.forEach((column, i) => {
      const raw = cells[i] ?? '';
      // An empty cell says nothing: the field is left as the upsert leaves a missing one.
      if (!column || raw.trim() === '') return;
      const cell = valueOf(column, raw, categories, locale);
      item[column.field] = cell.value;
      if (cell.problem) problems[column.field] = cell.problem;
    });
    return { line, item, problems };
  });
  // The same kenmerk twice would make the second row overwrite the first: surely a mistake.
  const lines = new Map<unknown, number[]>();
  for (const { line, item } of items)
    if (item['externalId'] !== undefined)
      lines.set(item['externalId'], [...(lines.get(item['externalId']) ?? []), line]);
  for (const [reference, at] of lines)
    if (at.length > 1)
      throw fileError({
        key: 'upload.duplicate_reference',
        params: { reference: String(reference), lines: at.join(', ') },
      });
  const names = new Map(columns.flatMap((column, i) => (column ? [[column.field, header.cells[i]!.trim()]] : [])));
  return { items, names };
}

/** A field's column: as the file names it, else by its Dutch name (a field the file has no column for). */
const columnOfField = new Map(uploadColumns.map((column) => [column.field, column.name]));
const byColumn = (fields: Record<string, string>, names: ReadonlyMap<string, string>) =>
  Object.fromEntries(
    Object.entries(fields).map(([field, text]) => [names.get(field) ?? columnOfField.get(field) ?? field, text]),
  );

/** A refused field's message, said of its cell where the upload knows more than the API's. */
function inSpreadsheetTerms(
  fields: Record<string, string>,
  problems: Record<string, MessageKey | FieldMessage>,
  locale: Locale,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, text]) => {
      const problem = Object.hasOwn(problems, field) ? problems[field] : undefined;
      return [field, problem ? renderFieldMessage(problem, locale) : text];
    }),
  );
}

/**
 * Upserts the file's rows as the bulk route does its items, one by one, and answers per row:
 * its line in the file, its kenmerk and title, and created, updated or the problems (and what
 * to mind before publishing), by column.
 */
export async function uploadVacancies(
  deps: VacancyDeps,
  actor: Actor,
  organisationId: string,
  text: string,
  categories: readonly Category[],
  context: { locale: Locale; log: FastifyBaseLogger },
) {
  const { items: rows, names } = readCsvFile(text, categories, context.locale);
  const answer = await bulkUpsert(
    deps,
    actor,
    organisationId,
    rows.map((row) => row.item),
    context,
  );
  return {
    rows: answer.items.map(({ index, result, error, ...outcome }) => {
      const { line, item, problems } = rows[index]!;
      const warnings = result && 'warnings' in result && result.warnings ? byColumn(result.warnings, names) : undefined;
      return {
        line,
        title: typeof item['title'] === 'string' ? item['title'] : null,
        ...outcome,
        ...(result ? { result: { ...result, ...(warnings ? { warnings } : {}) } } : {}),
        ...(error
          ? {
              error: {
                ...error,
                ...(error.fields
                  ? { fields: byColumn(inSpreadsheetTerms(error.fields, problems, context.locale), names) }
                  : {}),
              },
            }
          : {}),
      };
    }),
    succeeded: answer.succeeded,
    failed: answer.failed,
  };
}
