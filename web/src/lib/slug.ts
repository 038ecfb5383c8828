/**
 * A readable, ASCII address part from a title: "Beleidsmedewerker Sociaal Domein (32 uur)"
 * becomes "beleidsmedewerker-sociaal-domein-32-uur". Only decoration: pages are found by id.
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-[^-]*$/, '');
}
