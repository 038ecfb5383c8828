/**
 * Joining the alliance: an organisation applies (the applicant gets a receipt, the
 * coordinators a note), the coordinator decides, the applicant hears it by e-mail.
 */
import {
  lockForTransaction,
  municipalityByCode,
  type Database,
  type Executor,
  type Organisation,
  type OrganisationKind,
} from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import { assertAcceptablePassword } from '../auth/service.ts';
import { UNCONFIRMED_ACCOUNT_DAYS, unconfirmedCutoff } from '../auth/unconfirmed-accounts.ts';
import { confirmationLink, findAccount, lockAddress, type Locale } from '../auth/registration.ts';
import { AppError, notFound } from '../errors.ts';
import { hashPassword } from '../passwords.ts';
import { shortSlug } from '@samenwerven/slug';
import { oneLine, shownOrNull } from '../text.ts';
import { emailAgainstWebsite, likelyDuplicates } from './duplicates.ts';
import { mailApplicationArrived, mailApplicationKnown, mailApplicationReceipt } from './mails.ts';
import { applicationFromRow } from './presenter.ts';
import type { ApplyAgainInput } from './schemas.ts';
import {
  coordinatorRecipients,
  insertApplication,
  insertOrganisation,
  insertUser,
  isApplicantConfirmed,
  lockApplication,
  recordDecision,
  selectApplications,
  selectComparableOrganisations,
  selectUnconfirmedPending,
  setApplicant,
  forgetApplicant,
  lockAccountsOf,
  nobodyConfirmed,
  applicantLinkWorks,
  slugsLike,
  organisationWithSlug,
  updateOrganisation,
} from './queries.ts';
import { applicationDecision, type ApplicationState, type Decision } from './state-machine.ts';
import { allowedTarget, applicationDecided, lockExisting, transition, type MembershipDeps } from './transitions.ts';

export interface ApplicationInput {
  organisation: { name: string; kind: OrganisationKind; municipalityCode: string; website?: string };
  admin: { name: string; email: string; password: string };
}

const baseSlug = (name: string) => shortSlug(name, 80) || 'organisatie';

/**
 * The slug `base` and its numbered variants are given out one transaction at a time: two
 * applications (or admissions) of one name at once took the same one, and one got a 409.
 */
const lockSlugs = (tx: Executor, base: string) => lockForTransaction(tx, `organisation-slug:${base}`);

