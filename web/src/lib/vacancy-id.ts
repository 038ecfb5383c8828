/** `{uuid}` or `{uuid}-{slug}`; the slug is decoration and not checked. */
const ID_SLUG = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:-.*)?$/i;

/** The vacancy id in the last part of a vacancy page's address, or null when there is none. */
export function vacancyIdFrom(idSlug: string | undefined): string | null {
  return ID_SLUG.exec(idSlug ?? '')?.[1]?.toLowerCase() ?? null;
}
