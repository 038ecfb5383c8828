/**
 * The public face of the alliance: its active members, each with the number of its open
 * vacancies as search counts them (the findable rule), and their logos.
 */
import { isDatabaseUnavailable, type Database } from '@samenwerven/db';
import { notFound } from '../errors.ts';
import { logoUrl, publicOrganisation } from './presenter.ts';
import {
  countFindableVacancies,
  findLogo,
  findMemberSince,
  findPublicMember,
  findSearchFacts,
  listPublicMembers,
  type SearchFacts,
} from './queries.ts';
import { sharedFreshRead } from '../fresh-read.ts';

export async function listMembers(db: Database, publicUrl: string, now = new Date()) {
  const members = await listPublicMembers(db);
  const ids = members.map((member) => member.id);
  const [counts, since] = await Promise.all([countFindableVacancies(db, ids, now), findMemberSince(db, ids)]);
  return {
    items: members.map((member) =>
      publicOrganisation(publicUrl, member, counts.get(member.id) ?? 0, since.get(member.id) ?? null),
    ),
    total: members.length,
  };
}

export async function getMember(db: Database, publicUrl: string, slug: string, now = new Date()) {
  const member = await findPublicMember(db, slug);
  if (!member) throw notFound();
  const [counts, since] = await Promise.all([
    countFindableVacancies(db, [member.id], now),
    findMemberSince(db, [member.id]),
  ]);
  return publicOrganisation(publicUrl, member, counts.get(member.id) ?? 0, since.get(member.id) ?? null);
}

/** A member's logo (also of a suspended or departed one); 404 when it has none or never became a member. */
export async function getLogo(db: Database, organisation: string): Promise<{ logo: Buffer; logoType: string }> {
  const found = await findLogo(db, organisation);
  if (!found?.logo || !found.logoType) throw notFound();
  return { logo: found.logo, logoType: found.logoType };
}

/**
 * A search's hits with their organisations' logos (as `withLogos`), and the names of the
 * organisations its facet counts or its filter asks for, by slug — public members only: the
 * facet counts by slug, and its readers (the search page's filter and chips, an integrator) want
 * names beside them. One query for both. While the database is away the hits go out without
 * logos and there are no names.
 */
export async function withLogosAndNames<T extends { organisation: { slug: string; logoUrl?: string | null } }>(
  db: Database,
  publicUrl: string,
  items: readonly T[],
  nameSlugs: readonly string[],
  /** The facts, when the caller started reading them already (`currentSearchFacts`). */
  facts: Promise<SearchFacts[]> = currentSearchFacts(db),
): Promise<{ items: T[]; names?: Record<string, string> }> {
  const all = await facts.catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return undefined;
    throw error;
  });
  if (!all) return { items: [...items] };
  const slugs = new Set([...items.map((item) => item.organisation.slug), ...nameSlugs]);
  const found = all.filter((row) => slugs.has(row.slug));
  const wanted = new Set(nameSlugs);
  const names = Object.fromEntries(
    found.filter((row) => row.named && wanted.has(row.slug)).map((row) => [row.slug, row.name]),
  );
  const urls = new Map(found.filter((row) => row.logoShown).map((row) => [row.slug, logoUrl(publicUrl, row)]));
  return {
    items: items.map((item) => ({
      ...item,
      organisation: { ...item.organisation, logoUrl: urls.get(item.organisation.slug) ?? null },
    })),
    names,
  };
}

/**
 * Every organisation's facts as of now: one read for the requests that arrive together, none of
 * them answered from a read older than itself (../fresh-read.ts). A logo changed or a member
 * suspended a moment before a search shows in it.
 */
export function currentSearchFacts(db: Database): Promise<SearchFacts[]> {
  return sharedFreshRead(db, 'search-facts', () => findSearchFacts(db));
}

/**
 * Gives each item's organisation its logo address (null when it has none), in one query for
 * all of them: the search hits and vacancies job seekers see. The search answers while the
 * database is away; then the items go out without logos rather than not at all.
 */
export async function withLogos<T extends { organisation: { slug: string; logoUrl?: string | null } }>(
  db: Database,
  publicUrl: string,
  items: readonly T[],
): Promise<T[]> {
  return (await withLogosAndNames(db, publicUrl, items, [])).items;
}
