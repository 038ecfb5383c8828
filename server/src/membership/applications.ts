/**
 * Joining the alliance: an organisation applies, the coordinator decides, the applicant
 * hears it by e-mail.
 */
import { municipalityByCode, type Database, type Executor, type OrganisationKind } from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import { assertAcceptablePassword } from '../auth/service.ts';
import { findAccount, lockAddress, mailAlreadyKnown, mailConfirmation, type Locale } from '../auth/registration.ts';
import { AppError, notFound } from '../errors.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { hashPassword } from '../passwords.ts';
import { slugify } from '../text.ts';
import { applicationFromRow } from './presenter.ts';
import {
  adminEmails,
  insertApplication,
  insertOrganisation,
  insertUser,
  lockApplication,
  recordDecision,
  selectApplications,
  slugsLike,
} from './queries.ts';
import { applicationDecision, type ApplicationState, type Decision } from './state-machine.ts';
import { invalidTransition, transition, type MembershipDeps } from './transitions.ts';

export interface ApplicationInput {
  organisation: { name: string; kind: OrganisationKind; municipalityCode: string; website?: string };
  admin: { name: string; email: string; password: string };
}

async function freeSlug(tx: Executor, name: string): Promise<string> {
  const base = slugify(name).slice(0, 80) || 'organisatie';
  const used = await slugsLike(tx, base);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * An organisation applies to join: it, its first admin account (unconfirmed) and the
 * application are created, pending, and the coordinator sees it at once. The answer is the
 * same whether or not the admin's address already has an account (probe finding 7): a
 * known address gets a mail saying nothing was applied for, a new one a confirmation link.
 */
export async function applyForMembership(deps: MembershipDeps, input: ApplicationInput, locale: Locale = 'nl') {
  if (!municipalityByCode(input.organisation.municipalityCode)) {
    throw new AppError(400, 'validation_failed', 'error.validation_failed', {
      fields: { 'organisation.municipalityCode': 'error.unknown_municipality' },
    });
  }
  assertAcceptablePassword(input.admin.password, input.admin.email, 'admin.password');
  // Hashed whether or not it will be used, so both cases take the same time.
  const passwordHash = await hashPassword(input.admin.password);
  const email = input.admin.email.trim();
  await deps.db.transaction(async (tx) => {
    await lockAddress(tx, email);
    const existing = await findAccount(tx, email);
    if (existing) {
      await mailAlreadyKnown(tx, deps.publicUrl, existing, 'application_known');
      return;
    }
    const organisation = await insertOrganisation(tx, {
      slug: await freeSlug(tx, input.organisation.name),
      name: input.organisation.name.trim(),
      kind: input.organisation.kind,
      municipalityCode: input.organisation.municipalityCode,
      website: input.organisation.website ?? null,
      contactName: input.admin.name.trim(),
      contactEmail: email,
      state: 'applied',
    });
    const admin = await insertUser(tx, {
      email,
      name: input.admin.name.trim(),
      passwordHash,
      role: 'org_admin',
      organisationId: organisation.id,
      locale,
      emailConfirmedAt: null,
    });
    const application = await insertApplication(tx, organisation.id);
    await recordAudit(tx, {
      actorUserId: admin.id,
      organisationId: organisation.id,
      action: 'membership.applied',
      subjectType: 'membership_application',
      subjectId: application.id,
      after: { name: organisation.name, kind: organisation.kind },
    });
    await mailConfirmation(tx, deps.publicUrl, admin, locale, 'application_confirmation');
  });
}

export async function listApplications(db: Database, state?: ApplicationState) {
  return (await selectApplications(db, state)).map(applicationFromRow);
}

/**
 * The decision, to the applicant. An admitted organisation's name was vetted by the
 * coordinator; a rejected one's was not, so that mail does not repeat it.
 */
const decisionMail = {
  approve: {
    subject: (name: string) => `${name} is toegelaten tot Samenwerven`,
    text: (name: string, reason: string | null) =>
      `Goed nieuws: ${name} is nu lid van de alliantie Samenwerven. U kunt inloggen en vacatures plaatsen.${reason ? `\n\nToelichting: ${reason}` : ''}\n`,
  },
  reject: {
    subject: () => 'Uw aanmelding bij Samenwerven',
    text: (_name: string, reason: string | null) =>
      `Uw aanmelding bij de alliantie Samenwerven is niet toegelaten.${reason ? `\n\nReden: ${reason}` : ''}\n\nVragen? Neem contact op met het alliantiebureau.\n`,
  },
};

/** The addresses that speak for an organisation: its admins, else its contact. */
async function recipients(db: Executor, organisation: { id: string; contactEmail: string | null }) {
  const admins = await adminEmails(db, organisation.id);
  return admins.length > 0 ? admins : organisation.contactEmail ? [organisation.contactEmail] : [];
}

/** The coordinator decides on an application; the applicant hears it by e-mail. */
export async function decideApplication(
  deps: MembershipDeps,
  actorUserId: string,
  applicationId: string,
  decision: Decision,
  reason: string | null,
) {
  const state = await deps.db.transaction(async (tx) => {
    const application = await lockApplication(tx, applicationId);
    if (!application) throw notFound();
    const decided = applicationDecision(application.state, decision);
    if (!decided.allowed) throw invalidTransition(application.state);
    const { before } = await transition(tx, application.organisationId, decision, actorUserId, reason);
    await recordDecision(tx, applicationId, { state: decided.to, reason, decidedBy: actorUserId });
    // The applicant hears it by e-mail, sent by the mail worker once this commits.
    const mail = decisionMail[decision];
    for (const to of await recipients(tx, before)) {
      await enqueueMail(tx, {
        kind: `membership_${decision}`,
        to,
        subject: mail.subject(before.name),
        text: mail.text(before.name, reason),
      });
    }
    return decided.to;
  });
  return { id: applicationId, state };
}
