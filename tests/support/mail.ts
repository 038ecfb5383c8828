/**
 * A real SMTP server in-process (smtp-server), so tests receive what the portal sends
 * and read links out of the messages as a person would.
 */
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  /** The HTML part, where the message has one ('' otherwise). */
  html: string;
  /** Every header as sent, by its lower-case name (folded lines unfolded). */
  headers: Record<string, string>;
}

export interface MailCatcher {
  url: string;
  messages: ReceivedMail[];
  /** Waits for the next message to `to` (polling the inbox, bounded). */
  waitFor(to: string): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startMailCatcher(): Promise<MailCatcher> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          for (const recipient of session.envelope.rcptTo) {
            messages.push({
              to: recipient.address.toLowerCase(),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              headers: Object.fromEntries(
                parsed.headerLines.map(({ key, line }) => [
                  key,
                  line
                    .slice(line.indexOf(':') + 1)
                    .replace(/\r?\n\s+/g, ' ')
                    .trim(),
                ]),
              ),
            });
          }
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const seen = new Map<string, number>();
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(to) {
      const recipient = to.toLowerCase();
      for (let i = 0; i < 100; i++) {
        const mine = messages.filter((m) => m.to === recipient);
        const already = seen.get(recipient) ?? 0;
        if (mine.length > already) {
          seen.set(recipient, already + 1);
          return mine[already]!;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no mail arrived for ${to}`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a message that goes to `path`, with its token. */
export function linkIn(mail: ReceivedMail, path: string): { url: string; token: string } {
  const match = mail.text.match(new RegExp(`https?://\\S+${path.replace(/[/]/g, '\\/')}#token=([\\w-]+)`));
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return { url: match[0], token: match[1]! };
}
