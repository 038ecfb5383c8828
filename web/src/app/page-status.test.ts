import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { failure } from '../lib/form-result.ts';
import { answerOf } from './page-status.ts';

describe('the status of a rendered page', () => {
  it('is the router’s, unless a loader was told to wait (429, 503): then that, with the wait', () => {
    expect(answerOf({ statusCode: 404, errors: null, actionData: null })).toEqual({ status: 404 });
    const tooMany = new ApiError(429, 'rate_limited', 'Wacht 40 seconden.', {}, 40);
    expect(answerOf({ statusCode: 500, errors: { search: tooMany }, actionData: null })).toEqual({
      status: 429,
      retryAfter: 40,
    });
    const away = new ApiError(503, 'unavailable', 'Even niet.');
    expect(answerOf({ statusCode: 500, errors: { search: away }, actionData: null })).toEqual({ status: 503 });
    expect(answerOf({ statusCode: 500, errors: { search: new Error('stuk') }, actionData: null })).toEqual({
      status: 500,
    });
  });

  it('is a 4xx for a form sent without scripts and refused: the API’s status, else 400 for the page’s own checks', () => {
    const own = failure('Controleer de velden.', { email: 'Vul je e-mailadres in.' });
    expect(answerOf({ statusCode: 200, errors: null, actionData: { vacancy: { ...own, values: {} } } })).toEqual({
      status: 400,
    });
    const closed = failure('Deze vacature is gesloten.', {}, new ApiError(409, 'vacancy_closed', 'Gesloten.'));
    expect(answerOf({ statusCode: 200, errors: null, actionData: { vacancy: closed } })).toEqual({ status: 409 });
    const tooMany = failure('Wacht even.', {}, new ApiError(429, 'rate_limited', 'Wacht.', {}, 60));
    expect(answerOf({ statusCode: 200, errors: null, actionData: { join: tooMany } })).toEqual({
      status: 429,
      retryAfter: 60,
    });
    const unreachable = failure('Geen verbinding.', {}, new ApiError(0, 'network', 'Geen verbinding.'));
    expect(answerOf({ statusCode: 200, errors: null, actionData: { join: unreachable } })).toEqual({ status: 503 });
    expect(answerOf({ statusCode: 200, errors: null, actionData: { join: { ok: true } } })).toEqual({ status: 200 });
  });
});
