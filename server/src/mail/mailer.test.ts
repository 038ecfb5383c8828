import { mkdtemp, readdir, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMailer } from './mailer.ts';

describe('the mail drop (no SMTP server)', () => {
  it('writes each message as a file, and deletes the files sent before the moment it is given', async () => {
    const dropDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'mail-drop-')), 'mail');
    const mailer = createMailer({ smtpUrl: undefined, from: 'portal@example.nl', dropDir, log: () => undefined });
    await mailer.send({ to: 'oud@example.nl', subject: 'Oud', text: 'https://example.nl/#sleutel=geheim' });
    await mailer.send({ to: 'nieuw@example.nl', subject: 'Nieuw', text: 'Hallo' });
    const [old] = (await readdir(dropDir)).filter((name) => name.includes('oud@'));
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    await utimes(path.join(dropDir, old!), longAgo, longAgo);

    expect(await mailer.purge!(new Date(Date.now() - 30 * 86_400_000))).toBe(1);
    const left = await readdir(dropDir);
    expect(left).toHaveLength(1);
    expect(left[0]).toContain('nieuw@');
  });
});
