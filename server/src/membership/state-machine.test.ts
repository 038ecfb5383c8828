import { describe, expect, it } from 'vitest';
import type { MembershipState } from '@samenwerven/db';
import {
  allowedMembershipActions,
  applicationDecision,
  applicationStates,
  membershipActions,
  membershipAllows,
  membershipEvents,
  membershipStates,
  membershipTransition,
  type ApplicationState,
  type Decision,
  type MembershipAction,
  type MembershipEvent,
} from './state-machine.ts';

/** DESIGN.md's membership life cycle written out by hand: every event, every state it may start from. */
const expected: Record<MembershipEvent, Partial<Record<MembershipState, MembershipState>>> = {
  approve: { applied: 'active' },
  reject: { applied: 'rejected' },
  suspend: { active: 'suspended' },
  reinstate: { suspended: 'active' },
  leave: { active: 'left', suspended: 'left' },
  // The coordinator ends a membership: the same road as leaving.
  end: { active: 'left', suspended: 'left' },
  rejoin: { left: 'active' },
  // A turned-down organisation's admin applies once more.
  apply_again: { rejected: 'applied' },
};

describe('the membership state machine', () => {
  it('knows exactly the events of the life cycle and every state', () => {
    expect([...membershipEvents].sort()).toEqual(Object.keys(expected).sort());
    expect([...membershipStates].sort()).toEqual(['active', 'applied', 'left', 'rejected', 'suspended']);
  });

  for (const event of Object.keys(expected) as MembershipEvent[]) {
    for (const state of membershipStates) {
      const to = expected[event][state];
      it(
        to
          ? `allows ${event} from ${state} to ${to} for a member`
          : `refuses ${event} from ${state} with invalid_transition`,
        () => {
          expect(membershipTransition({ state, isCoordinatingBody: false }, event)).toEqual(
            to ? { allowed: true, to } : { allowed: false, code: 'invalid_transition' },
          );
        },
      );
      const refusedToOffice = event === 'leave' || event === 'end' || event === 'suspend';
      it(`${refusedToOffice ? 'refuses' : 'treats like any member'} ${event} from ${state} for the coordinating body`, () => {
        expect(membershipTransition({ state, isCoordinatingBody: true }, event)).toEqual(
          refusedToOffice
            ? { allowed: false, code: 'coordinating_body' }
            : to
              ? { allowed: true, to }
              : { allowed: false, code: 'invalid_transition' },
        );
      });
    }
  }
});

describe('the application state machine', () => {
  const decided: Record<Decision, Partial<Record<ApplicationState, ApplicationState>>> = {
    approve: { pending: 'approved' },
    reject: { pending: 'rejected' },
  };
  for (const decision of ['approve', 'reject'] as const) {
    for (const state of applicationStates) {
      const to = decided[decision][state];
      it(to ? `${decision}s a ${state} application` : `refuses to ${decision} an application already ${state}`, () => {
        expect(applicationDecision(state, decision)).toEqual(
          to ? { allowed: true, to } : { allowed: false, code: 'invalid_transition' },
        );
      });
    }
  }
});

describe('what each membership state allows', () => {
  const expected: Record<MembershipState, MembershipAction[]> = {
    applied: [],
    active: ['draft', 'publish'],
    suspended: ['draft'],
    left: ['draft'],
    rejected: [],
  };
  for (const state of membershipStates) {
    it(`lets staff of a member that is ${state} do: ${expected[state].join(', ') || 'nothing but read'}`, () => {
      expect(allowedMembershipActions(state)).toEqual(expected[state]);
      for (const action of membershipActions)
        expect(membershipAllows(state, action)).toBe(expected[state].includes(action));
    });
  }
  it('allows nothing without an organisation', () => {
    expect(allowedMembershipActions(null)).toEqual([]);
  });
});
