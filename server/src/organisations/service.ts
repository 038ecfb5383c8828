/**
 * The public face of the alliance: its active members, each with the number of its open
 * vacancies as search counts them (the findable rule), and their logos.
 */
import type { Database } from '@samenwerven/db';
import { notFound } from '../errors.ts';
import { publicOrganisation } from './presenter.ts';
import { countFindableVacancies, findLogo, findPublicMember, listPublicMembers } from './queries.ts';

export async function listMembers(db: Database, publicUrl: string, now = new Date()) {
  const members = await listPublicMembers(db);
  const counts = await countFindableVacancies(
    db,
    members.map((member) => member.id),
    now,
  );
  return {
    items: members.map((member) => publicOrganisation(publicUrl, member, counts.get(member.id) ?? 0)),
    total: members.length,
  };
}

export async function getMember(db: Database, publicUrl: string, slug: string, now = new Date()) {
  const member = await findPublicMember(db, slug);
  if (!member) throw notFound();
  const counts = await countFindableVacancies(db, [member.id], now);
  return publicOrganisation(publicUrl, member, counts.get(member.id) ?? 0);
}

/** A member's logo (also of a suspended or departed one); 404 when it has none or never became a member. */
export async function getLogo(db: Database, slug: string): Promise<{ logo: Buffer; logoType: string }> {
  const found = await findLogo(db, slug);
  if (!found?.logo || !found.logoType) throw notFound();
  return { logo: found.logo, logoType: found.logoType };
}
