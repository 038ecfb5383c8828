/**
 * E-mail alerts (issue 15), with a real in-process SMTP server and a controlled clock: an alert
 * made without an account sends nothing until confirmed; a new matching vacancy is mailed once
 * (instant, at most one mail an hour) or in the next daily digest; a non-matching one is not; the
 * same vacancy is never mailed twice — with two workers at once, across a restart, and when the
 * process dies half-way through sending; the one-click unsubscribe ends it without signing in; a
 * vacancy closed since it matched is not sent; the address's owner manages its alerts by the key
 * in the mail; alerts are in the export and go with the erasure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { unzipSync, strFromU8 } from 'fflate';
import { alertMatches, organisations, searchAlerts, vacancies, type Organisation } from '@samenwerven/db';
import { latestSevenAm, matchAlerts, runAlerts, sendDueAlerts, tidyAlerts } from '@samenwerven/server';
import { createSearchClient } from '@samenwerven/search';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, createVacancy, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';
import { startMailCatcher, type MailCatcher, type ReceivedMail } from '../support/mail.ts';
import { ALERT_SIGN_UPS_PER_HOUR } from '../../server/src/alerts/routes.ts';

let ctx: TestContext;
let mail: MailCatcher;
let organisation: Organisation;
let ip = 0;
const HOUR = 3_600_000;

const deps = () => ({
  db: ctx.db,
  search: { client: ctx.search, indexName: ctx.indexName },
  publicUrl: ctx.config.publicUrl,
  secret: ctx.config.JWT_SECRET,
  log: { warn: () => undefined },
});

const makeAlert = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/alerts', payload: body, headers, remoteAddress: `10.60.0.${++ip}` });

/** A published vacancy, searchable, published at `at` (now by default). */
async function publish(title: string, at = new Date(), extra: Parameters<typeof createVacancy>[1] = {}) {
  const vacancy = await createVacancy(ctx.db, { organisation, title, publishedAt: at, ...extra });
  await ctx.sync();
  return vacancy;
}

/** The alert mails that reached `to` so far. */
const alertMailsTo = (to: string) =>
  mail.messages.filter((m) => m.to === to.toLowerCase() && /nieuwe|new/.test(m.subject));

/** Sends the outbox and gives the mail time to arrive. */
async function deliver() {
  await ctx.deliverMail();
  await new Promise((r) => setTimeout(r, 200));
}

async function confirmedGuestAlert(email: string, query: string, frequency = 'instant') {
  expect((await makeAlert({ email, query, frequency, lang: 'nl' })).statusCode).toBe(202);
  await deliver();
  const confirmation: ReceivedMail = await mail.waitFor(email);
  const token = /#token=([\w.-]+)/.exec(confirmation.text)?.[1];
  expect(token, confirmation.text).toBeDefined();
  const confirmed = await ctx.app.inject({ method: 'POST', url: '/api/v1/alerts/confirm', payload: { token } });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  return confirmed.json().id as string;
}

beforeAll(async () => {
  mail = await startMailCatcher();
  ctx = await createTestContext({ env: { SMTP_URL: mail.url } });
  await ctx.mailWorker.stop();
  organisation = await createOrganisation(ctx.db);
});
afterAll(async () => {
  await ctx?.close();
  await mail?.close();
});

describe('the confirmation asked of an address', () => {
  it('carries nothing the asker wrote: anyone may ask it for any address', async () => {
    const email = 'doelwit@example.org';
    const bait = 'URGENT: uw DigiD is geblokkeerd, log in op https://evil.example/digid';
    expect((await makeAlert({ email, query: 'q=beleid', frequency: 'daily', name: bait })).statusCode).toBe(202);
    await deliver();
    const confirmation = await mail.waitFor(email);
    expect(confirmation.subject).toBe('Bevestig je e-mailalert op Samenwerven');
    expect(confirmation.text).not.toContain('evil.example');
    expect(confirmation.text).not.toContain('DigiD');
    expect(confirmation.text).toContain('#token=');
  });

  it('takes its language as `lang`, or as `locale` as the shared contract names it', async () => {
    const email = 'engels@example.org';
    const made = await makeAlert({ email, query: 'q=ecoloog', frequency: 'daily', locale: 'en' });
    expect(made.statusCode, made.body).toBe(202);
    await deliver();
    expect((await mail.waitFor(email)).subject).toBe('Confirm your e-mail alert on Samenwerven');
    const { rows } = await ctx.pool.query(`SELECT lang FROM search_alerts WHERE email = $1`, [email]);
    expect(rows).toEqual([{ lang: 'en' }]);
    const wrong = await makeAlert({ email, query: 'q=ecoloog', frequency: 'daily', locale: 'de' });
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(wrong.json().error.fields)).toEqual(['locale']);
  });
});

