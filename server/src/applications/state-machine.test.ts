import { describe, expect, it } from 'vitest';
import { applicationStatuses, canMove, type ApplicationStatus } from './state-machine.ts';

/** Every allowed move, written out; everything else must be refused. */
const allowed = new Set([
  'received→in_review',
  'received→rejected',
  'in_review→invited',
  'in_review→rejected',
  'invited→hired',
  'invited→rejected',
]);

describe('application state machine', () => {
  for (const from of applicationStatuses) {
    for (const to of applicationStatuses) {
      const move = `${from}→${to}`;
      it(`${allowed.has(move) ? 'allows' : 'refuses'} ${move}`, () => {
        expect(canMove(from as ApplicationStatus, to as ApplicationStatus)).toBe(allowed.has(move));
      });
    }
  }
});
