/**
 * What the organisation domain reads and writes in the database. Every function takes an
 * executor first, so a service can run several in one transaction.
 */
import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import {
  findableConditions,
  membershipPeriods,
  organisations,
  PUBLIC,
  vacancies,
  type Audience,
  type Executor,
  type Organisation,
} from '@samenwerven/db';

/** An active member shown on the portal; the coordinating body is not a member. */
const isPublicMember = and(eq(organisations.state, 'active'), eq(organisations.isCoordinatingBody, false));

/** Organisations whose logo may still be shown: members, also while suspended or after leaving. */
const logoStates: Organisation['state'][] = ['active', 'suspended', 'left'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the public pages show of an organisation; never the logo's bytes. */
const publicColumns = {
  id: organisations.id,
  slug: organisations.slug,
  name: organisations.name,
  kind: organisations.kind,
  municipalityCode: organisations.municipalityCode,
  website: organisations.website,
  description: organisations.description,
  offer: organisations.offer,
  logoType: organisations.logoType,
  profileVersion: organisations.profileVersion,
  updatedAt: organisations.updatedAt,
};

export type PublicProfileRow = Pick<Organisation, keyof typeof publicColumns>;

/** The alliance's public members, by name. */
export function listPublicMembers(db: Executor): Promise<PublicProfileRow[]> {
  return db.select(publicColumns).from(organisations).where(isPublicMember).orderBy(asc(organisations.name));
}

export async function findPublicMember(db: Executor, slug: string): Promise<PublicProfileRow | undefined> {
  const [row] = await db
    .select(publicColumns)
    .from(organisations)
    .where(and(isPublicMember, eq(organisations.slug, slug)));
  return row;
}

/**
 * Findable vacancies per organisation. One grouped query the planner answers from the partial
 * index vacancies_public_by_organisation_idx (for the public audience), joined to the few
 * organisations for their state; kept apart from the organisations query so the planner
 * cannot re-run it per organisation (it once took 0.9 s at 100k vacancies).
 */
export async function countFindableVacancies(
  db: Executor,
  organisationIds: readonly string[],
  now: Date,
  audience: Audience = PUBLIC,
): Promise<Map<string, number>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db
    .select({ organisationId: vacancies.organisationId, n: count() })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .where(and(inArray(vacancies.organisationId, [...organisationIds]), ...findableConditions(now, audience)))
    .groupBy(vacancies.organisationId);
  return new Map(rows.map((row) => [row.organisationId, row.n]));
}

/** When each of these organisations' current membership began: the start of its open membership period. */
export async function findMemberSince(db: Executor, organisationIds: readonly string[]): Promise<Map<string, Date>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db
    .select({ organisationId: membershipPeriods.organisationId, startedAt: membershipPeriods.startedAt })
    .from(membershipPeriods)
    .where(and(inArray(membershipPeriods.organisationId, [...organisationIds]), isNull(membershipPeriods.endedAt)));
  return new Map(rows.map((row) => [row.organisationId, row.startedAt]));
}

export async function findOrganisation(
  db: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<PublicProfileRow | undefined> {
  const query = db.select(publicColumns).from(organisations).where(eq(organisations.id, id));
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row;
}

/** An organisation's public profile whatever its membership state. */
export async function findOrganisationBySlug(db: Executor, slug: string): Promise<PublicProfileRow | undefined> {
  const [row] = await db.select(publicColumns).from(organisations).where(eq(organisations.slug, slug));
  return row;
}

/** Changes an organisation's own fields and marks it updated (the logo URL carries that moment). */
export async function updateOrganisation(
  db: Executor,
  id: string,
  changes: Partial<Pick<Organisation, 'description' | 'offer' | 'website' | 'logo' | 'logoType' | 'profileVersion'>>,
): Promise<PublicProfileRow | undefined> {
  const [row] = await db
    .update(organisations)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(organisations.id, id))
    .returning(publicColumns);
  return row;
}

/**
 * What a search answer or a vacancy shows of an organisation: the logo's version of those whose
 * logo may show, and the name of those that are public members (as listPublicMembers).
 */
export type SearchFacts = Pick<Organisation, 'slug' | 'name' | 'logoType' | 'updatedAt'> & {
  logoShown: boolean;
  named: boolean;
};

/** Every organisation's facts: an alliance has some hundreds, read as one short statement. */
export function findSearchFacts(db: Executor): Promise<SearchFacts[]> {
  return db
    .select({
      slug: organisations.slug,
      name: organisations.name,
      logoType: organisations.logoType,
      updatedAt: organisations.updatedAt,
      logoShown: sql<boolean>`${and(inArray(organisations.state, logoStates), isNotNull(organisations.logoType))}`,
      named: sql<boolean>`${isPublicMember}`,
    })
    .from(organisations);
}

export async function findLogo(
  db: Executor,
  /** The organisation's id (as the staff's logo routes name it), or its slug (as `logoUrl` does). */
  organisation: string,
): Promise<{ logo: Buffer | null; logoType: string | null } | undefined> {
  const named = UUID.test(organisation) ? eq(organisations.id, organisation) : eq(organisations.slug, organisation);
  const [row] = await db
    .select({ logo: organisations.logo, logoType: organisations.logoType })
    .from(organisations)
    .where(and(named, inArray(organisations.state, logoStates)));
  return row;
}
