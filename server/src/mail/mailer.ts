/**
 * Outgoing e-mail through SMTP (nodemailer). Without SMTP configuration each message is
 * written to DATA_DIR/mail as an .eml file and its path logged, so invitations and
 * password resets work out of the box on a developer's machine.
 *
 * Only the mail worker (outbox.ts) sends; code that wants a message sent writes it to the
 * outbox with `enqueueMail`, in its own transaction.
 */
import { chmod, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** A stable Message-ID (the outbox's), so a repeated attempt is recognisable as the same message. */
  messageId?: string;
  html?: string;
  headers?: Record<string, string>;
}

/** SMTP timeouts: far below the outbox lease, so a slow send is never taken over mid-flight. */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Deletes what it kept of messages sent before `before` (the mail drop's files); returns how many. */
  purge?(before: Date): Promise<number>;
}

/**
 * The mail drop's files sent before `before`, deleted: they hold whole messages (links that are
 * secrets, an applicant's motivation), kept no longer than the outbox keeps a sent message's subject.
 */
async function purgeDropped(dropDir: string, before: Date): Promise<number> {
  const names = await readdir(dropDir).catch(() => [] as string[]);
  let deleted = 0;
  for (const name of names.filter((n) => n.endsWith('.eml'))) {
    const file = path.join(dropDir, name);
    const written = await stat(file).catch(() => undefined);
    if (written && written.mtime < before) {
      await rm(file, { force: true });
      deleted++;
    }
  }
  return deleted;
}

/** Where mail goes without SMTP: the data folder's `mail`, readable by the portal's user alone. */
export const mailDropDir = (dataDir: string) => path.join(dataDir, 'mail');

/** The part of a dropped message's file name that says whom it was for. */
const addressInName = (to: string) => to.replace(/[^a-z0-9@.-]/gi, '_');

/**
 * Deletes the mail drop's files of messages to `address`: an erasure leaves no copy of what was
 * sent to the person (a key to their page, their motivation). Returns how many went.
 */
export async function forgetDropped(dropDir: string, address: string): Promise<number> {
  const ending = `-${addressInName(address.trim())}.eml`.toLowerCase();
  const names = await readdir(dropDir).catch(() => [] as string[]);
  const theirs = names.filter((name) => name.toLowerCase().endsWith(ending));
  await Promise.all(theirs.map((name) => rm(path.join(dropDir, name), { force: true })));
  return theirs.length;
}

export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  dropDir: string;
  log: (message: string) => void;
}): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport({ url: options.smtpUrl, ...SMTP_TIMEOUTS });
    return {
      async send(message) {
        await transport.sendMail({ from: options.from, ...message });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message) {
      const info = await transport.sendMail({ from: options.from, ...message });
      // Whole messages with secret links and applicants' motivations: for the portal's user alone,
      // as the uploaded files are (a folder made before is narrowed too).
      await mkdir(options.dropDir, { recursive: true, mode: 0o700 });
      await chmod(options.dropDir, 0o700);
      const file = path.join(
        options.dropDir,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${addressInName(message.to)}.eml`,
      );
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      // The file, not the address, in the log (logger.ts); the file's name has it, in the data folder.
      options.log(`mail written to ${path.basename(file).slice(0, 24)}… in ${options.dropDir}`);
    },
    purge: (before) => purgeDropped(options.dropDir, before),
  };
}
