/**
 * The shapes of the public API that the web app reads and sends, named after the types generated
 * from the server's OpenAPI document (openapi.gen.ts, `npm run api:types`). None is written by
 * hand: when a route schema changes, regenerating turns every use that no longer fits into a type
 * error. Addresses are written as the client calls them, without `/api/v1`.
 */
import type { components, paths } from './openapi.gen.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type ApiPath = { [P in keyof paths]: P extends `/api/v1${infer Rest}` ? Rest : never }[keyof paths];
type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[`/api/v1${P}`][M]>;
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** What a call answers when it succeeds (its 200, else its 201). */
export type ResponseOf<P extends ApiPath, M extends Method> = Operation<P, M>['responses'] extends { 200: infer Ok }
  ? JsonOf<Ok>
  : Operation<P, M>['responses'] extends { 201: infer Created }
    ? JsonOf<Created>
    : never;

/** The JSON body a call takes. */
export type BodyOf<P extends ApiPath, M extends Method> = JsonOf<NonNullable<Operation<P, M>['requestBody']>>;

/** The query parameters a call takes. */
export type QueryOf<P extends ApiPath, M extends Method> = NonNullable<Operation<P, M>['parameters']['query']>;

// ── Search and vacancies ────────────────────────────────────────────────────

export type SearchResponse = ResponseOf<'/vacancies', 'get'>;
/** A vacancy in a result list; `_formatted` holds the highlights (absent in degraded search). */
export type SearchHit = SearchResponse['hits'][number];
export type FacetCounts = SearchResponse['facets']['category'];
/** A suggestion for the search box: a vacancy title, a member organisation or a place. */
export type Suggestion = ResponseOf<'/suggestions', 'get'>['suggestions'][number];
/** One vacancy; its own organisation's staff see it in any state, everyone else only published. */
export type VacancyDetail = ResponseOf<'/vacancies/{id}', 'get'>;
/** What stays public of a vacancy that is no longer open: title, field, place, employer while a member. */
export type ClosedVacancy = ResponseOf<'/vacancies/{id}/closed', 'get'>;
export type EducationLevel = VacancyDetail['educationLevel'];
export type EmploymentType = VacancyDetail['employmentType'];
export type WorkMode = VacancyDetail['workMode'];
export type ApplyMethod = VacancyDetail['applyMethod'];

// ── Organisations and code lists ────────────────────────────────────────────

export type PublicOrganisation = components['schemas']['PublicOrganisation'];
export type OrganisationKind = PublicOrganisation['kind'];
export type OrganisationList = ResponseOf<'/organisations', 'get'>;
export type Taxonomies = ResponseOf<'/taxonomies', 'get'>;
export type TaxonomyEntry = Taxonomies['categories'][number];
/** How to reach the alliance office (its configuration): name, e-mail, phone, address. */
export type AllianceContact = ResponseOf<'/contact', 'get'>;

// ── Accounts ────────────────────────────────────────────────────────────────

/** The signed-in user (`GET /me`). */
export type Me = components['schemas']['Me'];
export type Role = Me['role'];
/** The answer to signing in, registering or accepting an invitation; the cookies carry the session. */
export type SignedIn = ResponseOf<'/auth/login', 'post'>;
export type StaffMember = ResponseOf<'/organisations/{orgId}/users/{userId}', 'patch'>;
export type StaffRole = StaffMember['role'];
export type ApiKey = ResponseOf<'/organisations/{orgId}/api-keys', 'get'>['items'][number];
/** A key just created: the secret is in this answer only. */
export type NewApiKey = ResponseOf<'/organisations/{orgId}/api-keys', 'post'>;
/** What a key may do with its organisation's vacancies: read, write, publish. */
export type ApiKeyScope = ApiKey['scopes'][number];
/** `GET /me` called with an API key: the key, its scopes and its organisation. */
export type ApiKeyMe = components['schemas']['ApiKeyMe'];

/**
 * The membership states the web app has words for. The API answers any string (a state added
 * later must not break a page), so every use keeps a fallback for the others.
 */
export type MembershipState = 'applied' | 'active' | 'suspended' | 'left' | 'rejected';
