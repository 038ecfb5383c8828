/**
 * Scheduling what a committed change made due never fails the request: the minute sweep
 * applies the change all the same.
 */
import { describe, expect, it } from 'vitest';
import type { JobQueue } from '../jobs/queue.ts';
import { scheduleDueChange } from './time-driven.ts';

describe('scheduleDueChange', () => {
  const vacancy = {
    id: 'v1',
    state: 'scheduled' as const,
    publishAt: new Date('2027-01-04T08:00:00Z'),
    publicFrom: null,
  };

  it('asks the queue for the due moment', async () => {
    const asked: [string, Date][] = [];
    const jobs: JobQueue = { scheduleDueCheck: async (key, at) => void asked.push([key, at]), stop: async () => {} };
    await scheduleDueChange(jobs, vacancy);
    expect(asked).toEqual([['vacancy:v1', vacancy.publishAt]]);
  });

  it('does not fail when the queue cannot take it (the database gone after the commit)', async () => {
    const jobs: JobQueue = {
      scheduleDueCheck: () => Promise.reject(new Error('Connection terminated unexpectedly')),
      stop: async () => {},
    };
    await expect(scheduleDueChange(jobs, vacancy)).resolves.toBeUndefined();
  });
});
