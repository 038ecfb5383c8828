/**
 * Making an account without telling anyone which addresses have one (probe finding 7).
 *
 * Registering answers "check your e-mail" whatever the address. A new address gets an
 * account that cannot sign in yet and a confirmation link; a known address gets a note that
 * it already has an account. Both cost the same in the request (the password is hashed
 * either way, one mail row is written to the outbox, nothing is sent), so neither the answer
 * nor its time tells the two apart. Joining the alliance (membership/applications.ts) works
 * the same way, with the same confirmation link in mails of its own (membership/mails.ts).
 *
 * Mails hold only the portal's own words and links: nothing the requester typed (name,
 * organisation name), so nobody can make the portal carry their text to someone else.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { lockForTransaction, users, type Executor } from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { hashPassword, verifyPassword } from '../passwords.ts';
import {
  assertAcceptablePassword,
  consumeUserToken,
  createSession,
  invalidToken,
  issueUserToken,
  unusableTokenError,
  userOfToken,
  type AccountDeps,
} from './service.ts';
import { oneLine } from '../text.ts';

export type Locale = 'nl' | 'en';

const paths = {
  confirm: { nl: '/registratie-bevestigen', en: '/en/confirm-registration' },
  signIn: { nl: '/inloggen', en: '/en/sign-in' },
  forgotPassword: { nl: '/wachtwoord-vergeten', en: '/en/forgot-password' },
};

const mails = {
  registration_confirmation: {
    nl: (link: string) => ({
      subject: 'Bevestig je e-mailadres voor Samenwerven',
      text: `Goedendag,\n\nMet dit e-mailadres is een account gemaakt op Samenwerven, het gezamenlijke vacatureportaal. Bevestig via deze link (2 dagen geldig), met het wachtwoord dat je koos, dat het adres van jou is; daarna ben je ingelogd:\n\n${link}\n\nMaakte je dit account niet? Klik dan niet op de link en negeer dit bericht; zonder bevestiging wordt het account niet actief, en na 30 dagen verwijderen we het.\n`,
    }),
    en: (link: string) => ({
      subject: 'Confirm your e-mail address for Samenwerven',
      text: `Hello,\n\nAn account was made with this e-mail address on Samenwerven, the joint recruitment portal. Confirm with this link (valid for 2 days), and the password you chose, that the address is yours; you will then be signed in:\n\n${link}\n\nDid you not make this account? Then do not follow the link and ignore this message; without confirmation the account does not become active, and we delete it after 30 days.\n`,
    }),
  },
  registration_known: {
    nl: (signIn: string, forgot: string) => ({
      subject: 'Je hebt al een account bij Samenwerven',
      text: `Goedendag,\n\nIemand probeerde met dit e-mailadres een account te maken op Samenwerven, maar er is al een account met dit adres. Er is niets veranderd.\n\nWas je dat? Log dan in:\n\n${signIn}\n\nWachtwoord vergeten, of je adres nog niet bevestigd? Stel een (nieuw) wachtwoord in:\n\n${forgot}\n\nWas je het niet? Dan kun je dit bericht negeren.\n`,
    }),
    en: (signIn: string, forgot: string) => ({
      subject: 'You already have an account at Samenwerven',
      text: `Hello,\n\nSomeone tried to make an account on Samenwerven with this e-mail address, but there already is an account with it. Nothing has changed.\n\nWas that you? Then sign in:\n\n${signIn}\n\nForgot your password, or never confirmed your address? Set a (new) password:\n\n${forgot}\n\nWas it not you? Then you can ignore this message.\n`,
    }),
  },
};

/** Serialises account-making for one address, so two requests cannot both think it is free. */
export async function lockAddress(tx: Executor, email: string): Promise<void> {
  await lockForTransaction(tx, `account:${email.trim().toLowerCase()}`);
}

/** The account with this address, if any (removed staff included: their address is taken). */
export async function findAccount(tx: Executor, email: string) {
  const [user] = await tx
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email.trim()})`);
  return user;
}

/** A new link that confirms a new, unconfirmed account's address (older unused ones stop working). */
export async function confirmationLink(
  tx: Executor,
  publicUrl: string,
  user: { id: string },
  locale: Locale,
): Promise<string> {
  const token = await issueUserToken(tx, user.id, 'email_confirmation');
  return `${publicUrl}${paths.confirm[locale]}#token=${token}`;
}

