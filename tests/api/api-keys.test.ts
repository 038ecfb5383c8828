/**
 * An ATS integration with an organisation API key, as an integrator uses it: the key alone
 * does every vacancy operation of its own organisation (list, read, create, upsert, edit,
 * publish, close, reopen, duplicate, bulk, history), within the scopes it was given (read,
 * write, publish), never on another organisation's vacancies; `GET /me` says which key it is
 * and the organisation's id; the history and the audit log name the key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '@samenwerven/db';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, createVacancy, isoDate, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';

let ctx: TestContext;
let organisation: Organisation;
let other: Organisation;
let admin: Session;

type Scope = 'read' | 'write' | 'publish';
interface MadeKey {
  id: string;
  name: string;
  prefix: string;
  scopes: Scope[];
  key: string;
  headers: { authorization: string };
}

async function makeKey(name: string, scopes?: Scope[], as = admin, orgId = organisation.id): Promise<MadeKey> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${orgId}/api-keys`,
    payload: scopes ? { name, scopes } : { name },
    headers: as.bearer,
  });
  expect(response.statusCode, response.body).toBe(201);
  const made = response.json();
  return { ...made, headers: { authorization: `Bearer ${made.key}` } };
}

beforeAll(async () => {
  ctx = await createTestContext();
  organisation = await createOrganisation(ctx.db, { name: 'Gemeente Sleutelstad' });
  other = await createOrganisation(ctx.db);
  admin = await signIn(ctx.app, (await createUser(ctx.db, { role: 'org_admin', organisation })).email, TEST_PASSWORD);
});
afterAll(() => ctx.close());

const inDays = (days: number) => isoDate(new Date(Date.now() + days * 86_400_000));
const body = (overrides: Record<string, unknown> = {}) => ({
  title: 'Adviseur informatievoorziening',
  category: 'ict',
  educationLevel: 'hbo',
  employmentType: 'permanent',
  hoursMin: 32,
  hoursMax: 36,
  municipalityCode: 'GM0855',
  closingDate: inDays(30),
  ...overrides,
});
const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) => ctx.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });

describe('an API key with every scope', () => {
  it('does every vacancy operation of its own organisation, and the history names it', async () => {
    const ats = await makeKey('ATS Sleutelstad');
    expect(ats.scopes).toEqual(['read', 'write', 'publish']);
    const key = ats.headers;

    // Upsert and publish in one request, as an ATS does.
    const upsert = await call(
      'PUT',
      `/organisations/${organisation.id}/vacancies/by-external-id/ATS-1`,
      key,
      body({ state: 'published' }),
    );
    expect(upsert.statusCode, upsert.body).toBe(201);
    expect(upsert.json()).toMatchObject({ created: true, state: 'published' });
    const id: string = upsert.json().id;
    // The body may repeat the address's external id, not name another vacancy's.
    const same = `/organisations/${organisation.id}/vacancies/by-external-id/ATS-1`;
    expect((await call('PUT', same, key, body({ state: 'published', externalId: 'ATS-1' }))).statusCode).toBe(200);
    const other = await call('PUT', same, key, body({ state: 'published', externalId: 'ATS-2' }));
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields).toEqual({
      externalId: 'Dit kenmerk verschilt van dat in het adres (ATS-1). Laat het weg of geef hetzelfde.',
    });

    // The organisation's list, any state.
    const list = await call('GET', `/organisations/${organisation.id}/vacancies`, key);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((v: { id: string }) => v.id)).toContain(id);

    // Close, reopen, close again: the life cycle by the key alone.
    const closed = await call('POST', `/vacancies/${id}/close`, key);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().state).toBe('closed');
    const reopened = await call('POST', `/vacancies/${id}/reopen`, key);
    expect(reopened.json().state).toBe('published');

    // A draft made, read back (any state), edited with its version, published.
    const draft = await call('POST', `/organisations/${organisation.id}/vacancies`, key, body({ title: 'Concept' }));
    expect(draft.statusCode, draft.body).toBe(201);
    const read = await call('GET', `/vacancies/${draft.json().id}`, key);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ state: 'draft', version: 1 });
    const edited = await call('PATCH', `/vacancies/${draft.json().id}`, key, { title: 'Concept, bewerkt', version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    const published = await call('POST', `/vacancies/${draft.json().id}/publish`, key, { version: 2 });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().state).toBe('published');
    const copy = await call('POST', `/vacancies/${draft.json().id}/duplicate`, key);
    expect(copy.statusCode).toBe(201);

    // Bulk.
    const bulk = await call('POST', `/organisations/${organisation.id}/vacancies/bulk`, key, {
      items: [body({ externalId: 'ATS-B1', state: 'published' }), body({ externalId: 'ATS-B2' })],
    });
    expect(bulk.statusCode).toBe(200);
    expect(bulk.json()).toMatchObject({ succeeded: 2, failed: 0 });

    // The history names the key by its name and prefix.
    const history = await call('GET', `/vacancies/${id}/history`, key);
    expect(history.statusCode, history.body).toBe(200);
    const items: { action: string; actor: { kind: string; id: string; name: string; prefix?: string } }[] =
      history.json().items;
    expect(items.map((entry) => entry.action)).toEqual(['created', 'publish', 'close', 'reopen']);
    for (const entry of items) {
      expect(entry.actor).toEqual({ kind: 'api_key', id: ats.id, name: 'ATS Sleutelstad', prefix: ats.prefix });
    }
    expect(ats.key.startsWith(ats.prefix)).toBe(true);
  });

  it('answers GET /me with the key, its scopes and its organisation', async () => {
    const ats = await makeKey('Koppeling HR-systeem', ['read', 'publish']);
    const me = await call('GET', '/me', ats.headers);
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json()).toEqual({
      kind: 'api_key',
      id: ats.id,
      name: 'Koppeling HR-systeem',
      prefix: ats.prefix,
      scopes: ['read', 'publish'],
      organisation: { id: organisation.id, slug: organisation.slug, name: 'Gemeente Sleutelstad', state: 'active' },
    });
    // The scheme's name in any case (RFC 9110), as some client libraries send it.
    for (const scheme of ['bearer', 'BEARER', 'Bearer\t']) {
      const lower = await call('GET', '/me', { authorization: `${scheme} ${ats.key}` });
      expect([lower.statusCode, lower.json().kind], scheme).toEqual([200, 'api_key']);
    }
    expect((await call('GET', '/vacancies', { authorization: 'bearer niet-een-token' })).statusCode).toBe(401);
    // A person's answer is as it was.
    const person = (await call('GET', '/me', admin.bearer)).json();
    expect(person).toMatchObject({ role: 'org_admin', organisation: { id: organisation.id } });
    expect(person.kind).toBeUndefined();

    // A revoked key is no one.
    await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/organisations/${organisation.id}/api-keys/${ats.id}`,
      headers: admin.bearer,
    });
    expect((await call('GET', '/me', ats.headers)).statusCode).toBe(401);
    // Also where anyone may call: the integration learns its key is gone, not a public answer.
    const search = await call('GET', '/vacancies', ats.headers);
    expect([search.statusCode, search.json().error.code]).toEqual([401, 'invalid_token']);
    const garbage = await call('GET', '/vacancies', { authorization: 'Bearer niet-een-token' });
    expect(garbage.statusCode).toBe(401);
    expect((await call('GET', '/vacancies', {})).statusCode).toBe(200);
    // And on the feeds, which the contract lists too.
    const feed = await ctx.app.inject({ url: '/feeds/vacancies.xml', headers: ats.headers });
    expect([feed.statusCode, feed.json().error.code]).toEqual([401, 'invalid_token']);
    expect((await ctx.app.inject({ url: '/feeds/vacancies.xml' })).statusCode).toBe(200);
  });

  it('is told plainly that a person’s own routes are not for keys', async () => {
    const ats = await makeKey('ATS');
    const response = await call(
      'PATCH',
      '/me',
      { ...ats.headers, 'accept-language': 'en' },
      { notifyOnApplication: false },
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe(
      'This cannot be done with an API key. Sign in as a staff member of your organisation.',
    );
  });
});

describe('an ATS reading, changing and sending back (an ATS review)', () => {
  const at = (externalId: string) => `/organisations/${organisation.id}/vacancies/by-external-id/${externalId}`;
  const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

  it('publishes a scheduled vacancy whose publication moment it takes away, by an upsert or an edit', async () => {
    const { headers: key } = await makeKey('ATS Planning');
    const made = await call('PUT', at('PLAN-1'), key, body({ state: 'published', publishAt: inAWeek() }));
    expect(made.json().state).toBe('scheduled');
    const now = await call('PUT', at('PLAN-1'), key, body({ state: 'published', publishAt: null }));
    expect(now.json()).toMatchObject({ state: 'published', changed: true });
    expect((await ctx.app.inject(`/api/v1/vacancies/${made.json().id}`)).statusCode).toBe(200);

    const second = await call('PUT', at('PLAN-2'), key, body({ state: 'published', publishAt: inAWeek() }));
    const edited = await call(
      'PATCH',
      `/vacancies/${second.json().id}`,
      { ...key, 'if-match': '*' },
      { publishAt: null },
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ state: 'published', publishedAt: expect.any(String) });
  });

  it('reads a vacancy by the external id it sent, with the version to send back, and nothing else', async () => {
    const { headers: key } = await makeKey('ATS Lezen');
    const made = await call('PUT', at('READ-1'), key, body({ title: 'Adviseur op kenmerk' }));
    expect(made.statusCode, made.body).toBe(201);
    const read = await call('GET', at('READ-1'), key);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({
      id: made.json().id,
      externalId: 'READ-1',
      title: 'Adviseur op kenmerk',
      state: 'draft',
      version: made.json().version,
    });
    // Its ETag is what the upsert's If-Match takes.
    const tag = read.headers.etag as string;
    const again = await call('PUT', at('READ-1'), { ...key, 'if-match': tag }, body({ title: 'Adviseur, gewijzigd' }));
    expect(again.statusCode, again.body).toBe(200);
    expect((await call('PUT', at('READ-1'), { ...key, 'if-match': tag }, body())).statusCode).toBe(409);
    // Signed-in staff read it alike.
    expect((await call('GET', at('READ-1'), admin.bearer)).json().title).toBe('Adviseur, gewijzigd');

    expect((await call('GET', at('READ-404'), key)).statusCode).toBe(404);
    const writer = await makeKey('ATS zonder lezen', ['write']);
    const refused = await call('GET', at('READ-1'), writer.headers);
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'insufficient_scope']);
  });

  it('takes the GET shape of a scheduled vacancy back as it was read', async () => {
    const { headers: key } = await makeKey('ATS Terug');
    const made = await call(
      'PUT',
      at('BACK-1'),
      key,
      body({ state: 'published', publishAt: inAWeek(), additionalPlaces: [{ municipalityCode: 'GM0363' }] }),
    );
    const read = (await call('GET', `/vacancies/${made.json().id}`, key)).json();
    expect(read.state).toBe('scheduled');
    // Its extra workplace comes with the name of its municipality, which is read-only.
    expect(read.additionalPlaces).toEqual([
      { municipalityCode: 'GM0363', municipalityName: 'Amsterdam', postcode: null },
    ]);
    const sentBack = await call('PUT', at('BACK-1'), key, {
      ...read,
      title: 'Adviseur informatievoorziening (32 uur)',
    });
    expect(sentBack.statusCode, sentBack.body).toBe(200);
    expect(sentBack.json()).toMatchObject({ state: 'scheduled', changed: true });
    // The upsert's ETag is the version's, as If-Match takes it.
    const tag = sentBack.headers.etag as string;
    expect(tag).toMatch(new RegExp(`^W/"${sentBack.json().version}-`));
    const guarded = await call('PUT', at('BACK-1'), { ...key, 'if-match': tag }, { ...read, state: 'published' });
    expect(guarded.statusCode, guarded.body).toBe(200);
  });

  it('limits the description as stored, so what is read can be sent back', async () => {
    const { headers: key } = await makeKey('ATS Lang');
    // Under the limit as sent; longer once every link has its rel and every & its &amp;.
    const paragraph = '<p>Lees meer &amp; solliciteer op <a href="https://www.tilburg.nl/werken">onze site</a>.</p>';
    const sent = paragraph.repeat(Math.floor(29_500 / paragraph.length));
    const refused = await call('PUT', at('LONG-1'), key, body({ description: sent }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.description).toMatch(/^De beschrijving is na het opschonen [\d.]+ tekens lang/);
    const fits = sent.slice(0, paragraph.length * 200);
    const made = await call('PUT', at('LONG-1'), key, body({ description: fits }));
    expect(made.statusCode, made.body).toBe(201);
    const read = (await call('GET', `/vacancies/${made.json().id}`, key)).json();
    const again = await call(
      'PATCH',
      `/vacancies/${read.id}`,
      { ...key, 'if-match': '*' },
      { description: read.description },
    );
    expect(again.statusCode, again.body).toBe(200);
  });
});

describe('scopes', () => {
  it('gives a read-only key the list, the vacancy and its history, and refuses it writing and publishing, naming the scope', async () => {
    const vacancy = await createVacancy(ctx.db, { organisation });
    const reader = await makeKey('Alleen lezen', ['read']);
    expect((await call('GET', `/organisations/${organisation.id}/vacancies`, reader.headers)).statusCode).toBe(200);
    expect((await call('GET', `/vacancies/${vacancy.id}/history`, reader.headers)).statusCode).toBe(200);

    const publish = await call('POST', `/vacancies/${vacancy.id}/close`, reader.headers);
    expect(publish.statusCode).toBe(403);
    expect(publish.json().error).toEqual({
      code: 'insufficient_scope',
      message:
        'Deze API-sleutel mag dit niet: daarvoor is de bevoegdheid ‘publish’ nodig. Een beheerder van je organisatie kan een sleutel met die bevoegdheid maken.',
    });
    const inEnglish = await call('POST', `/vacancies/${vacancy.id}/publish`, {
      ...reader.headers,
      'accept-language': 'en',
    });
    expect(inEnglish.statusCode).toBe(403);
    expect(inEnglish.json().error.message).toBe(
      'This API key may not do this: it needs the scope ‘publish’. An administrator of your organisation can make a key with that scope.',
    );
    const write = await call(
      'PUT',
      `/organisations/${organisation.id}/vacancies/by-external-id/R-1`,
      { ...reader.headers, 'accept-language': 'en' },
      body(),
    );
    expect(write.statusCode).toBe(403);
    expect(write.json().error.message).toContain('‘write’');
    // Nothing was changed.
    expect((await call('GET', `/vacancies/${vacancy.id}`, reader.headers)).json().state).toBe('published');
  });

  it('lets a write-only key keep drafts but not publish them, also not through an upsert’s state', async () => {
    const writer = await makeKey('Alleen schrijven', ['write']);
    const url = `/organisations/${organisation.id}/vacancies/by-external-id/W-1`;
    const refused = await call('PUT', url, writer.headers, body({ state: 'published' }));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('insufficient_scope');
    expect(refused.json().error.message).toContain('‘publish’');
    // Nothing of the refused upsert was kept: the same upsert without a state makes the vacancy.
    const draft = await call('PUT', url, writer.headers, body());
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({ created: true, state: 'draft', version: 1 });
    // Sending the state it already has is no change, and needs only `write`.
    expect((await call('PUT', url, writer.headers, body({ state: 'draft', title: 'Nieuwe titel' }))).statusCode).toBe(
      200,
    );
    const bulk = await call('POST', `/organisations/${organisation.id}/vacancies/bulk`, writer.headers, {
      items: [
        body({ externalId: 'W-2' }),
        body({ externalId: 'W-3', state: 'published' }),
        body({ externalId: 'W-4' }),
      ],
    });
    expect(bulk.json().items.map((item: { status: number }) => item.status)).toEqual([201, 403, 201]);
    expect(bulk.json().items[1].error.code).toBe('insufficient_scope');
    // The refused item had made its draft before its state was refused: that draft is undone
    // (its own savepoint), while the items written beside it in the same transaction stay.
    const stored = await ctx.pool.query(
      'SELECT external_id FROM vacancies WHERE organisation_id = $1 AND external_id = ANY($2) ORDER BY 1',
      [organisation.id, ['W-2', 'W-3', 'W-4']],
    );
    expect(stored.rows.map((r) => r.external_id)).toEqual(['W-2', 'W-4']);
    // Without `read` it cannot list, and reads its draft only as the public does (not found).
    const list = await call('GET', `/organisations/${organisation.id}/vacancies`, writer.headers);
    expect(list.statusCode).toBe(403);
    expect(list.json().error.message).toContain('‘read’');
    expect((await call('GET', `/vacancies/${draft.json().id}`, writer.headers)).statusCode).toBe(404);
  });

  it('answers a key without `read` a receipt of its writes, never the content of a vacancy it could not read', async () => {
    // A colleague's draft with a text only the staff and keys with `read` may see.
    const secret = await createVacancy(ctx.db, {
      organisation,
      state: 'draft',
      publishedAt: null,
      title: 'Vertrouwelijke reorganisatie',
    });
    const writer = await makeKey('Schrijven zonder lezen', ['write', 'publish']);
    const ifMatch = { ...writer.headers, 'if-match': '*' };
    const receipt = (vacancy: { id: string; externalId?: string | null }, state: string) => ({
      id: vacancy.id,
      externalId: vacancy.externalId ?? null,
      state,
      version: expect.any(Number),
    });

    const edited = await call('PATCH', `/vacancies/${secret.id}`, ifMatch, {});
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toEqual(receipt(secret, 'draft'));
    const copy = await call('POST', `/vacancies/${secret.id}/duplicate`, writer.headers);
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json()).toEqual(receipt({ id: copy.json().id }, 'draft'));
    expect(copy.body).not.toContain('Vertrouwelijke');
    const published = await call('POST', `/vacancies/${secret.id}/publish`, ifMatch);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toEqual(receipt(secret, 'published'));
    const made = await call('POST', `/organisations/${organisation.id}/vacancies`, writer.headers, {
      ...body(),
      closingDate: inDays(-1),
    });
    expect(made.statusCode, made.body).toBe(201);
    // What to mind about it still comes along (a draft whose closing date passed).
    expect(Object.keys(made.json()).sort()).toEqual(['externalId', 'id', 'state', 'version', 'warnings']);
    expect(made.json().warnings.closingDate).toBeTruthy();
    // The receipt's version is the one to send next.
    const next = await call('PATCH', `/vacancies/${secret.id}`, writer.headers, { version: published.json().version });
    expect(next.statusCode, next.body).toBe(200);

    // With `read` as well, the same write answers the whole vacancy.
    const both = await makeKey('Schrijven en lezen', ['write', 'read']);
    const full = await call('PATCH', `/vacancies/${secret.id}`, { ...both.headers, 'if-match': '*' }, {});
    expect(full.json().title).toBe('Vertrouwelijke reorganisatie');
  });

  it('lets no key without `publish` change who sees a live vacancy, or from when, however it sends the change', async () => {
    const writer = await makeKey('Schrijven en lezen', ['write', 'read']);
    // Published for colleagues only (the mobility pool).
    const internal = await createVacancy(ctx.db, { organisation, visibility: 'internal', externalId: 'VIS-1' });
    const edit = await call('PATCH', `/vacancies/${internal.id}`, writer.headers, {
      version: internal.version,
      visibility: 'public',
    });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().error.code).toBe('insufficient_scope');
    const publicFrom = await call('PATCH', `/vacancies/${internal.id}`, writer.headers, {
      version: internal.version,
      publicFrom: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(publicFrom.statusCode).toBe(403);
    const upsert = await call(
      'PUT',
      `/organisations/${organisation.id}/vacancies/by-external-id/VIS-1`,
      writer.headers,
      body({ visibility: 'public' }),
    );
    expect(upsert.statusCode).toBe(403);
    const bulk = await call('POST', `/organisations/${organisation.id}/vacancies/bulk`, writer.headers, {
      items: [body({ externalId: 'VIS-1', visibility: 'public' })],
    });
    expect(bulk.json().items[0].status).toBe(403);
    // Nothing changed: the public does not find it.
    expect((await ctx.app.inject(`/api/v1/vacancies/${internal.id}`)).statusCode).toBe(404);
    // Its other fields stay the key's to change, and a draft's visibility is only a plan.
    const retitled = await call('PATCH', `/vacancies/${internal.id}`, writer.headers, {
      version: internal.version,
      title: 'Adviseur informatievoorziening (intern)',
    });
    expect(retitled.statusCode, retitled.body).toBe(200);
    const draft = await createVacancy(ctx.db, { organisation, state: 'draft', publishedAt: null });
    const planned = await call('PATCH', `/vacancies/${draft.id}`, writer.headers, {
      version: draft.version,
      visibility: 'internal',
    });
    expect(planned.statusCode, planned.body).toBe(200);
    // A key with `publish` may.
    const publisher = await makeKey('Publiceren', ['write', 'publish']);
    const opened = await call('PATCH', `/vacancies/${internal.id}`, publisher.headers, {
      version: retitled.json().version,
      visibility: 'public',
    });
    expect(opened.statusCode, opened.body).toBe(200);
  });

  it('makes keys with all three scopes unless told otherwise, lists them, and refuses unknown or no scopes', async () => {
    const made = await makeKey('Standaard');
    expect(made.scopes).toEqual(['read', 'write', 'publish']);
    const ordered = await makeKey('Volgorde', ['publish', 'read']);
    expect(ordered.scopes).toEqual(['read', 'publish']);
    const list = await ctx.app.inject({
      url: `/api/v1/organisations/${organisation.id}/api-keys`,
      headers: admin.bearer,
    });
    expect(list.json().items.find((k: { id: string }) => k.id === ordered.id).scopes).toEqual(['read', 'publish']);
    for (const scopes of [[], ['admin'], ['read', 'read']]) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${organisation.id}/api-keys`,
        payload: { name: 'Fout', scopes },
        headers: admin.bearer,
      });
      expect(response.statusCode, JSON.stringify(scopes)).toBe(400);
    }
  });

  it('says who made each key, and when that one is no longer on the staff (the key still works)', async () => {
    const leaverUser = await createUser(ctx.db, { role: 'org_admin', organisation, name: 'Vera Vertrek' });
    const leaver = await signIn(ctx.app, leaverUser.email, TEST_PASSWORD);
    const made = await makeKey('Van Vera', ['read'], leaver);
    expect(made).toMatchObject({ createdBy: { name: 'Vera Vertrek', gone: false } });
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/organisations/${organisation.id}/users/${leaverUser.id}`,
      headers: admin.bearer,
    });
    expect(removed.statusCode).toBe(204);
    const list = await ctx.app.inject({
      url: `/api/v1/organisations/${organisation.id}/api-keys`,
      headers: admin.bearer,
    });
    expect(list.json().items.find((k: { id: string }) => k.id === made.id)).toMatchObject({
      createdBy: { name: 'Vera Vertrek', gone: true },
    });
    const stillWorks = await ctx.app.inject({
      url: `/api/v1/organisations/${organisation.id}/vacancies`,
      headers: made.headers,
    });
    expect(stillWorks.statusCode).toBe(200);
  });

  it('gives keys made before scopes existed all three (the migration’s default)', async () => {
    const { rows } = await ctx.pool.query<{ scopes: string[] }>(
      `INSERT INTO api_keys (organisation_id, name, prefix, key_hash) VALUES ($1, 'Oud', 'swk_oud', 'hash-oud')
       RETURNING scopes`,
      [organisation.id],
    );
    expect(rows[0]!.scopes).toEqual(['read', 'write', 'publish']);
    await expect(
      ctx.pool.query(`UPDATE api_keys SET scopes = ARRAY['admin'] WHERE key_hash = 'hash-oud'`),
    ).rejects.toThrow(/api_keys_scopes/);
  });
});

describe('another organisation', () => {
  it('does not exist for a key: its vacancies cannot be seen, listed or touched', async () => {
    const theirs = await createVacancy(ctx.db, {
      organisation: other,
      state: 'draft',
      publishedAt: null,
      externalId: 'THEIRS-1',
    });
    const published = await createVacancy(ctx.db, { organisation: other });
    const ats = await makeKey('ATS');
    const key = ats.headers;
    for (const [method, url, payload] of [
      ['GET', `/vacancies/${theirs.id}`],
      ['GET', `/vacancies/${theirs.id}/history`],
      ['PATCH', `/vacancies/${theirs.id}`, { title: 'Overgenomen', version: 1 }],
      ['POST', `/vacancies/${theirs.id}/publish`],
      ['POST', `/vacancies/${published.id}/close`],
      ['POST', `/vacancies/${published.id}/duplicate`],
      ['GET', `/vacancies/${published.id}/history`],
      ['GET', `/organisations/${other.id}/vacancies`],
      ['GET', `/organisations/${other.id}/vacancies/by-external-id/THEIRS-1`],
      ['POST', `/organisations/${other.id}/vacancies`, body()],
      ['PUT', `/organisations/${other.id}/vacancies/by-external-id/X-1`, body({ state: 'published' })],
      ['POST', `/organisations/${other.id}/vacancies/bulk`, { items: [body({ externalId: 'X-2' })] }],
    ] as const) {
      const response = await call(method, url, key, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    // Their published vacancy reads as the public reads it, nothing more.
    const read = await call('GET', `/vacancies/${published.id}`, key);
    expect(read.statusCode).toBe(200);
    const { rows } = await ctx.pool.query<{ state: string; title: string; version: number }>(
      'SELECT state, title, version FROM vacancies WHERE id = ANY($1)',
      [[theirs.id, published.id]],
    );
    expect(rows.map((r) => [r.state, r.version]).sort()).toEqual([
      ['draft', 1],
      ['published', 1],
    ]);
    const { rows: count } = await ctx.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM vacancies WHERE organisation_id = $1',
      [other.id],
    );
    expect(count[0]!.n).toBe(2);
  });
});

describe('a suspended member’s key', () => {
  it('still reads, but publishes nothing, as its staff may not (the membership rules are the staff’s)', async () => {
    const suspended = await createOrganisation(ctx.db);
    const suspendedAdmin = await signIn(
      ctx.app,
      (await createUser(ctx.db, { role: 'org_admin', organisation: suspended })).email,
      TEST_PASSWORD,
    );
    const ats = await makeKey('ATS', undefined, suspendedAdmin, suspended.id);
    const vacancy = await createVacancy(ctx.db, { organisation: suspended, state: 'draft', publishedAt: null });
    await ctx.pool.query(`UPDATE organisations SET state = 'suspended' WHERE id = $1`, [suspended.id]);

    expect((await call('GET', `/organisations/${suspended.id}/vacancies`, ats.headers)).statusCode).toBe(200);
    expect((await call('GET', '/me', ats.headers)).json().organisation.state).toBe('suspended');
    for (const [method, url, payload] of [
      ['POST', `/vacancies/${vacancy.id}/publish`],
      ['PUT', `/organisations/${suspended.id}/vacancies/by-external-id/S-1`, body({ state: 'published' })],
    ] as const) {
      const response = await call(method, url, ats.headers, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(403);
      expect(response.json().error.code).toBe('membership_inactive');
    }
  });
});

describe('the audit log', () => {
  it('names a key made or revoked by its name, prefix and scopes', async () => {
    const office = await createOrganisation(ctx.db, { isCoordinatingBody: true, kind: 'joint_arrangement' });
    const coordinator = await signIn(
      ctx.app,
      (await createUser(ctx.db, { role: 'coordinator', organisation: office })).email,
      TEST_PASSWORD,
    );
    const ats = await makeKey('Audit ATS', ['read', 'write']);
    await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/organisations/${organisation.id}/api-keys/${ats.id}`,
      headers: admin.bearer,
    });
    const log = await ctx.app.inject({
      url: `/api/v1/audit-log?organisation=${organisation.id}&action=api_key.`,
      headers: coordinator.bearer,
    });
    const entries: { action: string; subjectId: string; subjectName: string; before: unknown; after: unknown }[] = log
      .json()
      .items.filter((entry: { subjectId: string }) => entry.subjectId === ats.id);
    // Named while it exists (revoked keys are kept).
    expect(entries.map((e) => e.subjectName)).toEqual(['Audit ATS', 'Audit ATS']);
    const expected = { name: 'Audit ATS', prefix: ats.prefix, scopes: ['read', 'write'] };
    expect(entries.find((e) => e.action === 'api_key.created')?.after).toEqual(expected);
    expect(entries.find((e) => e.action === 'api_key.revoked')?.before).toEqual(expected);
  });
});