describe('an alert made with an address', () => {
  const email = 'alert-gast@example.org';
  let alertId = '';

  it('sends nothing before it is confirmed, then only what matches, once', async () => {
    expect((await makeAlert({ email, query: 'q=archeoloog&page=3', frequency: 'instant' })).json()).toEqual({
      status: 'confirmation_sent',
    });
    // Published before the alert is confirmed (two seconds: the index keeps seconds, and one
    // published in the very second of the confirmation counts as new).
    await publish('Archeoloog bodemonderzoek', new Date(Date.now() - 2000));
    expect((await runAlerts(deps(), new Date(Date.now() + 60_000))).mails).toBe(0);

    await deliver();
    const confirmation = await mail.waitFor(email);
    expect(confirmation.subject).toContain('Bevestig');
    const token = /#token=([\w.-]+)/.exec(confirmation.text)![1];
    // The link's page first shows what would be switched on (a stranger may have asked for it),
    // without switching it on and without the key to the address's alerts.
    const preview = () => ctx.app.inject({ method: 'POST', url: '/api/v1/alerts/confirm/preview', payload: { token } });
    const shown = await preview();
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ query: 'q=archeoloog', name: 'archeoloog', confirmed: false });
    expect(shown.json().manageKey).toBeUndefined();
    await publish('Archeoloog na de blik', new Date(Date.now() - 1000));
    expect((await runAlerts(deps(), new Date(Date.now() + 60_000))).mails).toBe(0);
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/alerts/confirm/preview',
      payload: { token: `${token}x` },
    });
    expect(wrong.statusCode).toBe(400);

    const confirmed = await ctx.app.inject({ method: 'POST', url: '/api/v1/alerts/confirm', payload: { token } });
    expect(confirmed.statusCode).toBe(200);
    expect((await preview()).json().confirmed).toBe(true);
    alertId = confirmed.json().id;
    expect(confirmed.json()).toMatchObject({ query: 'q=archeoloog', frequency: 'instant', name: 'archeoloog' });
    // A guest has no account page: the answer carries the key to the address's alerts.
    const managed = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/alerts/manage',
      headers: { 'x-alert-key': confirmed.json().manageKey },
    });
    expect(managed.statusCode).toBe(200);
    expect(managed.json()).toMatchObject({ email, items: [expect.objectContaining({ id: alertId })] });
    // Published before the confirmation: not new to the alert.
    expect((await runAlerts(deps(), new Date(Date.now() + 60_000))).mails).toBe(0);

    await new Promise((r) => setTimeout(r, 5));
    await publish('Archeoloog erfgoed');
    await publish('Boekhouder');
    expect((await runAlerts(deps(), new Date(Date.now() + 60_000))).mails).toBe(1);
    await deliver();
    const [sent] = alertMailsTo(email);
    expect(sent!.subject).toBe('1 nieuwe vacature voor "archeoloog"');
    expect(sent!.text).toContain('Archeoloog erfgoed');
    expect(sent!.text).not.toContain('Boekhouder');
    expect(sent!.text).not.toContain('bodemonderzoek');
    expect(sent!.html).toContain('Archeoloog erfgoed');
    expect(sent!.headers['list-unsubscribe']).toMatch(/^<https?:\/\/\S+\/api\/v1\/alerts\/unsubscribe\?token=\S+>$/);
    expect(sent!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    // Nothing new, and within the hour: nothing sent (that the same vacancy is not sent again the
    // next hour, the next test's mail shows: it holds only its own two).
    expect((await runAlerts(deps(), new Date(Date.now() + 2 * 60_000))).mails).toBe(0);
  });

  it('bundles instant matches: at most one mail an hour', async () => {
    const before = alertMailsTo(email).length;
    await publish('Archeoloog maritiem');
    expect((await runAlerts(deps(), new Date(Date.now() + 10 * 60_000))).mails).toBe(0);
    await publish('Archeoloog stedelijk');
    expect((await runAlerts(deps(), new Date(Date.now() + HOUR + 60_000))).mails).toBe(1);
    await deliver();
    const latest = alertMailsTo(email).slice(before);
    expect(latest).toHaveLength(1);
    expect(latest[0]!.subject).toBe('2 nieuwe vacatures voor "archeoloog"');
    expect(latest[0]!.text).not.toContain('Archeoloog erfgoed');
  });

  it('does not send a vacancy that closed, or whose member left, after it matched', async () => {
    const vacancy = await publish('Archeoloog gesloten');
    const leaving = await createOrganisation(ctx.db);
    const ofLeaver = await publish('Archeoloog vertrekkend lid', new Date(), { organisation: leaving });
    const stillOpen = await publish('Archeoloog nog open');
    const before = alertMailsTo(email).length;
    expect((await matchAlerts(deps(), new Date(Date.now() + 60_000))).matched).toBe(3);
    await ctx.db.update(vacancies).set({ state: 'closed', closedAt: new Date() }).where(eq(vacancies.id, vacancy.id));
    await ctx.db.update(organisations).set({ state: 'left' }).where(eq(organisations.id, leaving.id));
    // One mail, of the vacancy still open alone; the other two matches are done with, not kept for later.
    expect(await sendDueAlerts(deps(), new Date(Date.now() + 3 * HOUR))).toBe(1);
    await deliver();
    const latest = alertMailsTo(email).slice(before);
    expect(latest.map((m) => m.subject)).toEqual(['1 nieuwe vacature voor "archeoloog"']);
    expect(latest[0]!.text).toContain('Archeoloog nog open');
    for (const id of [vacancy.id, ofLeaver.id, stillOpen.id]) {
      const [match] = await ctx.db.select().from(alertMatches).where(eq(alertMatches.vacancyId, id));
      expect(match, id).toBeDefined();
      expect(match!.mailedAt).toBeInstanceOf(Date);
    }
  });

  it('says of a sound link whose alert was stopped since that it was stopped, not that the link is broken', async () => {
    const address = 'gestopt@example.nl';
    expect((await makeAlert({ email: address, query: 'q=jurist', frequency: 'daily', lang: 'nl' })).statusCode).toBe(
      202,
    );
    await deliver();
    const token = /#token=([\w.-]+)/.exec((await mail.waitFor(address)).text)![1];
    const send = (path: string) =>
      ctx.app.inject({ method: 'POST', url: `/api/v1/alerts/${path}`, payload: { token } });
    const confirmed = await send('confirm');
    expect(confirmed.statusCode).toBe(200);
    await ctx.db.delete(searchAlerts).where(eq(searchAlerts.id, confirmed.json().id));
    for (const path of ['confirm/preview', 'confirm']) {
      const stopped = await send(path);
      expect([stopped.statusCode, stopped.json().error], path).toEqual([
        410,
        expect.objectContaining({
          code: 'alert_stopped',
          message: 'Deze e-mailalert is gestopt. Maak zo nodig een nieuwe aan vanaf de zoekpagina.',
        }),
      ]);
    }
  });

  it('is managed through the key in the mail, and ended by the one-click unsubscribe without signing in', async () => {
    const [sent] = alertMailsTo(email);
    const key = /mijn-alerts#sleutel=([\w.-]+)/.exec(sent!.text)![1]!;
    const list = await ctx.app.inject({ method: 'GET', url: '/api/v1/alerts/manage', headers: { 'x-alert-key': key } });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([alertId]);
    const changed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/alerts/manage/${alertId}`,
      payload: { frequency: 'weekly' },
      headers: { 'x-alert-key': key },
    });
    expect(changed.json().frequency).toBe('weekly');
    // Someone with alerts and nothing else gets their data with the same key (AVG articles 15/20).
    const exported = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/alerts/manage/export',
      headers: { 'x-alert-key': key },
    });
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(
      /^attachment; filename="samenwerven-mijn-alerts-[\d-]+\.zip"$/,
    );
    const inEnglish = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/alerts/manage/export',
      headers: { 'x-alert-key': key, 'accept-language': 'en' },
    });
    expect(inEnglish.headers['content-disposition']).toMatch(
      /^attachment; filename="samenwerven-my-alerts-[\d-]+\.zip"$/,
    );
    expect(exported.headers['cache-control']).toBe('no-store');
    const zipped = unzipSync(new Uint8Array(exported.rawPayload));
    expect(Object.keys(zipped).sort()).toEqual(['alert-matches.json', 'alerts.json']);
    expect(JSON.parse(strFromU8(zipped['alerts.json']!))).toEqual([
      expect.objectContaining({ email, frequency: 'weekly', query: expect.stringContaining('archeoloog') }),
    ]);
    const matched = JSON.parse(strFromU8(zipped['alert-matches.json']!)) as { vacancy: string; mailedAt: string }[];
    expect(matched.map((match) => match.vacancy)).toContain('Archeoloog stedelijk');
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/alerts/manage/export' })).statusCode,
      'without the key',
    ).toBe(401);
    const forged = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/alerts/manage',
      headers: { 'x-alert-key': `${key}x` },
    });
    expect(forged.statusCode).toBe(401);

    const oneClick = sent!.headers['list-unsubscribe']!.slice(1, -1);
    // Opened in a browser (a mail program without one-click): the page that ends the alert.
    const opened = await ctx.app.inject({
      url: new URL(oneClick).pathname + new URL(oneClick).search,
      headers: { accept: 'text/html' },
    });
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toMatch(/^\/(en\/alert\/unsubscribe|alert\/afmelden)\?token=[^&]+$/);
    // RFC 8058 §3.1: the mail program SHOULD post multipart/form-data.
    const unsubscribe = await ctx.app.inject({
      method: 'POST',
      url: new URL(oneClick).pathname + new URL(oneClick).search,
      payload: '--grens\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--grens--\r\n',
      headers: { 'content-type': 'multipart/form-data; boundary=grens' },
    });
    expect(unsubscribe.statusCode, unsubscribe.body).toBe(200);
    expect(await ctx.db.select().from(searchAlerts).where(eq(searchAlerts.id, alertId))).toEqual([]);
    // Again, url-encoded as many mail programs send it: still fine.
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: new URL(oneClick).pathname + new URL(oneClick).search,
          payload: 'List-Unsubscribe=One-Click',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
      ).statusCode,
    ).toBe(200);
    // Sent as plain text or JSON by a client of its own: the body is not read, so not refused.
    for (const type of ['text/plain', 'application/json']) {
      const sent = await ctx.app.inject({
        method: 'POST',
        url: new URL(oneClick).pathname + new URL(oneClick).search,
        payload: type === 'text/plain' ? 'List-Unsubscribe=One-Click' : '{}',
        headers: { 'content-type': type },
      });
      expect(sent.statusCode, `${type}: ${sent.body}`).toBe(200);
    }
  });
});

describe('never the same vacancy twice', () => {
  it('with two workers at once', async () => {
    const email = 'twee-werkers@example.org';
    await confirmedGuestAlert(email, 'q=waterbouwkundige');
    await new Promise((r) => setTimeout(r, 5));
    await publish('Waterbouwkundige dijken');
    const at = new Date(Date.now() + 60_000);
    await matchAlerts(deps(), at);
    const [first, second] = await Promise.all([sendDueAlerts(deps(), at), sendDueAlerts(deps(), at)]);
    expect(first + second).toBe(1);
    await deliver();
    expect(alertMailsTo(email)).toHaveLength(1);
  });

  it('when the process dies half-way through sending, and across a restart', async () => {
    const email = 'herstart@example.org';
    await confirmedGuestAlert(email, 'q=geohydroloog');
    await new Promise((r) => setTimeout(r, 5));
    await publish('Geohydroloog grondwater');
    const at = new Date(Date.now() + 60_000);
    await matchAlerts(deps(), at);
    // The mail cannot be queued: the transaction that marks the matches mailed fails with it.
    await ctx.pool.query(`CREATE FUNCTION refuse_alert_mail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.kind = 'alert_matches' THEN RAISE EXCEPTION 'process died'; END IF; RETURN NEW; END $$`);
    await ctx.pool.query(
      'CREATE TRIGGER refuse_alert_mail BEFORE INSERT ON mail_outbox FOR EACH ROW EXECUTE FUNCTION refuse_alert_mail()',
    );
    await expect(sendDueAlerts(deps(), at)).rejects.toThrow();
    await ctx.pool.query('DROP TRIGGER refuse_alert_mail ON mail_outbox; DROP FUNCTION refuse_alert_mail()');
    const { rows } = await ctx.pool.query(
      `SELECT count(*)::int AS n FROM alert_matches m JOIN search_alerts a ON a.id = m.alert_id
        WHERE a.email = $1 AND m.mailed_at IS NULL`,
      [email],
    );
    expect(rows[0].n).toBe(1);

    await ctx.restart();
    expect(await sendDueAlerts(deps(), at)).toBe(1);
    expect(await sendDueAlerts(deps(), new Date(at.getTime() + 2 * HOUR))).toBe(0);
    await deliver();
    expect(alertMailsTo(email)).toHaveLength(1);
  });
});

describe('matching', () => {
  it('answers from the database when the search engine cannot be reached', async () => {
    const email = 'zonder-zoekmachine@example.org';
    await confirmedGuestAlert(email, 'q=dijkgraaf');
    await new Promise((r) => setTimeout(r, 5));
    await publish('Dijkgraaf waterschap');
    const unreachable = {
      ...deps(),
      search: { client: createSearchClient('http://127.0.0.1:9', 'x'), indexName: 'none' },
    };
    const result = await matchAlerts(unreachable, new Date(Date.now() + 60_000));
    expect(result.matched).toBeGreaterThanOrEqual(1);
    const { rows } = await ctx.pool.query(
      `SELECT v.title FROM alert_matches m JOIN search_alerts a ON a.id = m.alert_id JOIN vacancies v ON v.id = m.vacancy_id
        WHERE a.email = $1`,
      [email],
    );
    expect(rows.map((r) => r.title)).toEqual(['Dijkgraaf waterschap']);
    // Sent now, so later tests count only their own mails.
    expect(await sendDueAlerts(deps(), new Date(Date.now() + 3 * HOUR))).toBe(1);
  });

  it('runs a search once for all alerts made from it, each getting only what is new to it', async () => {
    const early = 'zelfde-zoekopdracht-1@example.org';
    const late = 'zelfde-zoekopdracht-2@example.org';
    await confirmedGuestAlert(early, 'q=kustbeheerder');
    await new Promise((r) => setTimeout(r, 5));
    await publish('Kustbeheerder duinen', new Date(Date.now() - 1));
    await new Promise((r) => setTimeout(r, 2000));
    await confirmedGuestAlert(late, 'q=kustbeheerder');
    await new Promise((r) => setTimeout(r, 5));
    await publish('Kustbeheerder stranden');
    const result = await matchAlerts(deps(), new Date(Date.now() + 60_000));
    // Two alerts, one search; three new pairs: both vacancies for the first, the later one for the second.
    expect(result.alerts).toBeGreaterThanOrEqual(2);
    expect(result.searches).toBeLessThan(result.alerts);
    const titles = async (email: string) =>
      (
        await ctx.pool.query(
          `SELECT v.title FROM alert_matches m JOIN search_alerts a ON a.id = m.alert_id
             JOIN vacancies v ON v.id = m.vacancy_id WHERE a.email = $1 ORDER BY v.title`,
          [email],
        )
      ).rows.map((r) => r.title);
    expect(await titles(early)).toEqual(['Kustbeheerder duinen', 'Kustbeheerder stranden']);
    expect(await titles(late)).toEqual(['Kustbeheerder stranden']);
    expect(await sendDueAlerts(deps(), new Date(Date.now() + 3 * HOUR))).toBe(2);
  });

  it('does nothing when nothing was published since the last run', async () => {
    const watermark = { until: new Date(Date.now() + 10 * 60_000) };
    expect(await matchAlerts(deps(), new Date(Date.now() + 11 * 60_000), watermark)).toEqual({
      alerts: 0,
      searches: 0,
      matched: 0,
    });
  });
});

describe('the nightly clean-up', () => {
  it('deletes unconfirmed alerts after a week and ends alerts whose mail keeps bouncing', async () => {
    const bouncing = 'kapot-adres@example.org';
    await confirmedGuestAlert(bouncing, 'q=bouncer');
    await ctx.pool.query(
      `INSERT INTO mail_outbox (message_id, kind, recipient, subject, body, state)
       SELECT '<bounce-' || g || '@test>', 'alert_matches', $1, 's', 'b', 'failed' FROM generate_series(1, 3) g`,
      [bouncing],
    );
    expect(
      (await makeAlert({ email: 'nooit-bevestigd@example.org', query: 'q=x', frequency: 'daily' })).statusCode,
    ).toBe(202);
    const count = async (email: string) =>
      (await ctx.pool.query('SELECT count(*)::int AS n FROM search_alerts WHERE email = $1', [email])).rows[0].n;
    await tidyAlerts(deps(), new Date());
    expect(await count(bouncing)).toBe(0);
    expect(await count('nooit-bevestigd@example.org')).toBe(1);
    await tidyAlerts(deps(), new Date(Date.now() + 8 * 24 * HOUR));
    expect(await count('nooit-bevestigd@example.org')).toBe(0);
  });
});

describe('an alert with no sign of life for half a year', () => {
  it('asks whether to keep it; kept with the link, or ended politely a month later', async () => {
    const kept = 'houdt-hem@example.org';
    const forgotten = 'vergeten@example.org';
    await confirmedGuestAlert(kept, 'q=sluiswachter');
    await confirmedGuestAlert(forgotten, 'q=brugwachter');
    const halfYear = new Date(Date.now() + 183 * 24 * HOUR);
    // Not quiet yet: nothing asked.
    await tidyAlerts(deps(), new Date(Date.now() + 100 * 24 * HOUR));
    await deliver();
    expect(mail.messages.filter((m) => /houden\?/.test(m.subject))).toHaveLength(0);

    await tidyAlerts(deps(), halfYear);
    await deliver();
    const question = await mail.waitFor(kept);
    expect(question.subject).toBe('Wil je de alert "sluiswachter" houden?');
    expect(question.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect((await mail.waitFor(forgotten)).subject).toContain('houden?');
    // Asked once only.
    await tidyAlerts(deps(), new Date(halfYear.getTime() + HOUR));
    await deliver();
    expect(mail.messages.filter((m) => m.to === kept && m.subject.includes('houden?'))).toHaveLength(1);

    const token = /alert\/houden#token=([\w.-]+)/.exec(question.text)?.[1];
    expect(token, question.text).toBeDefined();
    const keep = await ctx.app.inject({ method: 'POST', url: '/api/v1/alerts/keep', payload: { token } });
    expect(keep.statusCode, keep.body).toBe(200);
    expect(keep.json()).toMatchObject({ name: 'sluiswachter' });
    const forged = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/alerts/keep',
      payload: { token: `${token}x` },
    });
    expect(forged.statusCode).toBe(400);

    await tidyAlerts(deps(), new Date(halfYear.getTime() + 31 * 24 * HOUR));
    await deliver();
    const count = async (email: string) =>
      (await ctx.pool.query('SELECT count(*)::int AS n FROM search_alerts WHERE email = $1', [email])).rows[0].n;
    expect(await count(kept)).toBe(1);
    expect(await count(forgotten)).toBe(0);
    const ended = await mail.waitFor(forgotten);
    expect(ended.text).toContain('Maak de alert opnieuw');
    expect(ended.text).toMatch(/\/\?q=brugwachter/);
  });
});

describe('a daily alert', () => {
  it('collects the day’s matches into the next 07:00 mail', async () => {
    const email = 'dagelijks@example.org';
    await confirmedGuestAlert(email, 'q=ecoloog', 'daily');
    await new Promise((r) => setTimeout(r, 5));
    await publish('Ecoloog natuurbeheer');
    await matchAlerts(deps(), new Date());
    // As if it was confirmed at 10:00 (Amsterdam) the day before the latest 07:00.
    const seven = latestSevenAm(new Date());
    const confirmedAt = new Date(seven.getTime() - 21 * HOUR);
    await ctx.db.update(searchAlerts).set({ confirmedAt }).where(eq(searchAlerts.email, email));
    // Not before the next 07:00 after its confirmation; then once.
    expect(await sendDueAlerts(deps(), new Date(confirmedAt.getTime() + 2 * HOUR))).toBe(0);
    expect(await sendDueAlerts(deps(), new Date(seven.getTime() + 60_000))).toBe(1);
    expect(await sendDueAlerts(deps(), new Date(seven.getTime() + HOUR))).toBe(0);
  });
});

describe('an account’s saved searches', () => {
  let seeker: { email: string; session: Session };

  beforeAll(async () => {
    const user = await createUser(ctx.db, { role: 'job_seeker' });
    seeker = { email: user.email, session: await signIn(ctx.app, user.email, TEST_PASSWORD) };
  });

  it('are active at once for the account’s own address, listed with their new matches, and changed', async () => {
    const made = await makeAlert(
      { email: seeker.email, query: 'q=landmeter&radiusKm=25&near=GM0855', frequency: 'daily', name: 'Landmeten' },
      seeker.session.bearer,
    );
    expect(made.statusCode, made.body).toBe(201);
    await new Promise((r) => setTimeout(r, 5));
    await publish('Landmeter kadaster');
    await matchAlerts(deps(), new Date());
    const list = await ctx.app.inject({ method: 'GET', url: '/api/v1/me/alerts', headers: seeker.session.bearer });
    expect(list.json().items).toEqual([
      expect.objectContaining({ name: 'Landmeten', frequency: 'daily', newMatches: 1 }),
    ]);
    const id = list.json().items[0].id;
    await ctx.app.inject({ method: 'POST', url: `/api/v1/me/alerts/${id}/visit`, headers: seeker.session.bearer });
    const after = await ctx.app.inject({ method: 'GET', url: '/api/v1/me/alerts', headers: seeker.session.bearer });
    expect(after.json().items[0].newMatches).toBe(0);
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/me/alerts/${id}`,
      payload: { frequency: 'instant' },
      headers: seeker.session.bearer,
    });
    expect(patched.json().frequency).toBe('instant');
    // A name is one line: its mails quote it (lines of its own in the name were lines in the mail).
    const renamed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/me/alerts/${id}`,
      payload: { name: 'Land\r\nmeten' },
      headers: seeker.session.bearer,
    });
    expect(renamed.json().name).toBe('Land meten');
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/me/alerts/${id}`,
      payload: { name: 'Landmeten' },
      headers: seeker.session.bearer,
    });
  });

  it('are in the export and go with the erasure', async () => {
    const exported = await ctx.app.inject({ method: 'GET', url: '/api/v1/me/export', headers: seeker.session.bearer });
    const alerts = JSON.parse(strFromU8(unzipSync(new Uint8Array(exported.rawPayload))['alerts.json']!));
    expect(alerts).toEqual([expect.objectContaining({ name: 'Landmeten' })]);
    expect(
      (
        await ctx.app.inject({
          method: 'DELETE',
          url: '/api/v1/me',
          payload: { password: TEST_PASSWORD },
          headers: seeker.session.bearer,
        })
      ).statusCode,
    ).toBe(204);
    const { rows } = await ctx.pool.query(
      'SELECT count(*)::int AS n FROM search_alerts WHERE lower(email) = lower($1)',
      [seeker.email],
    );
    expect(rows[0].n).toBe(0);
  });
});

