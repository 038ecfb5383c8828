/**
 * Throttling slows an attacker down without locking the real user out: failed sign-ins
 * count per account and address, failures of any kind per address, and a success does
 * not count. Every 429 says how long to wait, and Retry-After says the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createUser, TEST_PASSWORD } from '../support/factories.ts';
import { linkIn, startMailCatcher, type MailCatcher } from '../support/mail.ts';

const WINDOW_SECONDS = 2;
const PER_ACCOUNT = 5;
const PER_ADDRESS = 12;
let ctx: TestContext;
let mail: MailCatcher;
beforeAll(async () => {
  mail = await startMailCatcher();
  ctx = await createTestContext({
    env: {
      SMTP_URL: mail.url,
      LOGIN_MAX_PER_ACCOUNT: String(PER_ACCOUNT),
      LOGIN_MAX_PER_ADDRESS: String(PER_ADDRESS),
      LOGIN_WINDOW_SECONDS: String(WINDOW_SECONDS),
    },
  });
});
afterAll(async () => {
  await ctx.close();
  await mail.close();
});

// Each test uses addresses of its own, so their counters never meet.
let lastOctet = 0;
const newAddress = () => `10.0.${Math.floor(++lastOctet / 250)}.${lastOctet % 250}`;

const post = (url: string, payload: object, address: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, remoteAddress: address, headers });
const login = (email: string, password: string, address: string, headers: Record<string, string> = {}) =>
  post('/auth/login', { email, password }, address, headers);
const waitForWindow = () => new Promise((resolve) => setTimeout(resolve, WINDOW_SECONDS * 1000 + 200));

describe('brute force on one account', () => {
  it('answers 429 after a handful of wrong passwords from one address, and the right one works after the window', async () => {
    const user = await createUser(ctx.db);
    const attacker = newAddress();
    const statuses = [];
    for (let i = 0; i < PER_ACCOUNT + 3; i++)
      statuses.push((await login(user.email, `gok nummer ${i}`, attacker)).statusCode);
    expect(statuses).toEqual([...Array<number>(PER_ACCOUNT).fill(401), 429, 429, 429]);

    // Even the right password is not checked from there until the window has passed.
    const blocked = await login(user.email, TEST_PASSWORD, attacker);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    await waitForWindow();
    expect((await login(user.email, TEST_PASSWORD, attacker)).statusCode).toBe(200);
  });

  it("counts wrong passwords at an address's confirmation as failed tries of its link: it cannot be used to guess", async () => {
    const email = 'raadt-het-wachtwoord@example.nl';
    await post('/auth/register', { email, password: 'het echte wachtwoord 1', name: 'Echt' }, newAddress());
    const { token } = linkIn(await mail.waitFor(email), '/registratie-bevestigen');
    const guesser = newAddress();
    const statuses = [];
    for (let i = 0; i < PER_ACCOUNT + 2; i++)
      statuses.push((await post('/auth/register/confirm', { token, password: `gok ${i}` }, guesser)).statusCode);
    expect(statuses).toEqual([...Array<number>(PER_ACCOUNT).fill(400), 429, 429]);
    await waitForWindow();
    // The link still works with the right password.
    expect(
      (await post('/auth/register/confirm', { token, password: 'het echte wachtwoord 1' }, guesser)).statusCode,
    ).toBe(200);
  });

  it('does not lock the real user out when the wrong passwords come from another address', async () => {
    const victim = await createUser(ctx.db, { role: 'coordinator' });
    const attacker = newAddress();
    for (let i = 0; i < PER_ACCOUNT + 3; i++) await login(victim.email, `gok nummer ${i}`, attacker);
    expect((await login(victim.email, 'nog een gok', attacker)).statusCode).toBe(429);

    expect((await login(victim.email, TEST_PASSWORD, newAddress())).statusCode).toBe(200);
  });

  it('does not count successful sign-ins, and a success forgets the earlier failures', async () => {
    const user = await createUser(ctx.db);
    const office = newAddress();
    for (let i = 0; i < PER_ACCOUNT + 2; i++)
      expect((await login(user.email, TEST_PASSWORD, office)).statusCode).toBe(200);
    for (const round of [1, 2]) {
      for (let i = 0; i < PER_ACCOUNT - 1; i++) {
        expect((await login(user.email, `typfout ${round}.${i}`, office)).statusCode).toBe(401);
      }
      expect((await login(user.email, TEST_PASSWORD, office)).statusCode).toBe(200);
    }
  });

  it('tells how long to wait, in Dutch and English, the same as Retry-After', async () => {
    const user = await createUser(ctx.db);
    const attacker = newAddress();
    for (let i = 0; i < PER_ACCOUNT; i++) await login(user.email, `gok nummer ${i}`, attacker);
    const nl = await login(user.email, 'nog een gok', attacker);
    const en = await login(user.email, 'nog een gok', attacker, { 'accept-language': 'en' });
    const seconds = Number(nl.headers['retry-after']);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(nl.json().error.message).toMatch(new RegExp(`over ${seconds} seconde`));
    expect(nl.json().error.message).not.toContain('minuut');
    expect(en.json().error.message).toMatch(new RegExp(`in ${Number(en.headers['retry-after'])} second`));
  });
});

describe('many accounts from one address', () => {
  it('limits all failures of one address together, without touching other addresses', async () => {
    const attacker = newAddress();
    const statuses = [];
    for (let i = 0; i < PER_ADDRESS + 2; i++) {
      statuses.push((await login(`slachtoffer${i}@example.nl`, 'wachtwoord-gok', attacker)).statusCode);
    }
    expect(statuses).toEqual([...Array<number>(PER_ADDRESS).fill(401), 429, 429]);
    const user = await createUser(ctx.db);
    expect((await login(user.email, TEST_PASSWORD, newAddress())).statusCode).toBe(200);
  });
});

describe('links from e-mail', () => {
  it('lets a real user reset the password while someone else sends bogus reset and invitation tokens', async () => {
    const attacker = newAddress();
    const statuses = [];
    for (let i = 0; i < PER_ADDRESS + 2; i++) {
      const url = i % 2 ? '/auth/invitations/accept' : '/auth/password-reset/confirm';
      statuses.push(
        (await post(url, { token: `verzonnen-token-${i}`, password: 'zomer aan zee 2026' }, attacker)).statusCode,
      );
    }
    expect(statuses.slice(0, PER_ADDRESS).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(PER_ADDRESS)).toEqual([429, 429]);

    const user = await createUser(ctx.db);
    const home = newAddress();
    expect((await post('/auth/password-reset', { email: user.email }, home)).statusCode).toBe(202);
    const { token } = linkIn(await mail.waitFor(user.email), '/wachtwoord-herstellen');
    expect(
      (await post('/auth/password-reset/confirm', { token, password: 'zomer aan zee 2026' }, home)).statusCode,
    ).toBe(204);
  });

  it('does not let requests for one address block that user asking for a link from elsewhere', async () => {
    const user = await createUser(ctx.db);
    const attacker = newAddress();
    const statuses = [];
    for (let i = 0; i < PER_ACCOUNT + 2; i++) {
      statuses.push((await post('/auth/password-reset', { email: user.email }, attacker)).statusCode);
    }
    expect(statuses.slice(PER_ACCOUNT)).toEqual([429, 429]);
    expect((await post('/auth/password-reset', { email: user.email }, newAddress())).statusCode).toBe(202);
  });
});

describe('behind a proxy (TRUST_PROXY=true)', () => {
  it('counts the address the proxy saw, not one the client wrote into X-Forwarded-For before it', async () => {
    const proxied = await createTestContext({
      env: { TRUST_PROXY: 'true', LOGIN_MAX_PER_ACCOUNT: String(PER_ACCOUNT) },
    });
    try {
      const user = await createUser(proxied.db);
      // A proxy adds the address it saw to the header the client sent: the client chose the rest.
      const statuses = [];
      for (let i = 0; i < PER_ACCOUNT + 2; i++) {
        const response = await proxied.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: user.email, password: `gok nummer ${i}` },
          remoteAddress: '10.9.9.9',
          headers: { 'x-forwarded-for': `203.0.113.${i}, 198.51.100.7` },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([...Array<number>(PER_ACCOUNT).fill(401), 429, 429]);
    } finally {
      await proxied.close();
    }
  });
});
