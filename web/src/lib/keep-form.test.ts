import { describe, expect, it } from 'vitest';
import type { ShouldRevalidateFunctionArgs } from 'react-router';
import { keepFormWhenRefused, keepFormWhenSessionEnded, SESSION_ENDED } from './keep-form.ts';

const after = (actionResult: unknown) =>
  ({ actionResult, defaultShouldRevalidate: true }) as unknown as ShouldRevalidateFunctionArgs;

describe('keepFormWhenSessionEnded', () => {
  it('keeps the page after a session ended or a server that could not take the write', () => {
    for (const code of [SESSION_ENDED, 'service_unavailable', 'network_error']) {
      expect(keepFormWhenSessionEnded(after({ ok: false, code })), code).toBe(false);
    }
  });

  it('reads the page again after anything else, as the router would', () => {
    expect(keepFormWhenSessionEnded(after({ ok: true }))).toBe(true);
    expect(keepFormWhenSessionEnded(after({ ok: false, code: 'stale_version' }))).toBe(true);
    expect(keepFormWhenSessionEnded(after(undefined))).toBe(true);
  });
});

describe('keepFormWhenRefused', () => {
  it('keeps the page after any refusal', () => {
    expect(keepFormWhenRefused(after({ ok: false, code: 'service_unavailable' }))).toBe(false);
    expect(keepFormWhenRefused(after({ ok: true }))).toBe(true);
  });
});
