/**
 * One findable rule (DESIGN.md invariant 1), many places that show its answer: the members
 * list and an organisation's page (their counts), the search (Meilisearch, and Postgres when
 * the engine is away), the RSS and Atom feeds, the sitemap and the widget. With vacancies in
 * every lifecycle state, closing yesterday, today, tomorrow or never, public and internal, of
 * organisations in every membership state, they must all show the same vacancies.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@samenwerven/calendar';
import { dutchDayClearOfMidnight } from '../support/midnight.ts';
import { freePort, type NewVacancy, type Organisation } from '@samenwerven/db';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearchHandle } from '@samenwerven/search';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createUser, createVacancy, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, type Session } from '../support/http.ts';

let dataDir: string;
let meili: EmbeddedMeilisearchHandle;
let ctx: TestContext;
let coordinator: Session;
let staff: Session;

/** Organisations by the membership state they end up in. */
const members: Record<string, Organisation> = {};
/** Ids of the vacancies the public should find, and those only member staff should also find. */
const findable = { public: new Set<string>(), internal: new Set<string>() };

/** Every variant of one organisation's vacancies; `public` and `internal` say who should find it. */
const variantsOn = (
  today: string,
): { name: string; fields: Partial<NewVacancy>; public: boolean; internal: boolean }[] => [
  { name: 'closes tomorrow', fields: { closingDate: addDays(today, 1) }, public: true, internal: true },
  { name: 'closes today', fields: { closingDate: today }, public: true, internal: true },
  // Still `published`: the due-changes job has not closed it yet, the rule already hides it.
  { name: 'closed yesterday', fields: { closingDate: addDays(today, -1) }, public: false, internal: false },
  { name: 'no closing date', fields: { closingDate: null }, public: true, internal: true },
  { name: 'internal', fields: { visibility: 'internal' }, public: false, internal: true },
  {
    name: 'internal, closes today',
    fields: { visibility: 'internal', closingDate: today },
    public: false,
    internal: true,
  },
  { name: 'draft', fields: { state: 'draft', publishedAt: null }, public: false, internal: false },
  {
    name: 'scheduled',
    fields: { state: 'scheduled', publishedAt: null, publishAt: new Date(Date.now() + 86_400_000) },
    public: false,
    internal: false,
  },
  { name: 'closed', fields: { state: 'closed', closedAt: new Date() }, public: false, internal: false },
  {
    name: 'withdrawn',
    fields: { state: 'withdrawn', withdrawnReason: 'suspended', withdrawnFromState: 'published' },
    public: false,
    internal: false,
  },
];

async function withVacancies(organisation: Organisation, findableWhileActive: boolean, today: string): Promise<void> {
  for (const variant of variantsOn(today)) {
    const vacancy = await createVacancy(ctx.db, {
      organisation,
      title: `${variant.name} bij ${organisation.name}`,
      ...variant.fields,
    });
    if (findableWhileActive && variant.public) findable.public.add(vacancy.id);
    if (findableWhileActive && variant.internal) findable.internal.add(vacancy.id);
  }
}

const api = (url: string, session?: Session) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: session?.bearer ?? {} });
const post = (url: string, session: Session, payload: object) =>
  ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: session.bearer, payload });

beforeAll(async () => {
  // The whole file (some 15 s) within one Dutch day.
  const today = await dutchDayClearOfMidnight();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'sw-agreement-'));
  meili = await startEmbeddedMeilisearch(dataDir, { port: await freePort() });
  ctx = await createTestContext({
    meili: { url: meili.url, key: meili.masterKey },
    // Every search asks the engine: with the engine stopped, the same searches must then be
    // answered by Postgres, not by the engine's answers kept from a moment before (which agree
    // by construction; search-degraded.test.ts covers both). And each of those asks Postgres on
    // its own (DEGRADED_SHARING=false), so a change shows in the very next search.
    env: { PUBLIC_URL: 'https://werken.example', SEARCH_CACHE: 'false', DEGRADED_SHARING: 'false' },
  });
  const office = await createOrganisation(ctx.db, { isCoordinatingBody: true, kind: 'joint_arrangement' });
  coordinator = await signIn(
    ctx.app,
    (await createUser(ctx.db, { role: 'coordinator', organisation: office })).email,
    TEST_PASSWORD,
  );

  // Through the membership API, as it happens: suspension and leaving withdraw the vacancies.
  for (const state of ['active', 'empty', 'suspended', 'departed'] as const) {
    members[state] = await createOrganisation(ctx.db, { name: `Gemeente ${state}` });
    if (state !== 'empty') await withVacancies(members[state], state === 'active', today);
  }
  staff = await signIn(
    ctx.app,
    (await createUser(ctx.db, { role: 'hr_officer', organisation: members.active })).email,
    TEST_PASSWORD,
  );
  expect(
    (await post(`/organisations/${members.suspended!.id}/suspend`, coordinator, { reason: 'Controle' })).statusCode,
  ).toBe(200);
  const admin = await createUser(ctx.db, { role: 'org_admin', organisation: members.departed });
  const leave = await post(
    `/organisations/${members.departed!.id}/leave`,
    await signIn(ctx.app, admin.email, TEST_PASSWORD),
    {
      reason: 'Vertrek',
    },
  );
  expect(leave.statusCode).toBe(200);

  // The rule alone: organisations in a state where their published vacancies stay rows as they were.
  for (const state of ['applied', 'suspended', 'left', 'rejected'] as const) {
    members[`${state} (rows)`] = await createOrganisation(ctx.db, { name: `Gemeente ${state} rijen`, state });
    await withVacancies(members[`${state} (rows)`]!, false, today);
  }
  await ctx.sync();
  // Up to two minutes' wait for midnight, then the set-up.
}, 240_000);

