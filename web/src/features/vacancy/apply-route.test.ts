import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextStatuses } from '../../api/applications.ts';
import { applicationMessages } from '../../i18n/application-messages.ts';
import { applyAction, MAX_FILE_BYTES } from './apply-route.ts';

const m = applicationMessages.nl.apply;
const VACANCY = '0b7a1f6e-3c1d-4f7a-9a55-1d2c3b4a5e6f';
const pdf = (name = 'cv.pdf', size = 100) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });

function submit(fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const request = new Request(`http://localhost/vacatures/${VACANCY}-adviseur`, { method: 'POST', body: form });
  const args = { request, params: { idSlug: `${VACANCY}-adviseur` }, context: {} };
  return applyAction(args as unknown as Parameters<typeof applyAction>[0]);
}

const complete = {
  name: ' Fleur van Dijk ',
  email: 'fleur@example.nl',
  phone: '',
  motivation: 'Graag.',
  consent: 'pool',
  website: '',
};

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('applying (the vacancy route action)', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('document', { cookie: 'sw_csrf=token' });
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('names every missing field and sends nothing', async () => {
    const result = await submit({ name: '', email: '', motivation: '' });
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      message: m.checkFields,
      fields: { name: m.required.name, email: m.required.email, motivation: m.required.motivation, cv: m.required.cv },
      // What was typed, for a page sent back without scripts.
      values: { name: '', email: '', phone: '', motivation: '', consent: '', cv: '', letter: '' },
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses other files than PDF or DOCX, and files over 10 MB, before uploading', async () => {
    const result = await submit({ ...complete, cv: pdf('cv.txt'), letter: pdf('brief.pdf', MAX_FILE_BYTES + 1) });
    expect(result).toMatchObject({ ok: false, fields: { cv: m.fileType, letter: m.fileTooLarge } });
    // The names chosen come back, for a page sent without scripts to ask for the files again.
    expect(result).toMatchObject({ values: { cv: 'cv.txt', letter: 'brief.pdf' } });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the parts as multipart/form-data, with the CSRF echo and no JSON type', async () => {
    fetchMock.mockResolvedValue(answer(201, { id: 'a', status: 'received' }));
    const result = await submit({ ...complete, cv: pdf('cv-fleur.pdf') });
    expect(result).toEqual({ ok: true, email: 'fleur@example.nl', consent: 'pool' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`/api/v1/vacancies/${VACANCY}/applications`);
    expect(init?.method).toBe('POST');
    const headers = init?.headers as Record<string, string>;
    expect(headers['Content-Type']).toBeUndefined();
    expect(headers['X-CSRF-Token']).toBe('token');
    const body = init?.body as FormData;
    expect(body.get('name')).toBe('Fleur van Dijk');
    expect(body.get('consent')).toBe('pool');
    expect(body.get('website')).toBe('');
    expect(body.has('phone')).toBe(false);
    expect((body.get('cv') as File).name).toBe('cv-fleur.pdf');
  });

  it('says in plain words what a 413, 415 or 409 means', async () => {
    fetchMock.mockResolvedValueOnce(
      answer(413, { error: { code: 'file_too_large', message: 'Too large', fields: { letter: 'x' } } }),
    );
    await expect(submit({ ...complete, cv: pdf() })).resolves.toMatchObject({ fields: { letter: m.fileTooLarge } });
    fetchMock.mockResolvedValueOnce(answer(415, { error: { code: 'unsupported_file_type', message: 'No' } }));
    await expect(submit({ ...complete, cv: pdf() })).resolves.toMatchObject({ fields: { cv: m.fileUnreadable } });
    fetchMock.mockResolvedValueOnce(answer(409, { error: { code: 'not_accepting_applications', message: 'No' } }));
    await expect(submit({ ...complete, cv: pdf() })).resolves.toMatchObject({ message: m.closed, fields: {} });
  });
});

describe('nextStatuses', () => {
  it('offers only the states that may follow', () => {
    expect(nextStatuses('received')).toEqual(['in_review', 'rejected']);
    expect(nextStatuses('in_review')).toEqual(['invited', 'rejected']);
    expect(nextStatuses('invited')).toEqual(['hired', 'rejected']);
    expect(nextStatuses('hired')).toEqual([]);
    expect(nextStatuses('rejected')).toEqual([]);
  });
});
