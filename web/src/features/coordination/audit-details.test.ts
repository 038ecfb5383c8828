import { beforeAll, describe, expect, it } from 'vitest';
import type { Labels } from '../../hooks/use-labels.ts';
import { accountMessages } from '../../i18n/account-messages.ts';
import { formatters } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { loadMessages, messagesFor } from '../../i18n/messages.ts';
import { membershipI18n } from '../../i18n/use-membership-i18n.ts';
import { describeChange } from './audit-details.ts';

const labels: Labels = {
  category: (code) => code,
  educationLevel: (code) => code,
  employmentType: (code) => code,
  workMode: (code) => code,
  organisationKind: (code) => (code === 'municipality' ? 'Gemeente' : code),
};

const i18nOf = (lang: Lang) =>
  membershipI18n({ lang, t: messagesFor(lang), format: formatters(lang), a: accountMessages[lang] });

const describe_ = (before: unknown, after: unknown, lang: Lang = 'nl') =>
  describeChange(before, after, i18nOf(lang), labels).map(({ label, before, after }) => ({ label, before, after }));

/** Every key the server writes into an entry's before or after (grep recordAudit in server/src). */
const RECORDED_KEYS = [
  'state',
  'vacanciesWithdrawn',
  'leaveAt',
  'costWeight',
  'name',
  'kind',
  'municipality',
  'email',
  'role',
  'reinvited',
  'prefix',
  'scopes',
  'words',
  'documents',
  'description',
  'offer',
  'website',
  'type',
  'bytes',
  'ip',
  'sessionId',
  'sessionStarted',
  'count',
  'applicationStatus',
  'file',
  'amount',
  'costKey',
  'active',
  'slug',
];

beforeAll(() => loadMessages('en'));

describe('an audit entry’s details in words', () => {
  it('has a label for every detail the server records, in Dutch and English', () => {
    for (const lang of ['nl', 'en'] as const) {
      const keys = i18nOf(lang).m.auditLog.keys;
      for (const key of RECORDED_KEYS) {
        expect(keys[key], `${lang}: ${key}`).toEqual(expect.any(String));
        expect(keys[key], `${lang}: ${key}`).not.toBe(key);
      }
    }
  });

  it('writes an uploaded logo’s type by name and its size in kB or MB', () => {
    expect(describe_(null, { type: 'image/png', bytes: 48_213 })).toEqual([
      { label: 'Bestandssoort', before: null, after: 'PNG' },
      { label: 'Grootte', before: null, after: '47 kB' },
    ]);
    expect(describe_(null, { type: 'image/webp', bytes: 3 * 1024 * 1024 }, 'en')).toEqual([
      { label: 'File type', before: null, after: 'WebP' },
      { label: 'Size', before: null, after: '3 MB' },
    ]);
  });

  it('names an application’s status and file as the inbox does', () => {
    expect(describe_({ applicationStatus: 'in_review' }, { applicationStatus: 'invited' })).toEqual([
      { label: 'Status', before: 'In behandeling', after: 'Uitgenodigd' },
    ]);
    expect(describe_(null, { file: 'cv' })).toEqual([{ label: 'Bestand', before: null, after: 'Cv' }]);
    expect(describe_(null, { file: 'letter' }, 'en')).toEqual([{ label: 'File', before: null, after: 'Letter' }]);
  });

  it('writes a profile change as text, without HTML, only where it changed', () => {
    expect(
      describe_(
        { offer: '', description: '<p>Oud</p>', website: 'https://a.example' },
        {
          offer: 'Goed salaris',
          description: '<h2>Wie wij zijn</h2><p>Een <strong>fijn</strong> team</p>',
          website: 'https://a.example',
        },
      ),
    ).toEqual([
      { label: 'Wat de organisatie biedt', before: 'leeg', after: 'Goed salaris' },
      { label: 'Beschrijving', before: 'Oud', after: 'Wie wij zijn Een fijn team' },
    ]);
    const [long] = describe_(null, { offer: 'woord '.repeat(100) });
    expect(long!.after!.length).toBeLessThanOrEqual(200);
    expect(long!.after).toMatch(/…$/);
  });

  it('names an API key’s scopes and lists a synonym group’s words as the language does', () => {
    const key = describe_(null, { name: 'ATS', prefix: 'sw_live_ab12', scopes: ['read', 'publish'] });
    expect(key.map((d) => d.label)).toEqual(['Naam', 'Sleutel begint met', 'Bevoegdheden']);
    expect(key[1]!.after).toBe('sw_live_ab12…');
    expect(key[2]!.after).toMatch(/^\S.* en \S/);
    expect(describe_(null, { words: ['fiets', 'rijwiel', 'tweewieler'] })).toEqual([
      { label: 'Woorden', before: null, after: 'fiets, rijwiel en tweewieler' },
    ]);
    expect(describe_(null, { words: ['bike', 'bicycle'] }, 'en')).toEqual([
      { label: 'Words', before: null, after: 'bike and bicycle' },
    ]);
  });

  it('shows what was removed as it was, and yes or no for a flag', () => {
    expect(describe_({ words: ['fiets', 'rijwiel'] }, null)).toEqual([
      { label: 'Woorden', before: 'fiets en rijwiel', after: null },
    ]);
    expect(describe_(null, { email: 'a@b.example', role: 'hr_officer', reinvited: true })).toEqual([
      { label: 'E-mailadres', before: null, after: 'a@b.example' },
      { label: 'Rol', before: null, after: accountMessages.nl.roles.hr_officer },
      { label: 'Opnieuw uitgenodigd', before: null, after: 'ja' },
    ]);
    expect(describe_({ state: 'active' }, { state: 'suspended', vacanciesWithdrawn: 1200 })).toEqual([
      { label: 'Status', before: expect.any(String), after: expect.any(String) },
      { label: 'Vacatures offline gehaald', before: null, after: '1.200' },
    ]);
  });

  it('spells out a key and a value it does not know instead of showing JSON', () => {
    const details = describe_(null, {
      someNewThing: { nested: true, when: '2026-01-02T10:00:00.000Z' },
      moreItems: [1, 2],
      nothing: null,
    });
    expect(details).toEqual([
      { label: 'Some new thing', before: null, after: expect.stringMatching(/^Nested: ja; When: 2 jan\.? 2026/) },
      { label: 'More items', before: null, after: '1 en 2' },
      { label: 'Nothing', before: null, after: 'leeg' },
    ]);
    for (const detail of details) expect(`${detail.before ?? ''} ${detail.after ?? ''}`).not.toMatch(/[{}[\]"]/);
    expect(describe_(null, ['a', 'b'])).toEqual([{ label: 'Waarde', before: null, after: 'a en b' }]);
  });
});
