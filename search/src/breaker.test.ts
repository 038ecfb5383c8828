import { describe, expect, it } from 'vitest';
import { SearchEngineBreaker } from './breaker.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('SearchEngineBreaker', () => {
  it('opens at once on a refused connection, and closes (telling listeners) on the first good probe', async () => {
    let healthy = false;
    const breaker = new SearchEngineBreaker(async () => healthy, 10);
    let recovered = 0;
    breaker.onRecovered(() => recovered++);
    breaker.failure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    expect(breaker.status()).toMatchObject({ state: 'open', trips: 1, lastError: 'connect ECONNREFUSED' });
    await settle();
    expect(breaker.isOpen).toBe(true);
    healthy = true;
    await settle();
    expect(breaker.status()).toMatchObject({ state: 'closed', openSince: null, trips: 1 });
    expect(recovered).toBe(1);
  });

  it('on a timeout opens only when the engine does not answer a probe either (busy is not hung)', async () => {
    const busy = new SearchEngineBreaker(async () => true, 10);
    busy.failure(new Error('Headers Timeout Error'), { certain: false });
    await settle();
    expect(busy.status()).toMatchObject({ state: 'closed', trips: 0 });

    const hung = new SearchEngineBreaker(async () => false, 10_000);
    hung.failure(new Error('Headers Timeout Error'), { certain: false });
    hung.failure(new Error('Headers Timeout Error'), { certain: false });
    await settle();
    expect(hung.status()).toMatchObject({ state: 'open', trips: 1 });
  });

  it('a success while open closes it', () => {
    const breaker = new SearchEngineBreaker(async () => false, 10_000);
    breaker.failure(new Error('gone'));
    breaker.success();
    expect(breaker.isOpen).toBe(false);
  });
});
