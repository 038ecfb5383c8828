/**
 * The vacancy life cycle (DESIGN.md), as one table with no database behind it:
 *
 *   draft ──publish──► published ──close / closing date passed──► closed ──reopen──► published
 *     │  └─schedule──► scheduled ──(publish date)──┘                withdrawn (leave/suspension)
 *     └◄──unschedule──────┘
 *
 * Every service that changes a vacancy's state asks this table whether the change is
 * allowed and what the new state is, also the time-driven SQL and the membership
 * withdrawals (they read the states an event starts from).
 */

export const vacancyStates = ['draft', 'scheduled', 'published', 'closed', 'withdrawn'] as const;
export type VacancyState = (typeof vacancyStates)[number];

/** What a target may depend on besides the state: read from the vacancy at the moment of the event. */
export interface TransitionFacts {
  /** Its publication moment has come (none set counts as now). */
  publishDue: boolean;
  /** Its closing date has not passed (in the Netherlands). */
  open: boolean;
  /** The state it was in before a suspension or leave withdrew it. */
  withdrawnFrom: VacancyState | null;
}

type Target = VacancyState | ((facts: TransitionFacts) => VacancyState);

/** On the portal, or due to be: the states that leaving or a suspension takes away. */
export const live = ['published', 'scheduled'] as const satisfies readonly VacancyState[];

const publishOrSchedule: Target = (facts) => (facts.publishDue ? 'published' : 'scheduled');

/** Back as it was before a suspension; a live vacancy whose closing date passed meanwhile is closed. */
const asBeforeSuspension: Target = ({ withdrawnFrom, open }) =>
  withdrawnFrom === 'scheduled' ? 'scheduled' : open ? 'published' : 'closed';

const fromEach = (states: readonly VacancyState[], target: Target) =>
  Object.fromEntries(states.map((state) => [state, target])) as Partial<Record<VacancyState, Target>>;

const transitions = {
  /** HR edits the content; the state stays. */
  edit: { draft: 'draft', scheduled: 'scheduled', published: 'published', closed: 'closed' },
  publish: fromEach(['draft', 'scheduled'], publishOrSchedule),
  close: fromEach(live, 'closed'),
  reopen: { closed: 'published' },
  /** HR takes a scheduled vacancy back before it goes online: a draft again, its moment kept for next time. */
  unschedule: { scheduled: 'draft' },
  /** An ATS may bring in a vacancy that is already closed (its history): straight from the new draft. */
  importClosed: { draft: 'closed' },
  /** Time: the publication moment of a scheduled vacancy came. */
  publishOnSchedule: { scheduled: 'published' },
  /** Time: the closing date passed. */
  closeByDate: fromEach(live, 'closed'),
  /** The organisation was suspended or left. */
  withdraw: fromEach(live, 'withdrawn'),
  /** The organisation was reinstated after a suspension. */
  reinstate: { withdrawn: asBeforeSuspension },
  /** The organisation rejoined after leaving: back as drafts, for the member to check first. */
  rejoin: { withdrawn: 'draft' },
} satisfies Record<string, Partial<Record<VacancyState, Target>>>;

export type VacancyEvent = keyof typeof transitions;
export const vacancyEvents = Object.keys(transitions) as VacancyEvent[];

export type TransitionResult = { allowed: true; to: VacancyState } | { allowed: false; code: 'invalid_transition' };

const noFacts: TransitionFacts = { publishDue: true, open: true, withdrawnFrom: null };

/** Whether `event` may happen in `state`, and the state it leads to. */
export function vacancyTransition(
  state: VacancyState,
  event: VacancyEvent,
  facts: Partial<TransitionFacts> = {},
): TransitionResult {
  const target: Target | undefined = (transitions[event] as Partial<Record<VacancyState, Target>>)[state];
  if (target === undefined) return { allowed: false, code: 'invalid_transition' };
  const to = typeof target === 'function' ? target({ ...noFacts, ...facts }) : target;
  return { allowed: true, to };
}

/** The states `event` may start from (for SQL that applies it to many vacancies at once). */
export function statesAllowing(event: VacancyEvent): VacancyState[] {
  return vacancyStates.filter((state) => state in transitions[event]);
}

/**
 * For SQL that applies an event to many vacancies at once: the states it starts from and the
 * one state they all lead to. Only for events whose target depends on nothing but the table.
 */
export function bulkTransition(event: VacancyEvent): { from: VacancyState[]; to: VacancyState } {
  const targets = new Set<Target>(Object.values(transitions[event]));
  const [to] = targets;
  if (targets.size !== 1 || typeof to !== 'string') throw new Error(`${event} has no single fixed target`);
  return { from: statesAllowing(event), to };
}

/** Is the vacancy on the portal, or due to be? Such a vacancy must stay publishable. */
export const isLive = (state: VacancyState): boolean => (live as readonly VacancyState[]).includes(state);

/**
 * The event that brings a vacancy towards the state an ATS asks for, if any. A vacancy the
 * ATS wants published that is live already stays as it is; one it wants closed that is a
 * draft stays a draft; `draft` asks for nothing.
 */
export function eventTowards(
  state: VacancyState,
  wanted: 'draft' | 'published' | 'closed' | undefined,
): VacancyEvent | undefined {
  if (wanted === 'published' && !isLive(state)) return state === 'closed' ? 'reopen' : 'publish';
  if (wanted === 'closed' && isLive(state)) return 'close';
  return undefined;
}
