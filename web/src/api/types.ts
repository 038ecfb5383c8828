/** The shapes of the public API (see /api/docs) that the web app reads. Fields may be added. */

export type EducationLevel = 'vmbo' | 'mbo' | 'hbo' | 'wo';
export type WorkMode = 'on_site' | 'hybrid' | 'remote';
export type ApplyMethod = 'portal' | 'url' | 'email';

export interface OrganisationRef {
  slug: string;
  name: string;
}

export interface Place {
  municipalityCode: string;
  municipalityName: string;
  region: string;
  postcode: string | null;
  latitude: number;
  longitude: number;
}

export interface VacancySummary {
  id: string;
  title: string;
  organisation: OrganisationRef;
  department: string | null;
  summary: string;
  category: string;
  educationLevel: string;
  employmentType: string;
  workMode: string;
  hoursMin: number;
  hoursMax: number;
  salaryScale: number | null;
  salaryMin: number | null;
  salaryMax: number | null;
  place: Place;
  publishedAt: string;
  /** A calendar date, `YYYY-MM-DD`. */
  closingDate: string | null;
}

export interface SearchHit extends VacancySummary {
  /** The same fields as escaped text with `<mark>…</mark>` around matches (API.md); absent in degraded search. */
  _formatted?: { title?: string; summary?: string; description?: string };
  distanceKm?: number;
}

export type FacetCounts = Record<string, number>;

export interface SearchResponse {
  hits: SearchHit[];
  total: number;
  page: number;
  pageSize: number;
  facets: {
    category: FacetCounts;
    educationLevel: FacetCounts;
    employmentType: FacetCounts;
    organisation: FacetCounts;
    region: FacetCounts;
    /** Vacancies per maximum hours a week: "at least N hours" finds the sum at N and above. */
    hoursMax: FacetCounts;
    /** Vacancies per salary scale. */
    salaryScale: FacetCounts;
  };
  /** The search engine was unreachable; the answer came from the database with fewer features. */
  degraded: boolean;
}

/** A suggestion for the search box: a vacancy title, a member organisation or a place. */
export type Suggestion =
  | { kind: 'title'; label: string }
  | { kind: 'organisation'; label: string; slug: string }
  | { kind: 'place'; label: string; municipalityCode: string };

export interface VacancyDetail extends VacancySummary {
  /** Sanitised HTML from the server. */
  description: string;
  orEquivalent: boolean;
  applyMethod: ApplyMethod;
  applyUrl: string | null;
  applyEmail: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  language: 'nl' | 'en';
  state: string;
}

export interface PublicOrganisation {
  slug: string;
  name: string;
  kind: string;
  municipalityCode: string;
  municipalityName: string;
  website: string | null;
  description: string;
  openVacancies: number;
}

export interface OrganisationList {
  items: PublicOrganisation[];
  total: number;
}

export interface LocalisedLabel {
  nl: string;
  en: string;
}

export interface TaxonomyEntry {
  code: string;
  label: LocalisedLabel;
}

export interface Taxonomies {
  categories: TaxonomyEntry[];
  educationLevels: TaxonomyEntry[];
  employmentTypes: TaxonomyEntry[];
  workModes: TaxonomyEntry[];
  organisationKinds: TaxonomyEntry[];
  salaryScales: number[];
  regions: string[];
  municipalities: { code: string; name: string; region: string }[];
}

export type Role = 'job_seeker' | 'hr_officer' | 'org_admin' | 'coordinator';
export type StaffRole = 'hr_officer' | 'org_admin';
/** An organisation's membership of the alliance. */
export type MembershipState = 'applied' | 'active' | 'suspended' | 'left' | 'rejected';

/** The signed-in user (`GET /me`). */
export interface Me {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  organisation: { id: string; slug: string; name: string; state: MembershipState | (string & {}) } | null;
}

/** The answer to signing in, registering or accepting an invitation; the cookies carry the session. */
export interface SignedIn {
  token: string;
  user: Me;
}

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  /** `invited`: has not set a password yet. */
  status: 'active' | 'invited';
  lastSignInAt: string | null;
  createdAt: string;
}

export interface ApiKey {
  id: string;
  name: string;
  /** The first characters of the key, to tell keys apart. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** A key just created: the secret is in this answer only. */
export interface NewApiKey extends ApiKey {
  key: string;
}

export interface ItemList<T> {
  items: T[];
}
