/**
 * What a coordinator checks before admitting an organisation (issue 16, finding 6): does the
 * portal already know it (a member, an earlier or a parallel application), and does the
 * applicant's e-mail address belong to the organisation's website? An application called
 * "Gemeente Breda" from an unrelated address otherwise reaches the coordinator looking like
 * any other. Pure rules, no database: the service hands in every organisation to compare with.
 */
import { slugify } from '@samenwerven/slug';

/** Why an organisation looks like the applicant. */
export const duplicateReasons = ['name', 'municipality', 'website'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

export interface Comparable {
  id: string;
  name: string;
  kind: string;
  municipalityCode: string;
  website: string | null;
}

/** Names written alike: case, accents, spaces and punctuation aside ("Gemeente  Bréda" is "gemeente breda"). */
export function normalisedName(name: string): string {
  return slugify(name);
}

/** The host of a website, lower case and without a leading "www."; null when there is none or it is no URL. */
export function websiteDomain(website: string | null): string | null {
  if (!website) return null;
  try {
    const host = new URL(website).hostname.toLowerCase().replace(/\.$/, '');
    return host.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The domain of an e-mail address, lower case. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at > 0
    ? email
        .slice(at + 1)
        .trim()
        .toLowerCase() || null
    : null;
}

/**
 * One domain is the other or lies under it (`werkenbij.breda.nl` and `breda.nl`); a name
 * without a dot (a bare `nl`) is no organisation's domain and matches nothing.
 */
export function sameDomain(a: string, b: string): boolean {
  if (!a.includes('.') || !b.includes('.')) return false;
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/**
 * Why `other` looks like `applicant`: the same name, written alike; the same municipality for
 * the same kind of organisation (the coordinating body, the GGD and the municipality of one
 * town share its code, so the code alone would flag every neighbour); the same website domain.
 */
export function duplicateReasonsOf(applicant: Comparable, other: Comparable): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (normalisedName(applicant.name) === normalisedName(other.name)) reasons.push('name');
  if (applicant.municipalityCode === other.municipalityCode && applicant.kind === other.kind)
    reasons.push('municipality');
  const mine = websiteDomain(applicant.website);
  const theirs = websiteDomain(other.website);
  if (mine && theirs && sameDomain(mine, theirs)) reasons.push('website');
  return reasons;
}

/** The organisations that look like the applicant, with why; the applicant itself left out. */
export function likelyDuplicates<T extends Comparable>(
  applicant: Comparable,
  others: readonly T[],
): { organisation: T; matchedOn: DuplicateReason[] }[] {
  return others
    .filter((other) => other.id !== applicant.id)
    .map((other) => ({ organisation: other, matchedOn: duplicateReasonsOf(applicant, other) }))
    .filter((match) => match.matchedOn.length > 0)
    .sort((a, b) => b.matchedOn.length - a.matchedOn.length || a.organisation.name.localeCompare(b.organisation.name));
}

/**
 * The applicant's e-mail domain against the website the application gives: `matches` is
 * null when there is no website (or no address) to compare.
 */
export function emailAgainstWebsite(email: string | null, website: string | null) {
  const fromEmail = email ? emailDomain(email) : null;
  const fromWebsite = websiteDomain(website);
  return {
    emailDomain: fromEmail,
    websiteDomain: fromWebsite,
    matches: fromEmail && fromWebsite ? sameDomain(fromEmail, fromWebsite) : null,
  };
}
