import { describe, expect, it } from 'vitest';
import { curlExamples, shellQuote } from './api-examples.ts';

const input = {
  origin: 'https://werk.example',
  organisationId: '6f1c2a52-0000-4000-8000-000000000001',
  key: 'swk_abc-DEF_123',
  municipalityCode: 'GM0855',
  category: 'beleid',
  title: "Adviseur 's-Hertogenbosch",
  summary: 'Een voorbeeld.',
  now: new Date('2026-12-02T10:00:00Z'),
};

describe('the curl examples of the API-keys page', () => {
  it('quote text for a shell, a single quote included', () => {
    expect(shellQuote('plain')).toBe("'plain'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });

  it('publish by an upsert with the address, the organisation, the key and a body the API takes', () => {
    const [publish, close, history] = curlExamples(input);
    expect(publish!.scopes).toEqual(['write', 'publish']);
    expect(publish!.command).toContain(
      'curl -X PUT "https://werk.example/api/v1/organisations/6f1c2a52-0000-4000-8000-000000000001/vacancies/by-external-id/voorbeeld-1"',
    );
    expect(publish!.command).toContain('-H "Authorization: Bearer swk_abc-DEF_123"');
    const quoted = publish!.command.slice(publish!.command.indexOf("-d '") + 3);
    // The shell's reading of the quoted body: '\'' is one quote.
    const body = JSON.parse(quoted.slice(1, -1).replaceAll("'\\''", "'"));
    expect(body).toMatchObject({
      title: "Adviseur 's-Hertogenbosch",
      category: 'beleid',
      municipalityCode: 'GM0855',
      closingDate: '2026-12-30',
      state: 'published',
    });
    expect(close!.command).toBe(
      'curl -X POST "https://werk.example/api/v1/vacancies/$VACANCY_ID/close" \\\n  -H "Authorization: Bearer swk_abc-DEF_123"',
    );
    expect(history!.scopes).toEqual(['read']);
    expect(history!.command).toContain('curl "https://werk.example/api/v1/vacancies/$VACANCY_ID/history"');
  });
});
