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

/**
 * A slug of at most `maxLength` characters, cut after a whole word: never ending in a hyphen,
 * which an organisation's slug may not (a blind cut of a long name was refused by the database).
 */
export function shortSlug(text: string, maxLength: number): string {
  const slug = slugify(text);
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  // A word that ends exactly at the limit is kept whole.
  if (cut.endsWith('-')) return cut.slice(0, -1);
  const words = cut.slice(0, maxLength).replace(/-[^-]*$/, '');
  return words === '' ? cut.slice(0, maxLength) : words;
}

/** A title's slug for an address: cut after a whole word within `TITLE_SLUG_LENGTH` characters. */
export function titleSlug(title: string): string {
  return shortSlug(title, TITLE_SLUG_LENGTH);
}

/**
 * A vacancy's part of its address: its id, then its title's slug when the title has letters or
 * digits to make one (`/vacatures/{id}` for a title of none, never `{id}-`).
 */
export function vacancyAddressPart(vacancy: { id: string; title: string }): string {
  const slug = titleSlug(vacancy.title);
  return slug ? `${vacancy.id}-${slug}` : vacancy.id;
}
