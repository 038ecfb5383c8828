import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { AttemptThrottle } from './throttle.ts';

const setup = (options: { maxPerAddress?: number; maxPerSubject?: number; capacity?: number } = {}) => {
  let now = 1_000_000;
  const throttle = new AttemptThrottle({
    windowMs: 900_000,
    maxPerAddress: options.maxPerAddress ?? 100,
    maxPerSubject: options.maxPerSubject ?? 3,
    capacity: options.capacity,
    now: () => now,
  });
  return { throttle, advance: (ms: number) => (now += ms) };
};

const refusal = (fn: () => unknown): AppError | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  return undefined;
};

describe('AttemptThrottle', () => {
  it('counts an attempt as it starts, so a parallel burst cannot slip past the limit', () => {
    const { throttle } = setup();
    // Three guesses under way at once, none settled yet: the fourth is refused.
    for (let i = 0; i < 3; i++) throttle.begin('10.0.0.1', 'account:a');
    expect(refusal(() => throttle.begin('10.0.0.1', 'account:a'))?.statusCode).toBe(429);
  });

  it('keeps subjects and addresses apart', () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) throttle.begin('10.0.0.1', 'account:a');
    expect(refusal(() => throttle.begin('10.0.0.2', 'account:a'))).toBeUndefined();
    expect(refusal(() => throttle.begin('10.0.0.1', 'account:b'))).toBeUndefined();
  });

  it('does not count a success and forgets the failures before it', () => {
    const { throttle } = setup();
    for (let i = 0; i < 2; i++) throttle.begin('10.0.0.1', 'account:a');
    throttle.begin('10.0.0.1', 'account:a').succeeded();
    for (let i = 0; i < 3; i++) throttle.begin('10.0.0.1', 'account:a');
    expect(refusal(() => throttle.begin('10.0.0.1', 'account:a'))).toBeDefined();
  });

  it('says how long to wait: what is left of the window', () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 3; i++) throttle.begin('10.0.0.1', 'account:a');
    advance(300_500);
    const error = refusal(() => throttle.begin('10.0.0.1', 'account:a'));
    expect(error?.extra.retryAfterSeconds).toBe(600);
    advance(600_000);
    expect(refusal(() => throttle.begin('10.0.0.1', 'account:a'))).toBeUndefined();
  });

  it('limits all subjects of one address together', () => {
    const { throttle } = setup({ maxPerAddress: 5 });
    for (let i = 0; i < 5; i++) throttle.begin('10.0.0.1', `account:${i}`);
    expect(refusal(() => throttle.begin('10.0.0.1', 'account:new'))).toBeDefined();
    expect(refusal(() => throttle.begin('10.0.0.1'))).toBeDefined();
  });

  it('keeps at most `capacity` counters', () => {
    const { throttle } = setup({ capacity: 4, maxPerAddress: 1 });
    throttle.begin('10.0.0.1');
    for (let i = 2; i < 6; i++) throttle.begin(`10.0.0.${i}`);
    // The oldest counter made room for the newer ones.
    expect(refusal(() => throttle.begin('10.0.0.1'))).toBeUndefined();
  });
});
