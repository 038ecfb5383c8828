import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { answerOf } from './page-status.ts';

describe('the status of a rendered page', () => {
  it('is the router’s, unless a loader was told to wait (429, 503): then that, with the wait', () => {
    expect(answerOf({ statusCode: 404, errors: null })).toEqual({ status: 404 });
    const tooMany = new ApiError(429, 'rate_limited', 'Wacht 40 seconden.', {}, 40);
    expect(answerOf({ statusCode: 500, errors: { search: tooMany } })).toEqual({ status: 429, retryAfter: 40 });
    const away = new ApiError(503, 'unavailable', 'Even niet.');
    expect(answerOf({ statusCode: 500, errors: { search: away } })).toEqual({ status: 503 });
    expect(answerOf({ statusCode: 500, errors: { search: new Error('stuk') } })).toEqual({ status: 500 });
  });
});