afterAll(async () => {
  await ctx?.close();
  await meili?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const sorted = (ids: Iterable<string>) => [...ids].sort();
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const idsIn = (text: string, pattern: string) =>
  sorted([...text.matchAll(new RegExp(pattern.replace('UUID', `(${UUID})`), 'g'))].map((m) => m[1]!));

/** What every public place shows, per organisation slug (absent: the place does not show it). */
async function publicView() {
  const listed = (await api('/organisations')).json().items as { slug: string; openVacancies: number }[];
  const slugs = Object.values(members).map((m) => m.slug);
  const search = (await api('/vacancies?pageSize=100')).json();
  const perOrganisation = await Promise.all(
    slugs.map(async (slug) => {
      const page = await api(`/organisations/${slug}`);
      const searched = (await api(`/vacancies?organisation=${slug}&pageSize=100`)).json();
      const rss = (await ctx.app.inject(`/feeds/vacancies.xml?organisation=${slug}`)).body;
      const atom = (await ctx.app.inject(`/feeds/vacancies.atom?organisation=${slug}`)).body;
      const widget = await ctx.app.inject(`/widget/organisaties/${slug}?limit=50`);
      return {
        slug,
        listed: listed.find((o) => o.slug === slug)?.openVacancies,
        page: page.statusCode === 200 ? (page.json().openVacancies as number) : undefined,
        searchTotal: searched.total as number,
        facet: search.facets.organisation[slug] as number | undefined,
        rss: idsIn(rss, '<guid isPermaLink="false">UUID</guid>'),
        atom: idsIn(atom, '<id>urn:uuid:UUID</id>'),
        widget:
          widget.statusCode === 200
            ? {
                total: Number(/\((\d+) vacatures?\)/.exec(widget.body)![1]),
                ids: idsIn(widget.body, '/vacatures/UUID-'),
              }
            : undefined,
      };
    }),
  );
  const sitemap = (await ctx.app.inject('/sitemap.xml')).body;
  return {
    degraded: search.degraded as boolean,
    search: { total: search.total as number, ids: sorted(search.hits.map((h: { id: string }) => h.id)) },
    rss: idsIn((await ctx.app.inject('/feeds/vacancies.xml')).body, '<guid isPermaLink="false">UUID</guid>'),
    sitemap: idsIn(sitemap, '<loc>https://werken.example/vacatures/UUID-'),
    sitemapMembers: sorted([...sitemap.matchAll(/\/organisaties\/([a-z0-9-]+)</g)].map((m) => m[1]!)),
    perOrganisation,
  };
}

/** The same answer in every place: the public's findable vacancies, and only at active members. */
function expectAgreement(view: Awaited<ReturnType<typeof publicView>>) {
  const expected = sorted(findable.public);
  expect(expected).toHaveLength(3);
  expect(view.search).toEqual({ total: expected.length, ids: expected });
  expect(view.rss).toEqual(expected);
  expect(view.sitemap).toEqual(expected);
  expect(view.sitemapMembers).toEqual(sorted([members.active!.slug, members.empty!.slug]));
  for (const place of view.perOrganisation) {
    const shown = place.slug === members.active!.slug ? expected : [];
    const count = shown.length;
    const isMember = place.slug === members.active!.slug || place.slug === members.empty!.slug;
    expect(place, place.slug).toEqual({
      slug: place.slug,
      listed: isMember ? count : undefined,
      page: isMember ? count : undefined,
      searchTotal: count,
      facet: count > 0 ? count : undefined,
      rss: shown,
      atom: shown,
      widget: isMember ? { total: count, ids: shown } : undefined,
    });
  }
}

describe('the findable rule, everywhere it shows', () => {
  it('gives the public the same vacancies in counts, search, feeds, sitemap and widget', async () => {
    const view = await publicView();
    expect(view.degraded).toBe(false);
    expectAgreement(view);
  });

  it('gives member staff the internal vacancies too, in search as in the index health', async () => {
    const expected = sorted(findable.internal);
    expect(expected).toHaveLength(5);
    const search = (await api('/vacancies?pageSize=100', staff)).json();
    expect(sorted(search.hits.map((h: { id: string }) => h.id))).toEqual(expected);
    expect(search.total).toBe(expected.length);
    // The index holds what someone may find: public and internal vacancies alike.
    expect((await api('/search/health', coordinator)).json()).toMatchObject({
      documentsInIndex: expected.length,
      searchableInDatabase: expected.length,
    });
  });

  it('agrees when the search engine is away and Postgres answers', async () => {
    await meili.stop();
    const view = await publicView();
    expect(view.degraded).toBe(true);
    expectAgreement(view);
    const staffSearch = (await api('/vacancies?pageSize=100', staff)).json();
    expect(staffSearch.degraded).toBe(true);
    expect(sorted(staffSearch.hits.map((h: { id: string }) => h.id))).toEqual(sorted(findable.internal));
  });

  it('asks Postgres again for every search when degraded answers are not shared (DEGRADED_SHARING=false)', async () => {
    // The bench's plain Postgres baseline: the degraded mode's reuse of an answer for a few
    // seconds would make the comparison one of the cache, not of the search.
    const before = (await api('/vacancies?pageSize=100')).json();
    expect(before).toMatchObject({ degraded: true, total: 3 });
    const added = await createVacancy(ctx.db, { organisation: members.active!, title: 'Net gepubliceerd' });
    const after = (await api('/vacancies?pageSize=100')).json();
    expect(after).toMatchObject({ degraded: true, total: 4 });
    expect(after.hits.map((h: { id: string }) => h.id)).toContain(added.id);
  });
});
