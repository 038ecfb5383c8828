/** Small text helpers shared by the pages, feeds and widgets the server writes itself. */

/** Escapes text for HTML and XML content and attribute values. */
export function escapeMarkup(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A URL-safe slug: lower case, no accents, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The public address of a vacancy page: its id, then a readable slug of its title. */
export function vacancyPath(vacancy: { id: string; title: string }, lang: 'nl' | 'en' = 'nl'): string {
  return `${lang === 'en' ? '/en/vacancies/' : '/vacatures/'}${vacancy.id}-${slugify(vacancy.title)}`;
}