describe('saved searches as API.md names them (/me/saved-searches)', () => {
  let seeker: { email: string; session: Session };
  let other: Session;
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, session = seeker.session) =>
    ctx.app.inject({
      method,
      url: `/api/v1/me/saved-searches${url}`,
      headers: session.bearer,
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    const user = await createUser(ctx.db, { role: 'job_seeker' });
    seeker = { email: user.email, session: await signIn(ctx.app, user.email, TEST_PASSWORD) };
    const someoneElse = await createUser(ctx.db, { role: 'job_seeker' });
    other = await signIn(ctx.app, someoneElse.email, TEST_PASSWORD);
  });

  it('are made, listed, changed and deleted; `none` keeps one without ever mailing it', async () => {
    const made = await call('POST', '', { query: 'q=archivaris', frequency: 'none', name: 'Archief' });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ name: 'Archief', query: 'q=archivaris', frequency: 'none', newMatches: 0 });
    const id = made.json().id as string;

    await new Promise((r) => setTimeout(r, 5));
    await publish('Archivaris gemeentearchief');
    expect((await runAlerts(deps(), new Date(Date.now() + HOUR + 60_000))).mails).toBe(0);
    await deliver();
    expect(mail.messages.filter((m) => m.to === seeker.email.toLowerCase())).toEqual([]);
    const listed = await call('GET', '');
    expect(listed.json().items).toEqual([expect.objectContaining({ id, frequency: 'none', newMatches: 1 })]);

    const changed = await call('PATCH', `/${id}`, { query: 'q=archivaris&category=ict', frequency: 'weekly' });
    expect(changed.statusCode, changed.body).toBe(200);
    // Kept as the search page's address has it (its parameters in one order).
    expect(changed.json()).toMatchObject({ id, query: 'category=ict&q=archivaris', frequency: 'weekly' });
    const wrong = await call('PATCH', `/${id}`, { query: 'q=archivaris&near=Atlantis' });
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(wrong.json().error.fields)).toEqual(['query']);

    expect((await call('PATCH', `/${id}`, { frequency: 'none' }, other)).statusCode).toBe(404);
    expect((await call('DELETE', `/${id}`, undefined, other)).statusCode).toBe(404);
    expect((await call('DELETE', `/${id}`)).statusCode).toBe(204);
    expect((await call('GET', '')).json().items).toEqual([]);
  });

  it('are for a signed-in job seeker only, and an alert made with an address must mail', async () => {
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/v1/me/saved-searches' });
    expect(anonymous.statusCode).toBe(401);
    const bad = await call('POST', '', { query: 'q=jurist', frequency: 'monthly' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['frequency']);
    const guest = await makeAlert({ email: 'geen-mail@example.nl', query: 'q=jurist', frequency: 'none', lang: 'nl' });
    expect(guest.statusCode).toBe(400);
  });
});

