import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONFIG_KEYS, ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('starts a developer with defaults that need no setup', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      SEED_DEMO: true,
      publicUrl: 'http://localhost:3000',
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names every wrong value at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT');
    expect(problems).toContain('DATABASE_URL');
    expect(problems).toContain('LOG_LEVEL');
  });

  it('refuses to run production on the development JWT secret or a short one', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    // Nor on links to localhost: every mailed link names the portal's address.
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(/PUBLIC_URL/);
    // Mailed links carry secrets: plain http only for this machine.
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(() => loadConfig({ ...production, PUBLIC_URL: 'http://werken.example' })).toThrow(/https/);
    expect(loadConfig({ ...production, PUBLIC_URL: 'http://localhost:3000' }).publicUrl).toBe('http://localhost:3000');
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://werken.example',
    });
    expect(config.isProduction).toBe(true);
  });

  it('accepts the development JWT secret only in development or test on a loopback address', () => {
    for (const HOST of ['127.0.0.1', '::1', 'localhost']) {
      expect(loadConfig({ HOST }).JWT_SECRET).toBeTruthy();
      expect(loadConfig({ NODE_ENV: 'test', HOST }).JWT_SECRET).toBeTruthy();
    }
    for (const HOST of ['0.0.0.0', '::', '192.168.1.20', 'portal.example']) {
      expect(() => loadConfig({ HOST })).toThrow(ConfigError);
      expect(() => loadConfig({ NODE_ENV: 'test', HOST })).toThrow(/JWT_SECRET.*HOST|HOST.*JWT_SECRET/);
      expect(loadConfig({ HOST, JWT_SECRET: 'z'.repeat(40) }).HOST).toBe(HOST);
    }
  });

  it('limits every address the same, 600 requests a minute unless set otherwise', () => {
    expect(loadConfig({}).RATE_LIMIT_PER_MINUTE).toBe(600);
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '5000' }).RATE_LIMIT_PER_MINUTE).toBe(5000);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });

  it('never seeds demo accounts in production', () => {
    expect(
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: 'y'.repeat(40),
        PUBLIC_URL: 'https://werken.example',
        SEED_DEMO: 'true',
      }).SEED_DEMO,
    ).toBe(false);
  });

  it('wants a bucket with any other S3 setting, and a key pair whole', () => {
    expect(loadConfig({ S3_BUCKET: 'sollicitaties' })).toMatchObject({
      S3_BUCKET: 'sollicitaties',
      S3_REGION: 'us-east-1',
    });
    const problemsOf = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return '';
      } catch (error) {
        return (error as ConfigError).problems.join('\n');
      }
    };
    expect(problemsOf({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toContain('S3_BUCKET');
    expect(problemsOf({ S3_BUCKET: 'sollicitaties', S3_ACCESS_KEY_ID: 'minio' })).toContain('S3_SECRET_ACCESS_KEY');
    expect(problemsOf({ S3_BUCKET: 'Not A Bucket' })).toContain('S3_BUCKET');
  });

  it('knows how to reach the alliance office from the start, and takes a real one from ALLIANCE_*', () => {
    expect(loadConfig({}).allianceContact).toEqual({
      name: 'Alliantiebureau Samenwerven',
      email: 'alliantiebureau@samenwerven.example',
      phone: '013 000 00 00',
      address: 'Voorbeeldstraat 1, 5000 AA Tilburg',
    });
    const own = loadConfig({
      ALLIANCE_NAME: 'Regiobureau Hart van Brabant',
      ALLIANCE_EMAIL: 'info@regiobureau.example',
      ALLIANCE_PHONE: '+31 13 123 45 67',
      ALLIANCE_ADDRESS: 'Postbus 1, 5000 AA Tilburg',
    });
    expect(own.allianceContact).toEqual({
      name: 'Regiobureau Hart van Brabant',
      email: 'info@regiobureau.example',
      phone: '+31 13 123 45 67',
      address: 'Postbus 1, 5000 AA Tilburg',
    });
    expect(() => loadConfig({ ALLIANCE_EMAIL: 'geen adres' })).toThrow(/ALLIANCE_EMAIL/);
  });
});

describe('docker-compose.yml', () => {
  it("hands the app every setting but the demo's: one set in an .env file is never dropped without a word", () => {
    const compose = readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8');
    const app = compose.slice(compose.indexOf('\n  app:'));
    const environment = app.slice(app.indexOf('environment:'), app.indexOf('\n    volumes:'));
    const passed = new Set([...environment.matchAll(/^ {6}([A-Z][A-Z0-9_]*):/gm)].map((match) => match[1]!));
    const demoOnly = ['SEED_DEMO', 'DEMO_VACANCIES'];
    expect(CONFIG_KEYS.filter((key) => !passed.has(key) && !demoOnly.includes(key))).toEqual([]);
    expect([...passed].filter((key) => !CONFIG_KEYS.includes(key))).toEqual([]);
  });
});
