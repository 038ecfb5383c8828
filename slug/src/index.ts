/**
 * The readable part of a public address. One module for the server (canonical addresses, the
 * redirect to them, feeds, mails, the widget, the sitemap) and the web app (every link it makes):
 * written by two helpers, a long title's links led to a 301 first (a newcomer's review).
 */

/** The longest title slug in a vacancy's address: the rest of the title adds nothing to find it by. */
export const TITLE_SLUG_LENGTH = 80;

/**
 * Lower case ASCII words joined by hyphens: "Beleidsmedewerker Sociaal Domein (32 uur)" becomes
 * "beleidsmedewerker-sociaal-domein-32-uur". Compatibility forms are taken apart first, so "ĳ"
 * is "ij" and "ﬁ" is "fi"; accents go.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A title's slug for an address: cut after a whole word within `TITLE_SLUG_LENGTH` characters. */
export function titleSlug(title: string): string {
  const slug = slugify(title);
  if (slug.length <= TITLE_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, TITLE_SLUG_LENGTH + 1);
  // A word that ends exactly at the limit is kept whole.
  return cut.endsWith('-') ? cut.slice(0, -1) : cut.slice(0, TITLE_SLUG_LENGTH).replace(/-[^-]*$/, '');
}
