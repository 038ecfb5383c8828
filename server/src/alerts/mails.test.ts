import { describe, expect, it } from 'vitest';
import { MAIL_LIST_LIMIT, matchesMail, type MatchedVacancy } from './mails.ts';

const links = {
  base: 'https://werk.example.org',
  unsubscribe: 'https://werk.example.org/alert/afmelden#token=t',
  oneClick: 'https://werk.example.org/api/v1/alerts/unsubscribe?token=t',
  manage: 'https://werk.example.org/mijn-alerts#sleutel=k',
  search: 'https://werk.example.org/vacatures?q=beleid',
};

const vacancy = (i: number): MatchedVacancy => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  title: `Beleidsadviseur ${i}`,
  organisation: 'Gemeente Tilburg',
  municipalityCode: 'GM0855',
  hoursMin: 32,
  hoursMax: 36,
  salaryMin: 4000,
  salaryMax: 5500,
  closingDate: '2026-12-31',
});

describe('the mail of an alert’s new matches', () => {
  it('lists every vacancy with its facts, in the alert’s language', () => {
    const mail = matchesMail({ email: 'a@example.org', name: 'beleid', lang: 'nl' }, [vacancy(1)], links);
    expect(mail.subject).toBe('1 nieuwe vacature voor "beleid"');
    expect(mail.text).toMatch(/Gemeente Tilburg · Tilburg · 32–36 uur · €\s4\.000–€\s5\.500 · sluit 31 december 2026/);
    expect(mail.text).not.toContain('En nog');
    const english = matchesMail({ email: 'a@example.org', name: 'policy', lang: 'en' }, [vacancy(1)], links);
    expect(english.text).toContain('32–36 hours · €4,000–€5,500 · closes 31 December 2026');
  });

  it('marks a title in another language than the mail’s, so a screen reader reads it in its own', () => {
    const dutch = { ...vacancy(1), language: 'nl' };
    const written = { ...vacancy(2), title: 'Policy adviser', language: 'en' };
    const english = matchesMail({ email: 'a@example.org', name: 'beleid', lang: 'en' }, [dutch, written], links);
    expect(english.html).toContain('lang="nl">Beleidsadviseur 1</a>');
    expect(english.html).toMatch(/<li><a href="[^"]+">Policy adviser<\/a>/);
    const nl = matchesMail({ email: 'a@example.org', name: 'beleid', lang: 'nl' }, [dutch, written], links);
    expect(nl.html).toContain('lang="en">Policy adviser</a>');
    expect(nl.html).not.toContain('lang="nl">Beleidsadviseur');
  });

  it('counts all new ones but lists the newest few, and sends the reader to the search for the rest', () => {
    const matches = Array.from({ length: MAIL_LIST_LIMIT + 5 }, (_, i) => vacancy(i));
    const mail = matchesMail({ email: 'a@example.org', name: 'beleid', lang: 'nl' }, matches, links);
    expect(mail.subject).toBe(`${MAIL_LIST_LIMIT + 5} nieuwe vacatures voor "beleid"`);
    expect(mail.text).toContain(`Beleidsadviseur ${MAIL_LIST_LIMIT - 1}\n`);
    expect(mail.text).not.toContain(`Beleidsadviseur ${MAIL_LIST_LIMIT}\n`);
    expect(mail.text).toContain('En nog 5 andere in de resultaten.');
    expect(mail.html!.match(/<li>/g)).toHaveLength(MAIL_LIST_LIMIT);
    expect(mail.html).toContain('En nog 5 andere in de resultaten.');
  });
});
