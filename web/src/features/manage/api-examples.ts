/**
 * The ready-to-run curl examples of the API-keys page: publish a vacancy from an ATS (an
 * idempotent upsert by its own number, with `state: published`), close it and read its
 * history, with the portal's address, the organisation's id and the new key filled in.
 */
import { addDays, dutchDate } from '@samenwerven/calendar';
import type { ApiKeyScope } from '../../api/types.ts';

export interface ExampleInput {
  /** Where the portal is, as the browser reached it (`https://…`, no trailing slash). */
  origin: string;
  organisationId: string;
  key: string;
  /** Where the example vacancy's work is, and its field of work: codes the portal knows. */
  municipalityCode: string;
  category: string;
  title: string;
  summary: string;
  now?: Date;
}

export interface CurlExample {
  id: 'publish' | 'close' | 'history';
  /** The scopes a key needs for it. */
  scopes: ApiKeyScope[];
  command: string;
}

/** The number of the example vacancy in the ATS. */
export const EXAMPLE_EXTERNAL_ID = 'voorbeeld-1';
/** The shell variable the close and history examples take the vacancy's id from. */
export const VACANCY_ID_VARIABLE = 'VACANCY_ID';

/** Text in single quotes for a POSIX shell: a quote inside becomes '\''. */
export const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

const line = (parts: string[]) => parts.join(' \\\n  ');

export function curlExamples(input: ExampleInput): CurlExample[] {
  const api = `${input.origin}/api/v1`;
  const auth = `-H "Authorization: Bearer ${input.key}"`;
  const body = {
    title: input.title,
    summary: input.summary,
    category: input.category,
    educationLevel: 'hbo',
    employmentType: 'permanent',
    hoursMin: 32,
    hoursMax: 36,
    municipalityCode: input.municipalityCode,
    closingDate: addDays(dutchDate(input.now ?? new Date()), 28),
    state: 'published',
  };
  const vacancy = `${api}/vacancies/$${VACANCY_ID_VARIABLE}`;
  return [
    {
      id: 'publish',
      scopes: ['write', 'publish'],
      command: line([
        `curl -X PUT "${api}/organisations/${input.organisationId}/vacancies/by-external-id/${EXAMPLE_EXTERNAL_ID}"`,
        auth,
        '-H "Content-Type: application/json"',
        `-d ${shellQuote(JSON.stringify(body, null, 2))}`,
      ]),
    },
    { id: 'close', scopes: ['publish'], command: line([`curl -X POST "${vacancy}/close"`, auth]) },
    { id: 'history', scopes: ['read'], command: line([`curl "${vacancy}/history"`, auth]) },
  ];
}