describe('signing up', () => {
  it('answers the same whether or not the address has an account, and names a wrong filter', async () => {
    const known = await createUser(ctx.db, { role: 'job_seeker' });
    const forKnown = await makeAlert({ email: known.email, query: 'q=jurist', frequency: 'weekly' });
    const forUnknown = await makeAlert({ email: 'niemand-bekend@example.org', query: 'q=jurist', frequency: 'weekly' });
    expect([forKnown.statusCode, forKnown.body]).toEqual([forUnknown.statusCode, forUnknown.body]);
    const wrong = await makeAlert(
      { email: 'x@example.org', query: 'hoursMin=99', frequency: 'daily' },
      { 'accept-language': 'en' },
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.query).toContain('hoursMin');
    // Checked as the search's own address is: no infinite number, no text the database cannot store.
    for (const [query, field] of [
      ['salaryMin=Infinity', 'salaryMin'],
      ['q=%00', 'q'],
      // A place the search does not know: an alert that would never find anything.
      ['near=Nergenshuizen', 'near: Deze plaats of postcode kennen we niet.'],
    ]) {
      const refused = await makeAlert({ email: 'x@example.org', query, frequency: 'daily' });
      expect(refused.statusCode, query).toBe(400);
      expect(refused.json().error.fields.query, query).toContain(field);
    }
    const bot = await makeAlert({
      email: 'bot@example.org',
      query: 'q=x',
      frequency: 'daily',
      website: 'http://spam.example',
    });
    expect(bot.statusCode).toBe(400);
    expect(bot.json().error.fields).toBeUndefined();
  });

  it('is limited per network address, to as many as a job centre’s workshop signs up', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= ALERT_SIGN_UPS_PER_HOUR; i++)
      statuses.push(
        (
          await ctx.app.inject({
            method: 'POST',
            url: '/api/v1/alerts',
            payload: { email: `veel-${i}@example.org`, query: 'q=x', frequency: 'daily' },
            remoteAddress: '10.61.0.1',
          })
        ).statusCode,
      );
    expect(statuses.slice(0, ALERT_SIGN_UPS_PER_HOUR).every((s) => s === 202)).toBe(true);
    expect(statuses[ALERT_SIGN_UPS_PER_HOUR]).toBe(429);
    expect(ALERT_SIGN_UPS_PER_HOUR).toBe(50);
  });

  it('shows the coordinator counts without addresses', async () => {
    const office = await createOrganisation(ctx.db, { isCoordinatingBody: true, kind: 'joint_arrangement' });
    const coordinator = await signIn(
      ctx.app,
      (await createUser(ctx.db, { role: 'coordinator', organisation: office })).email,
      TEST_PASSWORD,
    );
    const figures = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/coordination/alerts',
      headers: coordinator.bearer,
    });
    expect(figures.statusCode).toBe(200);
    expect(figures.json().active).toBeGreaterThan(0);
    expect(JSON.stringify(figures.json())).not.toContain('@');
  });
});
