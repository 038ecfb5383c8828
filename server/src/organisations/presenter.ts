/**
 * Decides the public shapes of an organisation: its public profile on the portal and the
 * employer profile its staff keep. Only what is listed here leaves the server (never the
 * logo's bytes, the contact address or the cost weight).
 */
import { municipalityByCode, type Organisation } from '@samenwerven/db';

/**
 * The logo's address; the moment of the last change makes a new logo a new URL, so
 * browsers may cache each one for a day.
 */
export function logoUrl(
  publicUrl: string,
  organisation: Pick<Organisation, 'slug' | 'logoType' | 'updatedAt'>,
): string | null {
  return organisation.logoType
    ? `${publicUrl}/api/v1/organisations/${organisation.slug}/logo?v=${organisation.updatedAt.getTime()}`
    : null;
}

export function publicOrganisation(
  publicUrl: string,
  organisation: Pick<
    Organisation,
    'slug' | 'name' | 'kind' | 'municipalityCode' | 'website' | 'description' | 'offer' | 'logoType' | 'updatedAt'
  >,
  openVacancies: number,
  memberSince: Date | null,
) {
  return {
    slug: organisation.slug,
    name: organisation.name,
    kind: organisation.kind,
    municipalityCode: organisation.municipalityCode,
    municipalityName: municipalityByCode(organisation.municipalityCode)?.name ?? organisation.municipalityCode,
    website: organisation.website,
    description: organisation.description,
    offer: organisation.offer,
    logoUrl: logoUrl(publicUrl, organisation),
    openVacancies,
    memberSince: memberSince?.toISOString() ?? null,
  };
}

export function employerProfile(
  organisation: Pick<
    Organisation,
    'id' | 'slug' | 'name' | 'description' | 'offer' | 'website' | 'logoType' | 'profileVersion' | 'updatedAt'
  >,
  publicUrl: string,
) {
  return {
    id: organisation.id,
    slug: organisation.slug,
    name: organisation.name,
    description: organisation.description,
    offer: organisation.offer,
    website: organisation.website,
    logoUrl: logoUrl(publicUrl, organisation),
    version: organisation.profileVersion,
  };
}
