/**
 * The alliance's membership life cycle (DESIGN.md), as tables with no database behind them:
 *
 *   applied ──approve──► active ──leave──► left ──rejoin──► active
 *    │  ▲                  │  ▲  (end)
 * reject apply_again   suspend reinstate
 *    ▼  │                  ▼  │
 *   rejected            suspended ──leave, end──► left
 *
 * `leave` is the member's own choice; `end` is the coordinator ending a membership (a member
 * that no longer meets the alliance's terms): the same road to `left`, said as what it is.
 * `apply_again` is a turned-down organisation's admin applying once more (what was wrong may have
 * changed): a new application, for the coordinator to decide like the first.
 *
 * and the application that starts it: pending ──approve──► approved, pending ──reject──► rejected.
 * The services ask these tables whether a transition is allowed and where it leads.
 */
import type { MembershipState } from '@samenwerven/db';

export const membershipStates = [
  'applied',
  'active',
  'suspended',
  'left',
  'rejected',
] as const satisfies readonly MembershipState[];

const transitions = {
  approve: { applied: 'active' },
  reject: { applied: 'rejected' },
  suspend: { active: 'suspended' },
  reinstate: { suspended: 'active' },
  leave: { active: 'left', suspended: 'left' },
  end: { active: 'left', suspended: 'left' },
  rejoin: { left: 'active' },
  apply_again: { rejected: 'applied' },
} as const satisfies Record<string, Partial<Record<MembershipState, MembershipState>>>;

export type MembershipEvent = keyof typeof transitions;
export const membershipEvents = Object.keys(transitions) as MembershipEvent[];

/** The coordinating body runs the alliance: it can neither leave, be ended nor be suspended. */
const refusedToCoordinatingBody: readonly MembershipEvent[] = ['leave', 'end', 'suspend'];

export type MembershipTransition =
  { allowed: true; to: MembershipState } | { allowed: false; code: 'invalid_transition' | 'coordinating_body' };

/** Whether an organisation may go through `event` now, and the state it leads to. */
export function membershipTransition(
  organisation: { state: MembershipState; isCoordinatingBody: boolean },
  event: MembershipEvent,
): MembershipTransition {
  if (organisation.isCoordinatingBody && refusedToCoordinatingBody.includes(event))
    return { allowed: false, code: 'coordinating_body' };
  const to: MembershipState | undefined = (transitions[event] as Partial<Record<MembershipState, MembershipState>>)[
    organisation.state
  ];
  return to === undefined ? { allowed: false, code: 'invalid_transition' } : { allowed: true, to };
}

/**
 * What an organisation's staff may do in each membership state, besides reading and exporting
 * its own data (always possible, also after leaving: DESIGN.md, invariant 3).
 *
 * - `draft`: write drafts (create, edit, duplicate). Nobody outside the organisation sees them,
 *   so a suspended member, or one that left, may keep preparing vacancies; they go online only
 *   after a reinstatement or a rejoin, by a publication of their own.
 * - `publish`: everything that reaches beyond the organisation: publishing, scheduling and
 *   reopening vacancies, an ATS writing them, inviting colleagues, making API keys, the public
 *   employer profile (a change would go online on reinstatement without a look) and the talent
 *   pool. Only an active member.
 *
 * An organisation that was never admitted (applied, rejected) does neither.
 */
export const membershipActions = ['draft', 'publish'] as const;
export type MembershipAction = (typeof membershipActions)[number];

const allowedActions = {
  applied: [],
  active: ['draft', 'publish'],
  suspended: ['draft'],
  left: ['draft'],
  rejected: [],
} as const satisfies Record<MembershipState, readonly MembershipAction[]>;

/** What staff of an organisation in this membership state may still do (nothing without an organisation). */
export function allowedMembershipActions(state: MembershipState | null): readonly MembershipAction[] {
  return state === null ? [] : allowedActions[state];
}

/** Whether staff of an organisation in this membership state may do `action`. */
export function membershipAllows(state: MembershipState | null, action: MembershipAction): boolean {
  return allowedMembershipActions(state).includes(action);
}

export const applicationStates = ['pending', 'approved', 'rejected'] as const;
export type ApplicationState = (typeof applicationStates)[number];
export type Decision = 'approve' | 'reject';

const decisions = {
  approve: { pending: 'approved' },
  reject: { pending: 'rejected' },
} as const satisfies Record<Decision, Partial<Record<ApplicationState, ApplicationState>>>;

/** Whether an application can still be decided, and the state the decision gives it. */
export function applicationDecision(
  state: ApplicationState,
  decision: Decision,
): { allowed: true; to: ApplicationState } | { allowed: false; code: 'invalid_transition' } {
  const to: ApplicationState | undefined = (decisions[decision] as Partial<Record<ApplicationState, ApplicationState>>)[
    state
  ];
  return to === undefined ? { allowed: false, code: 'invalid_transition' } : { allowed: true, to };
}
