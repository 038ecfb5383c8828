import { describe, expect, it } from 'vitest';
import {
  bulkTransition,
  eventTowards,
  isLive,
  statesAllowing,
  vacancyEvents,
  vacancyStates,
  vacancyTransition,
  type TransitionFacts,
  type VacancyEvent,
  type VacancyState,
} from './state-machine.ts';

type Expected = VacancyState | ((facts: TransitionFacts) => VacancyState);

/** DESIGN.md's vacancy life cycle written out by hand: every event, every state it may start from. */
const expected: Record<VacancyEvent, Partial<Record<VacancyState, Expected>>> = {
  edit: { draft: 'draft', scheduled: 'scheduled', published: 'published', closed: 'closed' },
  publish: {
    draft: (f) => (f.publishDue ? 'published' : 'scheduled'),
    scheduled: (f) => (f.publishDue ? 'published' : 'scheduled'),
  },
  close: { published: 'closed', scheduled: 'closed' },
  reopen: { closed: 'published' },
  unschedule: { scheduled: 'draft' },
  importClosed: { draft: 'closed' },
  publishOnSchedule: { scheduled: 'published' },
  closeByDate: { published: 'closed', scheduled: 'closed' },
  withdraw: { published: 'withdrawn', scheduled: 'withdrawn' },
  reinstate: {
    withdrawn: (f) => (f.withdrawnFrom === 'scheduled' ? 'scheduled' : f.open ? 'published' : 'closed'),
  },
  rejoin: { withdrawn: 'draft' },
};

const factSets: TransitionFacts[] = [true, false].flatMap((publishDue) =>
  [true, false].flatMap((open) =>
    (['published', 'scheduled'] as const).map((withdrawnFrom) => ({ publishDue, open, withdrawnFrom })),
  ),
);

describe('the vacancy state machine', () => {
  it('knows exactly the events of the life cycle', () => {
    expect([...vacancyEvents].sort()).toEqual(Object.keys(expected).sort());
  });

  for (const event of Object.keys(expected) as VacancyEvent[]) {
    for (const state of vacancyStates) {
      const target = expected[event][state];
      if (target === undefined) {
        it(`refuses ${event} from ${state} with the API's invalid_transition`, () => {
          for (const facts of factSets)
            expect(vacancyTransition(state, event, facts)).toEqual({ allowed: false, code: 'invalid_transition' });
        });
      } else {
        it(`allows ${event} from ${state}`, () => {
          for (const facts of factSets) {
            const to = typeof target === 'function' ? target(facts) : target;
            expect(vacancyTransition(state, event, facts), JSON.stringify(facts)).toEqual({ allowed: true, to });
          }
        });
      }
    }
  }

  it('gives SQL the source states and the single target of the time-driven and membership events', () => {
    expect(bulkTransition('publishOnSchedule')).toEqual({ from: ['scheduled'], to: 'published' });
    expect(bulkTransition('closeByDate')).toEqual({ from: ['scheduled', 'published'], to: 'closed' });
    expect(bulkTransition('withdraw')).toEqual({ from: ['scheduled', 'published'], to: 'withdrawn' });
    expect(bulkTransition('rejoin')).toEqual({ from: ['withdrawn'], to: 'draft' });
    expect(() => bulkTransition('publish')).toThrow(/no single fixed target/);
    expect(statesAllowing('edit')).toEqual(['draft', 'scheduled', 'published', 'closed']);
  });

  it('counts scheduled and published vacancies as live', () => {
    expect(vacancyStates.filter(isLive)).toEqual(['scheduled', 'published']);
  });

  it('moves an ATS vacancy towards the state asked for, and leaves it where asking changes nothing', () => {
    const towards = (wanted: 'draft' | 'published' | 'closed' | undefined) =>
      Object.fromEntries(vacancyStates.map((state) => [state, eventTowards(state, wanted) ?? null]));
    expect(towards('published')).toEqual({
      draft: 'publish',
      scheduled: null,
      published: null,
      closed: 'reopen',
      withdrawn: 'publish',
    });
    expect(towards('closed')).toEqual({
      draft: null,
      scheduled: 'close',
      published: 'close',
      closed: null,
      withdrawn: null,
    });
    for (const wanted of ['draft', undefined] as const) {
      expect(Object.keys(towards(wanted))).toHaveLength(5);
      expect(Object.values(towards(wanted)).every((event) => event === null)).toBe(true);
    }
  });
});