/** Queues the confirmation link for a new, unconfirmed account. */
async function mailConfirmation(
  tx: Executor,
  publicUrl: string,
  user: { id: string; email: string },
  locale: Locale,
): Promise<void> {
  const link = await confirmationLink(tx, publicUrl, user, locale);
  await enqueueMail(tx, {
    kind: 'registration_confirmation',
    to: user.email,
    ...mails.registration_confirmation[locale](link),
  });
}

/** Queues the note that this address already has an account, in the account's language. */
async function mailAlreadyKnown(
  tx: Executor,
  publicUrl: string,
  account: { email: string; locale: string },
): Promise<void> {
  const locale: Locale = account.locale === 'en' ? 'en' : 'nl';
  const signIn = `${publicUrl}${paths.signIn[locale]}`;
  const message = mails.registration_known[locale](signIn, `${publicUrl}${paths.forgotPassword[locale]}`);
  await enqueueMail(tx, { kind: 'registration_known', to: account.email, ...message });
}

/**
 * A job seeker registers. The same answer (nothing) whether or not the address has an
 * account; what differs goes only to the address itself, by mail.
 */
export async function register(
  deps: Pick<AccountDeps, 'db' | 'publicUrl'>,
  input: { email: string; password: string; name: string; locale?: Locale },
): Promise<void> {
  assertAcceptablePassword(input.password, input.email);
  // Hashed whether or not it will be used, so both cases take the same time.
  const passwordHash = await hashPassword(input.password);
  const email = input.email.trim();
  const locale = input.locale ?? 'nl';
  await deps.db.transaction(async (tx) => {
    await lockAddress(tx, email);
    const existing = await findAccount(tx, email);
    if (existing) {
      await mailAlreadyKnown(tx, deps.publicUrl, existing);
      return;
    }
    const [user] = await tx
      .insert(users)
      .values({ email, name: oneLine(input.name), passwordHash, role: 'job_seeker', locale, emailConfirmedAt: null })
      .returning({ id: users.id, email: users.email });
    await mailConfirmation(tx, deps.publicUrl, user!, locale);
  });
}

/**
 * The e-mailed link proves the address, the password that whoever confirms is who made the account:
 * then it becomes usable and is signed in. Anyone can sign up with another person's address; without
 * the password, that person's click would activate an account its maker can sign in to. A wrong
 * password leaves the token unused, and counts as a failed try of the token (routes.ts); it is checked
 * before the token is taken, so a guess holds no lock while the hash is computed. The address's owner
 * who did not sign up can take the account over with "forgot password", which replaces the password.
 */
export async function confirmRegistration(deps: AccountDeps, token: string, password: string) {
  const made = await userOfToken(deps.db, token, 'email_confirmation');
  if (!made) throw await unusableTokenError(deps.db, token, 'email_confirmation');
  if (!made.passwordHash || !(await verifyPassword(made.passwordHash, password))) {
    throw new AppError(400, 'validation_failed', 'error.validation_failed', {
      fields: { password: 'error.not_the_accounts_password' },
    });
  }
  return deps.db.transaction(async (tx) => {
    // Taken for real now: a second confirmation in between finds it used (invalid_token).
    const userId = await consumeUserToken(tx, token, 'email_confirmation');
    const [user] = await tx
      .update(users)
      .set({ emailConfirmedAt: sql`coalesce(${users.emailConfirmedAt}, now())`, updatedAt: new Date() })
      .where(and(eq(users.id, userId), isNull(users.deactivatedAt)))
      .returning({ organisationId: users.organisationId });
    if (!user) throw invalidToken();
    await recordAudit(tx, {
      actorUserId: userId,
      organisationId: user.organisationId,
      action: 'auth.email_confirmed',
      subjectType: 'user',
      subjectId: userId,
    });
    return createSession(tx, userId, deps.sessionDays);
  });
}
