import { describe, expect, it } from 'vitest';
import { membershipMessages } from '../../i18n/membership-messages.ts';
import { ACTION_GROUPS } from './audit-log-route.ts';

/** Every action the server writes into the audit log (grep recordAudit and `action:` in server/src). */
const WRITTEN_ACTIONS = [
  ...['approve', 'reject', 'suspend', 'reinstate', 'leave', 'end', 'rejoin', 'apply_again'].map(
    (event) => `membership.${event}`,
  ),
  'membership.applied',
  'membership.application_corrected',
  'membership.cost_weight_changed',
  'membership.leave_scheduled',
  'membership.leave_cancelled',
  'user.invited',
  'user.invitation_refused',
  'user.invitation_accepted',
  'user.removed',
  'user.role_changed',
  'user.erased',
  'api_key.created',
  'api_key.revoked',
  'auth.password_changed',
  'auth.password_reset',
  'auth.sign_in_failed',
  'auth.email_confirmed',
  'auth.refresh_token_reused',
  'organisation.profile_updated',
  'organisation.slug_changed',
  'organisation.logo_uploaded',
  'organisation.logo_removed',
  'search.reindexed',
  'search.synonyms_added',
  'search.synonyms_removed',
  'search.synonyms_switched_off',
  'search.synonyms_switched_on',
  'application.status_changed',
  'application.file_downloaded',
  'guest.erased',
  'applications.purged',
  'accounts.unconfirmed_purged',
  'budget.set',
];

describe('the audit log’s filter and names', () => {
  it('offers a kind of action for every action written, named in Dutch and English (a coordinator’s walk)', () => {
    for (const action of WRITTEN_ACTIONS) {
      expect(
        ACTION_GROUPS.some((prefix) => action.startsWith(prefix)),
        action,
      ).toBe(true);
      for (const lang of ['nl', 'en'] as const) {
        expect(membershipMessages[lang].auditLog.actions[action], `${lang}: ${action}`).toBeTruthy();
      }
    }
    for (const prefix of ACTION_GROUPS)
      for (const lang of ['nl', 'en'] as const)
        expect(membershipMessages[lang].auditLog.actionGroups[prefix], `${lang}: ${prefix}`).toBeTruthy();
  });
});
