/**
 * `npm run coordinator -- --email … --name … [--municipality GM…]`: invites a coordinator of the
 * alliance office (staff/service.ts, inviteCoordinator). On a first production start the
 * database is empty and nobody can sign in: this makes the office (from ALLIANCE_NAME, seated in
 * the municipality given by its CBS code) and mails its first coordinator an invitation. Without
 * SMTP_URL the mail is written to DATA_DIR/mail, and the link is printed here as well.
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { municipalityByCode } from '@samenwerven/db';
import { loadConfig } from '../config.ts';
import { AppError } from '../errors.ts';
import { startServices } from '../services.ts';
import { inviteCoordinator } from '../staff/service.ts';

const logger = pino({ level: 'info' });
const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, municipality: { type: 'string' } },
});
const email = values.email?.trim() ?? '';
const name = values.name?.trim() ?? '';
if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || name.length < 2) {
  logger.error('Usage: npm run coordinator -- --email naam@organisatie.nl --name "Naam" [--municipality GM0855]');
  process.exit(2);
}
if (values.municipality && !municipalityByCode(values.municipality)) {
  logger.error(`--municipality: ${values.municipality} is no CBS municipality code (such as GM0855)`);
  process.exit(2);
}

const config = loadConfig();
const services = await startServices({ ...config, SEED_DEMO: false }, logger, { worker: false, seed: false });
try {
  const invited = await inviteCoordinator(
    { db: services.db.db, publicUrl: config.publicUrl },
    { email, name, office: { name: config.ALLIANCE_NAME, municipalityCode: values.municipality } },
  );
  logger.info(
    { office: invited.officeName, createdOffice: invited.createdOffice, email },
    `Invited ${email} as coordinator of ${invited.officeName}; the invitation mail goes out with the portal's mail worker.` +
      (config.SMTP_URL ? '' : ` Without SMTP_URL it is written to ${config.dataDir}/mail. The link: ${invited.link}`),
  );
} catch (error) {
  const fields = error instanceof AppError ? JSON.stringify(error.extra.fields ?? {}) : '';
  logger.error(
    fields.includes('municipality')
      ? 'There is no alliance office yet: give the CBS code of the municipality it is seated in, --municipality GM….'
      : fields.includes('email')
        ? `${email} already has an account.`
        : String(error instanceof Error ? error.message : error),
  );
  process.exitCode = 1;
} finally {
  await services.close();
}
