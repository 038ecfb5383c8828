/**
 * Outgoing e-mail through SMTP (nodemailer). Without SMTP configuration each message is
 * written to DATA_DIR/mail as an .eml file and its path logged, so invitations and
 * password resets work out of the box on a developer's machine.
 *
 * Only the mail worker (outbox.ts) sends; code that wants a message sent writes it to the
 * outbox with `enqueueMail`, in its own transaction.
 */
import { mkdir, writeFile } from 'node:fs/promises';
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
      await mkdir(options.dropDir, { recursive: true });
      const safeTo = message.to.replace(/[^a-z0-9@.-]/gi, '_');
      const file = path.join(options.dropDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${safeTo}.eml`);
      await writeFile(file, info.message as Buffer);
      // The file, not the address, in the log (logger.ts); the file's name has it, in the data folder.
      options.log(`mail written to ${path.basename(file).slice(0, 24)}… in ${options.dropDir}`);
    },
  };
}
