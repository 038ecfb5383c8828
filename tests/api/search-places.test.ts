/**
 * A place typed among the words of a search is searched as a place (issue 18): "jurist Den
 * Bosch" finds the jurists around 's-Hertogenbosch, and says it read the words that way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';
import { createOrganisation, createVacancy } from '../support/factories.ts';

let ctx: TestContext;
let nearby = '';
let farAway = '';

beforeAll(async () => {
  ctx = await createTestContext();
  const bosch = await createOrganisation(ctx.db, { name: 'Gemeente Voorbeeld', municipalityCode: 'GM0796' });
  const groningen = await createOrganisation(ctx.db, { name: 'Gemeente Noord', municipalityCode: 'GM0014' });
  nearby = (
    await createVacancy(ctx.db, {
      organisation: bosch,
      title: 'Jurist omgevingsrecht',
      municipalityCode: 'GM0796',
      postcode: '5211',
    })
  ).id;
  farAway = (
    await createVacancy(ctx.db, {
      organisation: groningen,
      title: 'Jurist bestuursrecht',
      municipalityCode: 'GM0014',
      postcode: '9711',
    })
  ).id;
  await createVacancy(ctx.db, {
    organisation: bosch,
    title: 'Toezichthouder',
    // "ervaren" finds this only as the last word typed (the engine's prefix of "ervaring").
    description: '<p>Je hebt ruime ervaring met toezicht.</p>',
    municipalityCode: 'GM0796',
    postcode: '5211',
  });
  // For members' staff only: no public search may be shaped by it.
  await createVacancy(ctx.db, {
    organisation: bosch,
    title: 'Jurist fusieproject',
    visibility: 'internal',
    municipalityCode: 'GM0796',
    postcode: '5211',
  });
  await ctx.sync();
});
afterAll(() => ctx.close());

const search = async (query: string) => {
  const response = await ctx.app.inject(`/api/v1/vacancies?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as {
    hits: { id: string; distanceKm?: number }[];
    total: number;
    place?: { name: string; municipalityCode: string; radiusKm: number; q: string; postcode?: string };
    unknownWords?: string;
    nearTown?: string;
  };
};

describe('a place in the words of a search', () => {
  it('is searched around, by its common name, with the other words as the text', async () => {
    const result = await search('q=jurist%20Den%20Bosch');
    expect(result.hits.map((hit) => hit.id)).toEqual([nearby]);
    expect(result.place).toEqual({ name: "'s-Hertogenbosch", municipalityCode: 'GM0796', radiusKm: 25, q: 'jurist' });
    // The same search as the filter says it.
    expect((await search('q=jurist&near=GM0796')).hits.map((hit) => hit.id)).toEqual([nearby]);
  });

  it('finds everything around the place when the words were only the place, nearest first', async () => {
    const result = await search("q='s-Hertogenbosch");
    expect(result.total).toBe(2);
    expect(result.place?.q).toBe('');
    // Nearest first without words, unless another order is asked for (a search review).
    const around = (await search('near=GM0796&radiusKm=300&pageSize=5')) as {
      hits: { id: string; distanceKm: number }[];
    };
    const distances = around.hits.map((hit) => hit.distanceKm);
    expect(distances).toEqual(distances.toSorted((a, b) => a - b));
    expect(around.hits.at(-1)!.id).toBe(farAway);
    // Words the engine passes over are no words (a review of the change: "vacatures Tilburg").
    const filler = await search('q=vacatures%20Den%20Bosch&radiusKm=300');
    expect(filler.hits.map((hit) => hit.distanceKm)).toEqual(distances);
  });

  it('keeps the words as words when a place was chosen, or when they name none', async () => {
    const chosen = await search('q=jurist%20Tilburg&near=GM0014&radiusKm=10');
    expect(chosen.place).toBeUndefined();
    const plain = await search('q=jurist');
    expect(plain.place).toBeUndefined();
    expect(plain.hits.map((hit) => hit.id).toSorted()).toEqual([nearby, farAway].toSorted());
  });
});

describe('a postcode as the place to search around', () => {
  it('takes the four digits, or the whole postcode as people write it, and refuses a postcode it does not know', async () => {
    for (const near of ['5211', '5211 AB', '5211ab', ' 5211 ab ']) {
      const result = await search(`q=jurist&near=${encodeURIComponent(near)}&radiusKm=10`);
      expect([result.hits.map((hit) => hit.id), result.nearTown], near).toEqual([[nearby], "'s-Hertogenbosch"]);
    }
    // A place given by its name or code needs no town beside it.
    expect((await search('q=jurist&near=GM0796')).nearTown).toBeUndefined();
    const unknown = await ctx.app.inject('/api/v1/vacancies?near=0000%20AB');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toHaveProperty('near');
  });

  it('is read among the words too, as a place is: "jurist 5211" is the jurist around ’s-Hertogenbosch (a review)', async () => {
    const result = await search('q=jurist%205211%20ab&radiusKm=10');
    expect(result.hits.map((hit) => hit.id)).toEqual([nearby]);
    expect(result.place).toEqual({
      name: "'s-Hertogenbosch",
      municipalityCode: 'GM0796',
      radiusKm: 10,
      q: 'jurist',
      postcode: '5211 AB',
    });
    // Measured from the postcode, as the filter measures it; a year stays a word.
    const asFilter = await search('q=jurist&near=5211%20AB&radiusKm=10');
    expect(result.hits.map((hit) => hit.distanceKm)).toEqual(asFilter.hits.map((hit) => hit.distanceKm));
    expect((await search('q=jurist%202027')).place).toBeUndefined();
  });
});

describe('words that say nothing about which vacancy', () => {
  const ids = async (query: string) => (await search(query)).hits.map((hit) => hit.id).toSorted();

  it('are passed over when they come first: filler words, and words no vacancy has (a search review)', async () => {
    expect(await ids('q=fulltime%20jurist')).toEqual([nearby, farAway].toSorted());
    expect((await search('q=vacature%20toezichthouder')).total).toBe(1);
    const unknown = await search('q=zwoeltrapper%20jurist');
    expect(unknown.hits.map((hit) => hit.id).toSorted()).toEqual([nearby, farAway].toSorted());
    expect(unknown.unknownWords).toBe('zwoeltrapper');
    const filtered = await search('q=zwoeltrapper%20jurist&municipality=GM0014');
    expect([filtered.hits.map((hit) => hit.id), filtered.unknownWords]).toEqual([[farAway], 'zwoeltrapper']);
  });

  it('searches words of experience typed before the role after it: the role is kept ("ervaren jurist")', async () => {
    // "ervaren" matches only as the last word (a typo of "ervaring"): typed first, it found nothing
    // with "jurist", and "senior controller" showed the one senior adviser and no controller.
    // No jurist here asks for experience: the answer says those words were left out.
    for (const [q, leftOut] of [
      ['ervaren jurist', 'ervaren'],
      ['Senior jurist', 'Senior'],
      ['junior medior jurist', 'junior medior'],
      // With a word the engine passes over, anywhere: it is no word to have ("jurist" was left out
      // for the one senior vacancy, a job seeker's walk).
      ['Senior jurist parttime', 'Senior'],
      ['parttime senior jurist', 'senior'],
    ]) {
      const found = await search(`q=${encodeURIComponent(q!)}`);
      expect([found.hits.map((hit) => hit.id).toSorted(), found.unknownWords], q).toEqual([
        [nearby, farAway].toSorted(),
        leftOut,
      ]);
    }
    // Only words of experience: searched as typed.
    expect((await search('q=ervaren')).hits).toHaveLength(1);
  });

  it('names the words the engine left out at the end, when no vacancy has them all (a review: "jurist xyzzy")', async () => {
    const jurists = [nearby, farAway].toSorted();
    const named = async (query: string) => {
      const found = await search(query);
      return [found.hits.map((hit) => hit.id).toSorted(), found.unknownWords];
    };
    expect(await named('q=jurist%20zwoeltrapper')).toEqual([jurists, 'zwoeltrapper']);
    // In another order than relevance, with words in front left out as well, and with a place chosen.
    expect(await named('q=jurist%20zwoeltrapper&sort=newest')).toEqual([jurists, 'zwoeltrapper']);
    expect(await named('q=kwispeldoos%20jurist%20zwoeltrapper')).toEqual([jurists, 'kwispeldoos zwoeltrapper']);
    expect(await named('q=jurist%20Tilburg&near=GM0014&radiusKm=10')).toEqual([[farAway], 'Tilburg']);
    // With a place among the words, the place's words keep the word left out: the page that moves
    // the place into its filter asks with them, and says it again (it was dropped unsaid: a walk).
    const placed = await search('q=jurist%20zwoeltrapper%20Groningen');
    expect([placed.place?.q, placed.unknownWords]).toEqual(['jurist zwoeltrapper', 'zwoeltrapper']);
    expect(await named('q=jurist%20zwoeltrapper&near=Groningen&radiusKm=25')).toEqual([[farAway], 'zwoeltrapper']);
    // Only the word no vacancy has with the others, wherever it stands, and the answer is for the
    // rest, with vacancies that have all of it first (a job seeker's walk: "senior beleidsadviseur
    // xyzzy" lost "senior" too). A phrase in quotes is one word.
    for (const q of [
      'jurist omgevingsrecht zwoeltrapper',
      'jurist zwoeltrapper omgevingsrecht',
      '"jurist omgevingsrecht" zwoeltrapper',
    ]) {
      const found = await search(`q=${encodeURIComponent(q)}`);
      expect([found.hits[0]?.id, found.unknownWords], q).toEqual([nearby, 'zwoeltrapper']);
    }
    // A page of hits that each miss a word is no word left out while a vacancy further on has them
    // all: nearest to Groningen first, the jurist in bestuursrecht comes before the one in omgevingsrecht.
    expect(await named('q=jurist%20omgevingsrecht&near=GM0014&radiusKm=300&sort=distance&pageSize=1')).toEqual([
      [farAway],
      undefined,
    ]);
  });

  it('leaves out no word when only words that say nothing would be left, which would find everything', async () => {
    const fillers = await search('q=toezicht%20vacatures');
    expect([fillers.total, fillers.unknownWords]).toEqual([1, undefined]);
    const none = await search('q=zwoeltrapper%20vacatures');
    expect([none.total, none.unknownWords]).toEqual([0, undefined]);
    // Nor when only words to leave out would be left: that, too, is a search for everything.
    const excluded = await search('q=zwoeltrapper%20-stage');
    expect([excluded.total, excluded.unknownWords]).toEqual([0, undefined]);
  });

  it('asks whether the words go together among the vacancies the caller may see only', async () => {
    // Together only in an alliance-internal vacancy: to the public, the words go together nowhere.
    const outside = await search('q=fusieproject%20jurist');
    expect(outside.hits.map((hit) => hit.id).toSorted()).toEqual([nearby, farAway].toSorted());
    expect(outside.unknownWords).toBe('fusieproject');
  });

  it('keeps a place read from the words, and its words for the page that moves it into the filter', async () => {
    const placed = await search('q=zwoeltrapper%20jurist%20Den%20Bosch');
    expect(placed.hits.map((hit) => hit.id)).toEqual([nearby]);
    expect([placed.unknownWords, placed.place?.q]).toEqual(['zwoeltrapper', 'zwoeltrapper jurist']);
    const moved = await search('q=zwoeltrapper%20jurist&near=GM0796');
    expect([moved.hits.map((hit) => hit.id), moved.unknownWords]).toEqual([[nearby], 'zwoeltrapper']);
  });

  it('never drops a word because the filters leave nothing: words that go together elsewhere are kept', async () => {
    const none = await search('q=omgevingsrecht%20jurist&municipality=GM0014');
    expect([none.total, none.unknownWords]).toEqual([0, undefined]);
    expect((await search('q=omgevingsrecht%20jurist')).hits.map((hit) => hit.id)).toEqual([nearby]);
    expect((await search('q=jurist')).unknownWords).toBeUndefined();
  });
});