async function freeSlug(tx: Executor, name: string): Promise<string> {
  const base = baseSlug(name);
  await lockSlugs(tx, base);
  const used = await slugsLike(tx, base);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** States of an organisation that never was a member: its slug has never been public. */
const NEVER_A_MEMBER: readonly string[] = ['applied', 'rejected'];

/**
 * An organisation admitted takes its name's own slug (its page's address, its widget's and its
 * feed's name) from one that holds it without ever having been a member, which gets the next
 * free one: anyone can apply under a real organisation's name without confirming anything, and
 * that slug was the stranger's for good, the real one's `-2` (an attacker's review).
 */
async function claimOwnSlug(
  tx: Executor,
  actorUserId: string,
  organisation: { id: string; name: string; slug: string },
): Promise<void> {
  const own = baseSlug(organisation.name);
  if (organisation.slug === own) return;
  await lockSlugs(tx, own);
  const holder = await organisationWithSlug(tx, own);
  if (holder?.id === organisation.id || (holder && !NEVER_A_MEMBER.includes(holder.state))) return;
  // Free (its holder's name wrote it otherwise before: "ĳ" is "ij" now), or held by one that never was a member.
  if (holder) await moveSlug(tx, actorUserId, holder.id, own, await freeSlug(tx, holder.name));
  await moveSlug(tx, actorUserId, organisation.id, organisation.slug, own);
}

/** An organisation's slug changed, in the audit log: its page, widget and feed addresses went with it. */
async function moveSlug(tx: Executor, actorUserId: string, organisationId: string, before: string, after: string) {
  await updateOrganisation(tx, organisationId, { slug: after });
  await recordAudit(tx, {
    actorUserId,
    organisationId,
    action: 'organisation.slug_changed',
    subjectType: 'organisation',
    subjectId: organisationId,
    before: { slug: before },
    after: { slug: after },
  });
}

/**
 * An organisation applies to join: it, its first admin account (unconfirmed) and the
 * application are created, pending, and the coordinators see it at once and hear of it by
 * mail. The answer is the same whether or not the admin's address already has an account
 * (probe finding 7): a known address gets a mail saying nothing was applied for, a new one
 * the receipt with its confirmation link.
 */
/** The municipality of a code an applicant sent, or a 400 on its field. */
function knownMunicipality(code: string) {
  const municipality = municipalityByCode(code);
  if (!municipality) {
    throw new AppError(400, 'validation_failed', 'error.validation_failed', {
      fields: { 'organisation.municipalityCode': 'error.unknown_municipality' },
    });
  }
  return municipality;
}

export async function applyForMembership(deps: MembershipDeps, input: ApplicationInput, locale: Locale = 'nl') {
  const municipality = knownMunicipality(input.organisation.municipalityCode);
  assertAcceptablePassword(input.admin.password, input.admin.email, 'admin.password');
  // Hashed whether or not it will be used, so both cases take the same time.
  const passwordHash = await hashPassword(input.admin.password);
  const email = input.admin.email.trim();
  await deps.db.transaction(async (tx) => {
    await lockAddress(tx, email);
    const existing = await findAccount(tx, email);
    if (existing) {
      await mailApplicationKnown(tx, deps, existing);
      return;
    }
    const organisation = await insertOrganisation(tx, {
      slug: await freeSlug(tx, input.organisation.name),
      name: oneLine(input.organisation.name),
      kind: input.organisation.kind,
      municipalityCode: input.organisation.municipalityCode,
      website: input.organisation.website ?? null,
      contactName: oneLine(input.admin.name),
      contactEmail: email,
      state: 'applied',
    });
    const admin = await insertUser(tx, {
      email,
      name: oneLine(input.admin.name),
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
    await mailApplicationReceipt(
      tx,
      deps,
      admin.email,
      locale,
      await confirmationLink(tx, deps.publicUrl, admin, locale),
    );
    const duplicates = likelyDuplicates(organisation, await selectComparableOrganisations(tx));
    await mailApplicationArrived(tx, deps, await coordinatorRecipients(tx), {
      organisationId: organisation.id,
      kind: organisation.kind,
      municipalityName: municipality.name,
      duplicates: duplicates.length,
    });
  });
}

/**
 * Every application, pending ones first; a pending one comes with what the coordinator should
 * check before deciding: the organisations it looks like and whether the applicant's e-mail
 * address belongs to its website.
 */
export async function listApplications(db: Database, state?: ApplicationState) {
  const rows = await selectApplications(db, state);
  const pending = rows.some((row) => row.application.state === 'pending');
  const known = pending ? await selectComparableOrganisations(db) : [];
  return rows.map((row) =>
    applicationFromRow(
      row,
      row.application.state === 'pending'
        ? {
            likelyDuplicates: likelyDuplicates(row.organisation, known),
            email: emailAgainstWebsite(row.organisation.contactEmail, row.organisation.website),
            emailConfirmed: row.applicantConfirmed,
          }
        : null,
    ),
  );
}

/**
 * The coordinator decides on an application; the applicant hears it by e-mail (transition()
 * queues it). A rejection needs a reason: the applicant is told why.
 */
export async function decideApplication(
  deps: MembershipDeps,
  actorUserId: string,
  applicationId: string,
  decision: Decision,
  reason: string | null,
) {
  const given = shownOrNull(reason);
  if (decision === 'reject' && !given) {
    throw new AppError(400, 'validation_failed', 'error.validation_failed', {
      fields: { reason: 'error.reject_reason_required' },
    });
  }
  const state = await deps.db.transaction(async (tx) => {
    const application = await lockApplication(tx, applicationId);
    if (!application) throw notFound();
    const decided = applicationDecision(application.state, decision);
    if (!decided.allowed) throw applicationDecided(application.state);
    // Anyone can type any name, website and address: only a confirmed address makes the
    // address-matches-website check mean something, and an admitted member needs an admin who can sign in.
    if (decision === 'approve' && !(await isApplicantConfirmed(tx, application.organisationId))) {
      throw new AppError(409, 'applicant_unconfirmed', 'error.applicant_unconfirmed');
    }
    // Turned down before its address was confirmed: as when it expires so (below), nothing is
    // mailed to an address that may not be the applicant's, and its account and contact details
    // go. They held the address: a stranger's application made it one no member could invite,
    // and after a rejection for good (a review).
    // Read with the accounts locked, before the organisation is: a confirmation under way finishes
    // first (and counts), or waits for the decision.
    if (decision === 'reject') await lockAccountsOf(tx, application.organisationId);
    const unconfirmed = decision === 'reject' && (await nobodyConfirmed(tx, application.organisationId));
    const now = new Date();
    const { before } = await transition(tx, deps, application.organisationId, decision, actorUserId, given, now, {
      quiet: unconfirmed,
    });
    if (decision === 'approve') await claimOwnSlug(tx, actorUserId, before);
    await recordDecision(tx, applicationId, { state: decided.to, reason: given, decidedBy: actorUserId });
    if (unconfirmed) await forgetApplicant(tx, application.organisationId);
    return decided.to;
  });
  return { id: applicationId, state };
}

/**
 * A turned-down organisation's admin applies once more: the organisation is `applied` again with
 * a new pending application, its admins hear it (transition()), and the coordinators are told as
 * of a first application. The organisation is the one already known, so nothing is typed anew;
 * the admin who asks is its applicant now.
 */
export async function applyAgain(
  deps: MembershipDeps,
  actorUserId: string,
  organisationId: string,
  corrections: ApplyAgainInput['organisation'] = {},
) {
  if (corrections.municipalityCode !== undefined) knownMunicipality(corrections.municipalityCode);
  const state = await deps.db.transaction(async (tx) => {
    // Corrected before the transition, which mails the organisation's admins by its name: the
    // name corrected, not the one the rejection asked to correct (a diff review).
    const current = await lockExisting(tx, organisationId);
    allowedTarget(current, 'apply_again');
    const now = await correctApplication(tx, actorUserId, current, corrections);
    const { state } = await transition(tx, deps, organisationId, 'apply_again', actorUserId, null);
    await setApplicant(tx, organisationId, actorUserId);
    const duplicates = likelyDuplicates(now, await selectComparableOrganisations(tx));
    await mailApplicationArrived(tx, deps, await coordinatorRecipients(tx), {
      organisationId,
      kind: now.kind,
      municipalityName: municipalityByCode(now.municipalityCode)?.name ?? now.municipalityCode,
      duplicates: duplicates.length,
    });
    return state;
  });
  return { id: organisationId, state };
}

type ApplyingDetails = Pick<Organisation, 'id' | 'name' | 'kind' | 'municipalityCode' | 'website'>;

/**
 * What a rejection asked to correct (the organisation's full name, its kind, its place, its
 * website), changed as it applies again, with the change in the audit log: the coordinators
 * decide on what it is now. Returns the organisation as it applies.
 */
async function correctApplication<T extends ApplyingDetails>(
  tx: Executor,
  actorUserId: string,
  organisation: T,
  corrections: NonNullable<ApplyAgainInput['organisation']>,
): Promise<T> {
  const wanted: Partial<Pick<Organisation, 'name' | 'kind' | 'municipalityCode' | 'website'>> = {
    ...(corrections.name === undefined ? {} : { name: oneLine(corrections.name) }),
    ...(corrections.kind === undefined ? {} : { kind: corrections.kind }),
    ...(corrections.municipalityCode === undefined ? {} : { municipalityCode: corrections.municipalityCode }),
    ...(corrections.website === undefined ? {} : { website: corrections.website }),
  };
  const changed = Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => organisation[key as keyof typeof wanted] !== value),
  ) as typeof wanted;
  if (Object.keys(changed).length === 0) return organisation;
  await updateOrganisation(tx, organisation.id, changed);
  // The place by its name, as the coordinators know it.
  const inWords = (values: typeof wanted) => {
    const { municipalityCode, ...rest } = values;
    return municipalityCode === undefined
      ? rest
      : { ...rest, municipality: municipalityByCode(municipalityCode)?.name ?? municipalityCode };
  };
  const was = Object.fromEntries(Object.keys(changed).map((key) => [key, organisation[key as keyof typeof wanted]]));
  await recordAudit(tx, {
    actorUserId,
    organisationId: organisation.id,
    action: 'membership.application_corrected',
    subjectType: 'organisation',
    subjectId: organisation.id,
    before: inWords(was as typeof wanted),
    after: inWords(changed),
  });
  return { ...organisation, ...changed };
}

/** Why the portal itself rejected an application (in both languages: coordinators of either read it). */
export const UNCONFIRMED_REJECTION_REASON = `Het e-mailadres van de aanvrager is niet binnen ${UNCONFIRMED_ACCOUNT_DAYS} dagen bevestigd. / The applicant's e-mail address was not confirmed within ${UNCONFIRMED_ACCOUNT_DAYS} days.`;

/**
 * Applications to join whose applicant never confirmed the address within
 * `UNCONFIRMED_ACCOUNT_DAYS` are rejected by the portal (no coordinator: `decidedBy` empty), as
 * a coordinator's rejection would be in the organisation's state and the log. They could never be
 * admitted, and they kept a stranger's typing before the coordinators. No mail: the address was
 * never confirmed (its receipt said what would happen), and it may not be the applicant's. The
 * applicant's unconfirmed account and the organisation's contact details go (`forgetApplicant`).
 * Returns how many.
 */
export async function expireUnconfirmedApplications(deps: MembershipDeps, now = new Date()): Promise<number> {
  const due = await selectUnconfirmedPending(deps.db, unconfirmedCutoff(now));
  let expired = 0;
  for (const { id } of due) {
    const rejected = await deps.db.transaction(async (tx) => {
      const application = await lockApplication(tx, id);
      // Decided, or confirmed, since it was read: nothing to do.
      if (application?.state !== 'pending') return false;
      // The applicant's accounts locked first, then looked at: a confirmation or reset under way
      // (its link still works) finishes before the next try, and none starts meanwhile.
      if (await applicantLinkWorks(tx, application.organisationId)) return false;
      if (await isApplicantConfirmed(tx, application.organisationId)) return false;
      const reason = UNCONFIRMED_REJECTION_REASON;
      await transition(tx, deps, application.organisationId, 'reject', null, reason, now, { quiet: true });
      await recordDecision(tx, id, { state: 'rejected', reason, decidedBy: null });
      await forgetApplicant(tx, application.organisationId);
      return true;
    });
    if (rejected) expired++;
  }
  return expired;
}
