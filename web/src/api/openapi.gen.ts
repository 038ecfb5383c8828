/**
 * Generated from the server's OpenAPI document by `npm run api:types` (server/src/cli/openapi.ts,
 * openapi-typescript); do not edit. CI runs `npm run api:types:check`, which fails when this file
 * and the route schemas disagree. The web app names these types in web/src/api/types.ts.
 */
export interface paths {
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether the database and the search engine are up, the sync backlog, and the embedded servers
     * @description Anyone may call it. The servers' error messages (`lastError`) are given to a signed-in coordinator only.
     */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vacancies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The shared search over every member’s open vacancies
     * @description The shared search over every member’s open vacancies
     */
    get: operations['getVacancies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Suggestions for the search box: vacancy titles, member organisations and places
     * @description Suggestions for the search box: vacancy titles, member organisations and places
     */
    get: operations['getSuggestions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vacancies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One published vacancy
     * @description Anyone reads a published vacancy. The organisation’s own staff, and its API keys with the scope `read`, read its vacancies in any state (draft, scheduled, closed), with `version` and `state`.
     */
    get: operations['getVacanciesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit; send the version you edited (If-Match or `version`), a stale one gets 409
     * @description API keys need the scope `write`.
     */
    patch: operations['patchVacanciesById'];
    trace?: never;
  };
  '/api/v1/vacancies/{id}/closed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What stays public of a vacancy that is no longer open
     * @description For an old link to a vacancy that closed, or whose organisation left the alliance or is suspended (then `mayReturn`: a reinstatement publishes it again): its title, field and place, and its organisation while that is still a member, so a page can say it closed and offer similar open vacancies. 404 for an unknown id, for what was never public and for an open vacancy.
     */
    get: operations['getVacanciesByIdClosed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/vacancies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * All of the organisation’s vacancies, any state, with views
     * @description API keys need the scope `read`.
     */
    get: operations['getOrganisationsByOrgIdVacancies'];
    put?: never;
    /**
     * Create a draft
     * @description Every problem is answered at once (400, `fields`), the rules’ with the types’. A draft whose closing date has passed is saved, with `warnings.closingDate`: it cannot be published so.
     *
     *     API keys need the scope `write`.
     */
    post: operations['postOrganisationsByOrgIdVacancies'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vacancies/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish now, or schedule when publishAt lies ahead
     * @description API keys need the scope `publish`.
     */
    post: operations['postVacanciesByIdPublish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vacancies/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close
     * @description API keys need the scope `publish`.
     */
    post: operations['postVacanciesByIdClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vacancies/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reopen a closed vacancy
     * @description API keys need the scope `publish`.
     */
    post: operations['postVacanciesByIdReopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vacancies/{id}/unschedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a scheduled vacancy back to draft before it goes online
     * @description API keys need the scope `publish`.
     */
    post: operations['postVacanciesByIdUnschedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vacancies/{id}/duplicate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Copy into a new draft
     * @description API keys need the scope `write`.
     */
    post: operations['postVacanciesByIdDuplicate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vacancies/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who changed what, when
     * @description API keys need the scope `read`.
     */
    get: operations['getVacanciesByIdHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/vacancies/by-external-id/{externalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One of the organisation’s vacancies, any state, by the external id its ATS knows it by
     * @description The same vacancy as `GET /vacancies/{id}` gives the organisation’s own staff and keys with `read`; 404 when the organisation has no vacancy with this external id.
     *
     *     API keys need the scope `read`.
     */
    get: operations['getOrganisationsByOrgIdVacanciesByExternalIdByExternalId'];
    /**
     * Idempotent upsert from the organisation’s ATS (the same body twice changes nothing)
     * @description `state` says where the vacancy should be: `published` (or `scheduled`, as the GET shape of a scheduled vacancy says) publishes it (or reopens it; with a `publishAt` to come, it is scheduled), `closed` closes it when live, `draft` asks for no move (a published vacancy stays published; a draft asked to be closed stays a draft); the answer’s `state` says where it is. Moving it is a publication decision: an API key then needs the scope `publish` as well, or the whole upsert is refused (403 `insufficient_scope`) and nothing of it is kept. Without `If-Match` the upsert is the ATS’s last word (the body’s `version` is ignored); with it, a vacancy at another version, or none, is 409.
     *
     *     API keys need the scope `write`.
     */
    put: operations['putOrganisationsByOrgIdVacanciesByExternalIdByExternalId'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/vacancies/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upsert up to 1,000 vacancies at once; answers per item, good ones are kept even when others fail
     * @description Each item is atomic on its own: it is validated and written in a savepoint of its own (items share a transaction a hundred at a time, and an item answers 2xx only once its hundred committed), and answers with its own `status` and, when it fails, its own `error` (with `fields` for validation). The batch is not atomic: items that succeed are kept whatever happens to the others, and one failing item never stops or undoes another. The answer is 200 whenever the batch itself was readable; check `failed`. An item whose `state` moves its vacancy needs an API key with the scope `publish` too (else that item answers 403).
     *
     *     API keys need the scope `write`.
     */
    post: operations['postOrganisationsByOrgIdVacanciesBulk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/vacancies/upload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upsert up to 1,000 vacancies from a CSV file (text/csv); answers per row
     * @description The rows of a spreadsheet saved as CSV (text/csv, or text/plain in UTF-8; comma, semicolon or tab; UTF-8 or Windows-1252), with the columns of the template (`GET …/vacancies/upload-template`): Dutch names, or the API’s field names. Each row is upserted by its `kenmerk` (externalId) exactly as an item of the bulk route, and answers with the line it starts on, its title and its outcome; problems are named by column. A file that cannot be read as a whole (no header, unknown columns, no kenmerk column, a kenmerk twice, too many rows) answers 400 with the problem under `file`, and nothing of it is written.
     */
    post: operations['postOrganisationsByOrgIdVacanciesUpload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/vacancies/upload-template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The CSV template for uploading vacancies: the columns and one example row
     * @description The CSV template for uploading vacancies: the columns and one example row
     */
    get: operations['getOrganisationsByOrgIdVacanciesUploadTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Active member organisations
     * @description By name; paged as every list is (`page`, `pageSize` up to 100, the default: an alliance fits).
     */
    get: operations['getOrganisations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An organisation’s public profile and its open vacancies count
     * @description An organisation’s public profile and its open vacancies count
     */
    get: operations['getOrganisationsBySlug'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The employer profile
     * @description The employer profile
     */
    get: operations['getOrganisationsByOrgIdProfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit the employer profile; send the version you edited (If-Match or `version`), a stale one gets 409
     * @description Edit the employer profile; send the version you edited (If-Match or `version`), a stale one gets 409
     */
    patch: operations['patchOrganisationsByOrgIdProfile'];
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/logo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A member’s logo
     * @description A member’s logo
     */
    get: operations['getOrganisationsByOrgIdLogo'];
    /**
     * Upload the logo: PNG, JPEG or WebP, at most 512 KB and 2000 × 2000 pixels, as the raw request body
     * @description Upload the logo: PNG, JPEG or WebP, at most 512 KB and 2000 × 2000 pixels, as the raw request body
     */
    put: operations['putOrganisationsByOrgIdLogo'];
    post?: never;
    /**
     * Remove the logo
     * @description Remove the logo
     */
    delete: operations['deleteOrganisationsByOrgIdLogo'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/taxonomies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Categories, education levels, employment types, salary scales, regions and municipalities
     * @description Categories, education levels, employment types, salary scales, regions and municipalities
     */
    get: operations['getTaxonomies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How to reach the alliance office (name, e-mail, phone, address)
     * @description How to reach the alliance office (name, e-mail, phone, address)
     */
    get: operations['getContact'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a job seeker account: the same 202 whether or not the address has an account; the address is mailed a confirmation link (new) or a note (known)
     * @description Create a job seeker account: the same 202 whether or not the address has an account; the address is mailed a confirmation link (new) or a note (known)
     */
    post: operations['postAuthRegister'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/register/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm the e-mail address of a new account (or an application’s admin) with the mailed token and the password chosen when it was made; signs in
     * @description Confirm the e-mail address of a new account (or an application’s admin) with the mailed token and the password chosen when it was made; signs in
     */
    post: operations['postAuthRegisterConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in; sets an httpOnly cookie and returns a bearer token
     * @description Sign in; sets an httpOnly cookie and returns a bearer token
     */
    post: operations['postAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Renew the access token from the refresh cookie
     * @description Renew the access token from the refresh cookie
     */
    post: operations['postAuthRefresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out this browser; every access token of the user ends (other browsers renew theirs). With the session cookies, the CSRF echo is needed (403 csrf_failed without)
     * @description Sign out this browser; every access token of the user ends (other browsers renew theirs). With the session cookies, the CSRF echo is needed (403 csrf_failed without)
     */
    post: operations['postAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * E-mail a single-use link to set a new password (older unused links stop working)
     * @description E-mail a single-use link to set a new password (older unused links stop working)
     */
    post: operations['postAuthPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a new password with the e-mailed token; every session of the user ends
     * @description Set a new password with the e-mailed token; every session of the user ends
     */
    post: operations['postAuthPasswordResetConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept a staff invitation: set a password and sign in
     * @description Accept a staff invitation: set a password and sign in
     */
    post: operations['postAuthInvitationsAccept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Whether a mailed reset link still works (nothing is used up): `204`, or `400 invalid_token`
     * @description Whether a mailed reset link still works (nothing is used up): `204`, or `400 invalid_token`
     */
    post: operations['postAuthPasswordResetCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/invitations/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * What a staff invitation is for: the organisation that invites, the address and role of the account (only for a token that still works; nothing is used up)
     * @description What a staff invitation is for: the organisation that invites, the address and role of the account (only for a token that still works; nothing is used up)
     */
    post: operations['postAuthInvitationsLookup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who is calling: the signed-in user, or an organisation API key
     * @description A signed-in user gets their account (`Me`). An API key gets itself (`ApiKeyMe`, with `kind: "api_key"`): its id, name, prefix and scopes, and its organisation, whose `id` is the `orgId` of the organisation’s API paths.
     */
    get: operations['getMe'];
    put?: never;
    post?: never;
    /**
     * Erase your account (job seekers): your applications with their files and notes, mail sent to you and the log about you go too
     * @description Asks for the account’s password again (`password`): an open session alone, on a shared computer, is not enough. A wrong one is 400 on `fields.password`, and counts as a failed sign-in does.
     */
    delete: operations['deleteMe'];
    options?: never;
    head?: never;
    /**
     * Change your settings: `notifyOnApplication` (staff: an e-mail when an application arrives)
     * @description Change your settings: `notifyOnApplication` (staff: an e-mail when an application arrives)
     */
    patch: operations['patchMe'];
    trace?: never;
  };
  '/api/v1/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change your password (ends every session and access token; this browser gets a fresh one)
     * @description Change your password (ends every session and access token; this browser gets a fresh one)
     */
    post: operations['postMePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Staff accounts and open invitations
     * @description Staff accounts and open invitations
     */
    get: operations['getOrganisationsByOrgIdUsers'];
    put?: never;
    /**
     * Invite a staff member by e-mail (active members; limited per organisation and per address)
     * @description Invite a staff member by e-mail (active members; limited per organisation and per address)
     */
    post: operations['postOrganisationsByOrgIdUsers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/users/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a staff member (signs them out everywhere)
     * @description Remove a staff member (signs them out everywhere)
     */
    delete: operations['deleteOrganisationsByOrgIdUsersByUserId'];
    options?: never;
    head?: never;
    /**
     * Change a staff member’s role
     * @description Change a staff member’s role
     */
    patch: operations['patchOrganisationsByOrgIdUsersByUserId'];
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation’s active integration keys
     * @description The organisation’s active integration keys
     */
    get: operations['getOrganisationsByOrgIdApiKeys'];
    put?: never;
    /**
     * Create a key; the secret is in this answer only
     * @description The key acts for this organisation only, with the scopes given (all three when left out). Send it as `Authorization: Bearer <key>`; `GET /api/v1/me` with it answers which key it is and the organisation’s id.
     */
    post: operations['postOrganisationsByOrgIdApiKeys'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/api-keys/{keyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke a key
     * @description Revoke a key
     */
    delete: operations['deleteOrganisationsByOrgIdApiKeysByKeyId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/membership-applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Pending and decided applications; a pending one with its review: likely duplicates and the applicant’s e-mail domain against its website
     * @description Pending and decided applications; a pending one with its review: likely duplicates and the applicant’s e-mail domain against its website
     */
    get: operations['getMembershipApplications'];
    put?: never;
    /**
     * An organisation applies to join. The same answer whether or not the address has an account; the address is mailed a confirmation link (new) or a note (known)
     * @description An organisation applies to join. The same answer whether or not the address has an account; the address is mailed a confirmation link (new) or a note (known)
     */
    post: operations['postMembershipApplications'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/membership-applications/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Admit the organisation (a reason is optional); its admins are mailed
     * @description Admit the organisation (a reason is optional); its admins are mailed
     */
    post: operations['postMembershipApplicationsByIdApprove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/membership-applications/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Turn the application down, with the reason the applicant is mailed
     * @description Turn the application down, with the reason the applicant is mailed
     */
    post: operations['postMembershipApplicationsByIdReject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Suspend a member (its admins are mailed, with the reason)
     * @description Suspend a member (its admins are mailed, with the reason)
     */
    post: operations['postOrganisationsByOrgIdSuspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/reinstate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reinstate a suspended member (its admins are mailed)
     * @description Reinstate a suspended member (its admins are mailed)
     */
    post: operations['postOrganisationsByOrgIdReinstate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/rejoin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Re-admit an organisation that left (its admins are mailed)
     * @description Re-admit an organisation that left (its admins are mailed)
     */
    post: operations['postOrganisationsByOrgIdRejoin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End a membership at once (a member that no longer meets the alliance’s terms), with the reason its admins are mailed; as leaving does, its vacancies go offline and its data stays for its export
     * @description End a membership at once (a member that no longer meets the alliance’s terms), with the reason its admins are mailed; as leaving does, its vacancies go offline and its data stays for its export
     */
    post: operations['postOrganisationsByOrgIdEnd'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/apply-again': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Apply again after the alliance turned the organisation down; the coordinators decide anew
     * @description With what the rejection asked to correct, if anything: the organisation’s name, kind, municipality or website (`null` takes it away). `409 invalid_transition` from any state but `rejected`.
     */
    post: operations['postOrganisationsByOrgIdApplyAgain'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/leave': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Leave the alliance, now or at a chosen date
     * @description Leave the alliance, now or at a chosen date
     */
    post: operations['postOrganisationsByOrgIdLeave'];
    /**
     * Cancel a scheduled leave
     * @description Cancel a scheduled leave
     */
    delete: operations['deleteOrganisationsByOrgIdLeave'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/leave-preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What leaving would mean for the organisation
     * @description What leaving would mean for the organisation
     */
    get: operations['getOrganisationsByOrgIdLeavePreview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Everything of the organisation as a zip of JSON and CSV
     * @description Everything of the organisation as a zip of JSON and CSV
     */
    get: operations['getOrganisationsByOrgIdExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coordination/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every organisation with its membership state
     * @description Every organisation with its membership state
     */
    get: operations['getCoordinationOrganisations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/cost-weight': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * The member’s weight in a cost split "by weight"
     * @description The member’s weight in a cost split "by weight"
     */
    put: operations['putOrganisationsByOrgIdCostWeight'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit log, newest first
     * @description The audit log, newest first
     */
    get: operations['getAuditLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The cost split: per member and period its member days, activity and share of the costs
     * @description With `format=csv`: the same figures as RFC 4180 CSV (`separator=semicolon`: semicolons and decimal commas, for Excel set up for the Netherlands). Every organisation that was a member on a day of the period (up to today). Shares are whole cents that add up to the amount exactly (largest remainder). `key` (or its older name `costKey`): equal per member day, by vacancies published, or by weight × member days.
     */
    get: operations['getStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the portal did for a member, per month, next to the alliance’s average and its costs
     * @description What the portal did for a member, per month, next to the alliance’s average and its costs
     */
    get: operations['getOrganisationsByOrgIdDashboard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coordination/cockpit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The alliance on one page: members, join requests, activity per member and month, searches
     * @description The alliance on one page: members, join requests, activity per member and month, searches
     */
    get: operations['getCoordinationCockpit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coordination/budgets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The alliance’s costs per calendar year and the key they are divided by
     * @description The alliance’s costs per calendar year and the key they are divided by
     */
    get: operations['getCoordinationBudgets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coordination/budgets/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Sets a year’s costs and key (the basis of cost per application and per hire on the dashboards)
     * @description Sets a year’s costs and key (the basis of cost per application and per hire on the dashboards)
     */
    put: operations['putCoordinationBudgetsByYear'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Save a search as an e-mail alert (confirmed by a link unless it is your own account’s address)
     * @description Save a search as an e-mail alert (confirmed by a link unless it is your own account’s address)
     */
    post: operations['postAlerts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm an alert with the token from its confirmation mail
     * @description Confirm an alert with the token from its confirmation mail
     */
    post: operations['postAlertsConfirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/confirm/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The alert a confirmation token is for, without confirming it (the page shows it before its owner confirms)
     * @description The alert a confirmation token is for, without confirming it (the page shows it before its owner confirms)
     */
    post: operations['postAlertsConfirmPreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/keep': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Keep an alert that asked whether it is still wanted (the link in its question mail)
     * @description Keep an alert that asked whether it is still wanted (the link in its question mail)
     */
    post: operations['postAlertsKeep'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The one-click link opened in a browser: 303 to the page that ends the alert
     * @description The one-click link opened in a browser: 303 to the page that ends the alert
     */
    get: operations['getAlertsUnsubscribe'];
    put?: never;
    /**
     * End an alert without signing in (one-click unsubscribe, RFC 8058)
     * @description End an alert without signing in (one-click unsubscribe, RFC 8058)
     */
    post: operations['postAlertsUnsubscribe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/manage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The alerts of an address, through the key in every alert mail
     * @description The alerts of an address, through the key in every alert mail
     */
    get: operations['getAlertsManage'];
    put?: never;
    post?: never;
    /**
     * End every alert of the address
     * @description End every alert of the address
     */
    delete: operations['deleteAlertsManage'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/manage/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The alerts of an address and the vacancies they found, as a zip (the right of access)
     * @description JSON files: `alerts.json` (what each alert searches, how often it mails, when it did) and `alert-matches.json`.
     */
    get: operations['getAlertsManageExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/alerts/manage/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * End an alert of the address
     * @description End an alert of the address
     */
    delete: operations['deleteAlertsManageById'];
    options?: never;
    head?: never;
    /**
     * Change an alert of the address
     * @description Change an alert of the address
     */
    patch: operations['patchAlertsManageById'];
    trace?: never;
  };
  '/api/v1/me/saved-searches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your saved searches, each with the vacancies matched since you last ran it
     * @description Your saved searches, each with the vacancies matched since you last ran it
     */
    get: operations['getMeSavedSearches'];
    put?: never;
    /**
     * Save a search on your account; `frequency` `none` keeps it without mailing
     * @description Save a search on your account; `frequency` `none` keeps it without mailing
     */
    post: operations['postMeSavedSearches'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/saved-searches/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * End a saved search
     * @description End a saved search
     */
    delete: operations['deleteMeSavedSearchesById'];
    options?: never;
    head?: never;
    /**
     * Change a saved search: its search, how often it mails, its name
     * @description Change a saved search: its search, how often it mails, its name
     */
    patch: operations['patchMeSavedSearchesById'];
    trace?: never;
  };
  '/api/v1/me/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your saved searches, each with the vacancies matched since you last ran it
     * @description Your saved searches, each with the vacancies matched since you last ran it
     */
    get: operations['getMeAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/alerts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * End a saved search
     * @description End a saved search
     */
    delete: operations['deleteMeAlertsById'];
    options?: never;
    head?: never;
    /**
     * Change a saved search
     * @description Change a saved search
     */
    patch: operations['patchMeAlertsById'];
    trace?: never;
  };
  '/api/v1/me/alerts/{id}/visit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * You ran the saved search: its new matches count from now
     * @description You ran the saved search: its new matches count from now
     */
    post: operations['postMeAlertsByIdVisit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coordination/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How many alerts exist and how many alert mails went out per day (no addresses)
     * @description How many alerts exist and how many alert mails went out per day (no addresses)
     */
    get: operations['getCoordinationAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search/synonyms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The synonym groups: built-in and the coordinator’s own
     * @description The synonym groups: built-in and the coordinator’s own
     */
    get: operations['getSearchSynonyms'];
    put?: never;
    /**
     * Add a group of words that should find each other
     * @description Add a group of words that should find each other
     */
    post: operations['postSearchSynonyms'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search/synonyms/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a synonym group
     * @description Remove a synonym group
     */
    delete: operations['deleteSearchSynonymsById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search/synonyms/built-in/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Switch a built-in synonym group off, or on again
     * @description A group that comes with the portal can be switched off (e.g. to replace it with an own, different group) and on again; the index takes the change before the answer comes. The audit log records it.
     */
    put: operations['putSearchSynonymsBuiltInById'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Documents in the index against searchable rows in the database, backlog, last error
     * @description Documents in the index against searchable rows in the database, backlog, last error
     */
    get: operations['getSearchHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search/reindex': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rebuild the index from the database with zero downtime
     * @description Rebuild the index from the database with zero downtime
     */
    post: operations['postSearchReindex'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/vacancies/{id}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The applications to one vacancy of your organisation, newest first
     * @description The applications to one vacancy of your organisation, newest first
     */
    get: operations['getVacanciesByIdApplications'];
    put?: never;
    /**
     * Apply (multipart/form-data: the text parts, `cv` and optionally `letter`, PDF or DOCX up to 10 MB). The same answer whether or not the address has an account
     * @description Apply (multipart/form-data: the text parts, `cv` and optionally `letter`, PDF or DOCX up to 10 MB). The same answer whether or not the address has an account
     */
    post: operations['postVacanciesByIdApplications'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The applications across the organisation, newest first; `status` filters
     * @description The applications across the organisation, newest first; `status` filters
     */
    get: operations['getOrganisationsByOrgIdApplications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One application with its files and notes; opening it marks it seen
     * @description One application with its files and notes; opening it marks it seen
     */
    get: operations['getApplicationsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Move it on (received → in_review → invited → hired, or rejected from the first three) and/or add a note; rejecting mails the applicant
     * @description Move it on (received → in_review → invited → hired, or rejected from the first three) and/or add a note; rejecting mails the applicant
     */
    patch: operations['patchApplicationsById'];
    trace?: never;
  };
  '/api/v1/applications/{id}/cv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The CV, as a download
     * @description The CV, as a download
     */
    get: operations['getApplicationsByIdCv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/applications/{id}/letter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The letter, as a download
     * @description The letter, as a download
     */
    get: operations['getApplicationsByIdLetter'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your applications and where each stands
     * @description Your applications and where each stands
     */
    get: operations['getMeApplications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Withdraw your application: it and its files are deleted
     * @description Withdraw your application: it and its files are deleted
     */
    delete: operations['deleteMeApplicationsById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/applications/{id}/pool-consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Take back your talent-pool consent: the application stays for its procedure only, out of the pool at once
     * @description Take back your talent-pool consent: the application stays for its procedure only, out of the pool at once
     */
    delete: operations['deleteMeApplicationsByIdPoolConsent'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Everything the portal holds about you (job seekers), as a zip of JSON and your own files
     * @description Everything the portal holds about you (job seekers), as a zip of JSON and your own files
     */
    get: operations['getMeExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/my-data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A guest applicant: the applications made with the address their e-mailed key is for
     * @description A guest applicant: the applications made with the address their e-mailed key is for
     */
    get: operations['getMyData'];
    put?: never;
    post?: never;
    /**
     * A guest applicant erases everything held for their address (an account with it stays)
     * @description A guest applicant erases everything held for their address (an account with it stays)
     */
    delete: operations['deleteMyData'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/my-data/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A guest applicant: everything held for their address, as a zip (applications, files, mail)
     * @description A guest applicant: everything held for their address, as a zip (applications, files, mail)
     */
    get: operations['getMyDataExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/my-data/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * A guest applicant withdraws an application: it is deleted with its files
     * @description A guest applicant withdraws an application: it is deleted with its files
     */
    delete: operations['deleteMyDataApplicationsById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/my-data/applications/{id}/renew-consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A candidate confirms or renews their talent-pool consent for a year (linked from the receipt and the reminder e-mail): the application enters the pool only once the address’s owner confirmed it
     * @description A candidate confirms or renews their talent-pool consent for a year (linked from the receipt and the reminder e-mail): the application enters the pool only once the address’s owner confirmed it
     */
    post: operations['postMyDataApplicationsByIdRenewConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/my-data/applications/{id}/pool-consent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * A candidate takes back their talent-pool consent: the application stays for its procedure only, out of the pool at once
     * @description A candidate takes back their talent-pool consent: the application stays for its procedure only, out of the pool at once
     */
    delete: operations['deleteMyDataApplicationsByIdPoolConsent'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{orgId}/talent-pool': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The alliance's talent pool: candidates whose pool consent runs, one per e-mail, newest first; filtered by words, the applied vacancy's category, education level and distance. Files are not shared
     * @description The alliance's talent pool: candidates whose pool consent runs, one per e-mail, newest first; filtered by words, the applied vacancy's category, education level and distance. Files are not shared
     */
    get: operations['getOrganisationsByOrgIdTalentPool'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feeds/vacancies.xml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * New vacancies; the search filters make any search a feed, `lang=en` an English one
     * @description The newest first, 50 per page with the full text of each; `page` pages on (the feed links its next and previous pages: RSS with `atom:link`, Atom with `link`), through the 10,000 newest. A page past the last is a 404.
     */
    get: operations['getFeedsVacanciesXml'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feeds/vacancies.atom': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * New vacancies; the search filters make any search a feed, `lang=en` an English one
     * @description The newest first, 50 per page with the full text of each; `page` pages on (the feed links its next and previous pages: RSS with `atom:link`, Atom with `link`), through the 10,000 newest. A page past the last is a 404.
     */
    get: operations['getFeedsVacanciesAtom'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sitemap.xml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every public page in both languages, or the index of the parts they are in
     * @description Each page is listed in Dutch and English with the other as its alternate. Past 25,000 pages (the protocol's 50,000 URLs) this is a sitemap index of `/sitemaps/{part}.xml`.
     */
    get: operations['getSitemapXml'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sitemaps/{part}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One part of the sitemap, when the pages no longer fit in one
     * @description One part of the sitemap, when the pages no longer fit in one
     */
    get: operations['getSitemapsByPart'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/widget/organisaties/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Embeddable list of one member’s open vacancies (for an iframe)
     * @description Always a page to frame: a `limit` or `accent` out of range falls back to its default (10, #154273), and an organisation that is not a public member gets a short page saying no vacancies can be shown (404).
     */
    get: operations['getWidgetOrganisatiesBySlug'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/en/widget/organisations/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Embeddable list of one member’s open vacancies (for an iframe)
     * @description Always a page to frame: a `limit` or `accent` out of range falls back to its default (10, #154273), and an organisation that is not a public member gets a short page saying no vacancies can be shown (404).
     */
    get: operations['getEnWidgetOrganisationsBySlug'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** Error */
    ErrorResponse: {
      error: {
        code: string;
        message: string;
        fields?: {
          [key: string]: string;
        };
        currentVersion?: number;
        currentState?: string;
      };
    };
    Me: {
      /** Format: uuid */
      id: string;
      email: string;
      name: string;
      /** @enum {string} */
      role: 'job_seeker' | 'hr_officer' | 'org_admin' | 'coordinator';
      locale: string;
      notifyOnApplication: boolean;
      organisation: {
        id: string;
        slug: string;
        name: string;
        state: string;
        /** @description What its staff may do in this membership state besides reading and exporting: `draft` (create and edit drafts; also while suspended or after leaving) and `publish` (everything beyond the organisation: publishing, ATS upserts, invitations, API keys, the public profile, the talent pool; active members only) */
        allows: ('draft' | 'publish')[];
        /**
         * Format: date-time
         * @description A member that left: when the portal deletes the job applications it received (four weeks after the leave); export them before. Null otherwise
         */
        applicationsDeletedAt: string | null;
      } | null;
    };
    ApiKeyMe: {
      /** @enum {string} */
      kind: 'api_key';
      /** Format: uuid */
      id: string;
      name: string;
      /** @description The first characters of the key, to tell keys apart */
      prefix: string;
      /** @description `read`: list and read the organisation’s vacancies and their history; `write`: create, change, upsert and bulk-upsert them; `publish`: publish, close and reopen them (also by a `state` in an upsert) */
      scopes: ('read' | 'write' | 'publish')[];
      organisation: {
        /**
         * Format: uuid
         * @description The `orgId` of the organisation’s API paths
         */
        id: string;
        slug: string;
        name: string;
        state: string;
      };
    };
    VacancyDetail: {
      /** Format: uuid */
      id: string;
      title: string;
      organisation: {
        slug: string;
        name: string;
        /** @description The member’s logo, an absolute address; null when it has none. In the public search and vacancy answers; absent when the database could not be asked (the search engine answered alone). */
        logoUrl?: string | null;
      };
      department: string | null;
      summary: string;
      category: string;
      /** @enum {string} */
      educationLevel: 'vmbo' | 'mbo' | 'hbo' | 'wo';
      /** @enum {string} */
      employmentType:
        'permanent' | 'temporary' | 'temporary_to_permanent' | 'traineeship' | 'internship' | 'secondment' | 'interim';
      /** @enum {string} */
      workMode: 'on_site' | 'hybrid' | 'remote';
      hoursMin: number;
      hoursMax: number;
      salaryScale: number | null;
      salaryMin: number | null;
      salaryMax: number | null;
      place: {
        municipalityCode: string;
        municipalityName: string;
        region: string;
        postcode: string | null;
        latitude: number;
        longitude: number;
      };
      /** Format: date */
      closingDate: string | null;
      /** @enum {string} */
      language: 'nl' | 'en';
      /** Format: date-time */
      publishedAt: string | null;
      /** @description Sanitised HTML */
      description: string;
      orEquivalent: boolean;
      /** @enum {string} */
      applyMethod: 'portal' | 'url' | 'email';
      applyUrl: string | null;
      applyEmail: string | null;
      contactName: string | null;
      contactEmail: string | null;
      contactPhone: string | null;
      municipalityCode: string;
      postcode: string | null;
      additionalPlaces: {
        municipalityCode: string;
        municipalityName: string;
        postcode: string | null;
      }[];
      /** Format: date-time */
      publishAt: string | null;
      /** @enum {string} */
      visibility: 'public' | 'internal';
      /** Format: date-time */
      publicFrom: string | null;
      version: number;
      state: string;
      externalId?: string | null;
      /** @description Why a withdrawn vacancy went offline: `suspended` (the membership is suspended; it comes back as it was on reinstatement) or `left` (the member left the alliance; it comes back as a draft on rejoining) */
      withdrawnReason?: string | null;
      /** @description Per field, what to mind before publishing; the vacancy was saved */
      warnings?: {
        [key: string]: string;
      };
    };
    VacancyReceipt: {
      id: string;
      externalId: string | null;
      state: string;
      version: number;
      /** @description Per field, what to mind before publishing; the vacancy was saved */
      warnings?: {
        [key: string]: string;
      };
    };
    PublicOrganisation: {
      slug: string;
      name: string;
      kind:
        | 'municipality'
        | 'province'
        | 'water_board'
        | 'joint_arrangement'
        | 'central_government'
        | 'health'
        | 'education'
        | 'other';
      municipalityCode: string;
      municipalityName: string;
      website: string | null;
      description: string;
      offer: string;
      logoUrl: string | null;
      openVacancies: number;
      /**
       * Format: date-time
       * @description When its current membership of the alliance began (after leaving and rejoining: the rejoining)
       */
      memberSince: string | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description ok: all up; degraded: search answers from the database; down: the database is unreachable */
            status: 'ok' | 'degraded' | 'down';
            db: 'up' | 'down';
            search: 'up' | 'down';
            /** @description Changes not yet applied to the search index; null when the database is down */
            outboxBacklog: number | null;
            /** @description open: the search engine failed and has not answered a probe since; searches answer from the database at once */
            searchBreaker: {
              state: 'closed' | 'open';
              /** Format: date-time */
              openSince: string | null;
              trips: number;
              /** @description The engine's last failure; to a signed-in coordinator only */
              lastError?: string | null;
            };
            /** @description The servers this process started itself (absent for servers of your own) */
            embedded: {
              /** @description An embedded server that the portal started and supervises */
              postgres?: {
                state: 'running' | 'restarting' | 'stopped';
                /** @description Restarts after an unexpected exit since the portal started */
                restarts: number;
                lastExit: {
                  /** Format: date-time */
                  at: string;
                  code: number | null;
                  signal: string | null;
                } | null;
                /** @description Why the last restart attempt failed; to a signed-in coordinator only */
                lastError?: string | null;
              };
              /** @description An embedded server that the portal started and supervises */
              meilisearch?: {
                state: 'running' | 'restarting' | 'stopped';
                /** @description Restarts after an unexpected exit since the portal started */
                restarts: number;
                lastExit: {
                  /** Format: date-time */
                  at: string;
                  code: number | null;
                  signal: string | null;
                } | null;
                /** @description Why the last restart attempt failed; to a signed-in coordinator only */
                lastError?: string | null;
              };
            };
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description ok: all up; degraded: search answers from the database; down: the database is unreachable */
            status: 'ok' | 'degraded' | 'down';
            db: 'up' | 'down';
            search: 'up' | 'down';
            /** @description Changes not yet applied to the search index; null when the database is down */
            outboxBacklog: number | null;
            /** @description open: the search engine failed and has not answered a probe since; searches answer from the database at once */
            searchBreaker: {
              state: 'closed' | 'open';
              /** Format: date-time */
              openSince: string | null;
              trips: number;
              /** @description The engine's last failure; to a signed-in coordinator only */
              lastError?: string | null;
            };
            /** @description The servers this process started itself (absent for servers of your own) */
            embedded: {
              /** @description An embedded server that the portal started and supervises */
              postgres?: {
                state: 'running' | 'restarting' | 'stopped';
                /** @description Restarts after an unexpected exit since the portal started */
                restarts: number;
                lastExit: {
                  /** Format: date-time */
                  at: string;
                  code: number | null;
                  signal: string | null;
                } | null;
                /** @description Why the last restart attempt failed; to a signed-in coordinator only */
                lastError?: string | null;
              };
              /** @description An embedded server that the portal started and supervises */
              meilisearch?: {
                state: 'running' | 'restarting' | 'stopped';
                /** @description Restarts after an unexpected exit since the portal started */
                restarts: number;
                lastExit: {
                  /** Format: date-time */
                  at: string;
                  code: number | null;
                  signal: string | null;
                } | null;
                /** @description Why the last restart attempt failed; to a signed-in coordinator only */
                lastError?: string | null;
              };
            };
          };
        };
      };
    };
  };
  getVacancies: {
    parameters: {
      query?: {
        q?: string;
        category?: string[];
        educationLevel?: ('vmbo' | 'mbo' | 'hbo' | 'wo')[];
        employmentType?: (
          'permanent' | 'temporary' | 'temporary_to_permanent' | 'traineeship' | 'internship' | 'secondment' | 'interim'
        )[];
        organisation?: string[];
        region?: string[];
        municipality?: string[];
        salaryMin?: number;
        salaryMax?: number;
        scaleMin?: number;
        scaleMax?: number;
        hoursMin?: number;
        hoursMax?: number;
        /** @description Municipality code or name, or a 4-digit postcode */
        near?: string;
        radiusKm?: number;
        postedWithinDays?: number;
        sort?: 'relevance' | 'newest' | 'closing' | 'salary' | 'distance';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            hits: {
              /** Format: uuid */
              id: string;
              title: string;
              organisation: {
                slug: string;
                name: string;
                /** @description The member’s logo, an absolute address; null when it has none. In the public search and vacancy answers; absent when the database could not be asked (the search engine answered alone). */
                logoUrl?: string | null;
              };
              department: string | null;
              summary: string;
              category: string;
              /** @enum {string} */
              educationLevel: 'vmbo' | 'mbo' | 'hbo' | 'wo';
              /** @enum {string} */
              employmentType:
                | 'permanent'
                | 'temporary'
                | 'temporary_to_permanent'
                | 'traineeship'
                | 'internship'
                | 'secondment'
                | 'interim';
              /** @enum {string} */
              workMode: 'on_site' | 'hybrid' | 'remote';
              hoursMin: number;
              hoursMax: number;
              salaryScale: number | null;
              salaryMin: number | null;
              salaryMax: number | null;
              place: {
                municipalityCode: string;
                municipalityName: string;
                region: string;
                postcode: string | null;
                latitude: number;
                longitude: number;
              };
              /** Format: date-time */
              publishedAt: string;
              /** Format: date */
              closingDate: string | null;
              /** @enum {string} */
              language: 'nl' | 'en';
              /** @description Highlights: the text HTML-escaped (& < > " ' as entities), with `<mark>` and `</mark>` around the matched words as its only markup, so it is safe to show as HTML. Absent when the answer is degraded (from the database). */
              _formatted?: {
                title?: string;
                summary?: string;
                /** @description A cropped snippet of the description */
                description?: string;
              };
              distanceKm?: number;
            }[];
            total: number;
            page: number;
            pageSize: number;
            facets: {
              category: {
                [key: string]: number;
              };
              educationLevel: {
                [key: string]: number;
              };
              employmentType: {
                [key: string]: number;
              };
              organisation: {
                [key: string]: number;
              };
              region: {
                [key: string]: number;
              };
              /** @description Vacancies per maximum hours per week; `hoursMin=N` matches the sum of the counts at N and above */
              hoursMax: {
                [key: string]: number;
              };
              /** @description Vacancies per salary scale (those without a scale are not counted) */
              salaryScale: {
                [key: string]: number;
              };
            };
            degraded: boolean;
            /** @description The name of each member organisation in `facets.organisation` or in the `organisation` filter, by slug (the facet counts by slug). Left out only while the database is unreachable */
            organisationNames?: {
              [key: string]: string;
            };
            /** @description Present when no vacancy with the same filters has all words of `q`, and the answer is for the rest: the words left out, in the order typed. Either its first words (at most three, never the last; never a place read from the words) were left out until the rest found vacancies ("zwoeltrapper jurist"), or the words no vacancy has together with the others were left out, which the engine would leave out from the end ("jurist xyzzy", "senior beleidsadviseur xyzzy"; a phrase in quotes is one word), or both. Never for an alert, a feed or a degraded answer */
            unknownWords?: string;
            /** @description Present when the search found nothing with the words of `q` as typed, and found vacancies with its compounds that no vacancy title uses taken apart ("bouwtoezicht" as "bouw toezicht"), with its first words left out as well when needed (then named in `unknownWords`): the words searched, which an alert or a feed of this search should carry (they run their words as they are). Never for an alert, a feed or a degraded answer */
            searchedAs?: string;
            /** @description With `near` a postcode: the municipality it lies in, by name, to say where the search looked ("5038 (Tilburg)") */
            nearTown?: string;
            /** @description Present when `q` named a place (a municipality, a common alias such as "Den Bosch", or a postcode) and `near` was not given: the place was searched around (as `near`, default radius 25 km) and left out of the words */
            place?: {
              /** @description The municipality, as CBS names it */
              name: string;
              municipalityCode: string;
              radiusKm: number;
              /** @description The words searched for, without the place (may be empty) */
              q: string;
              /** @description The postcode typed ("5038", "5038 AB") when that was the place: searched around as `near` */
              postcode?: string;
            };
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getSuggestions: {
    parameters: {
      query: {
        /** @description What has been typed so far */
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            suggestions: (
              | {
                  /** @enum {string} */
                  kind: 'title';
                  label: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'organisation';
                  label: string;
                  slug: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'place';
                  label: string;
                  municipalityCode: string;
                }
            )[];
            degraded: boolean;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getVacanciesById: {
    parameters: {
      query?: {
        /** @description Where the visitor came from, for the member’s figures: the page passes on the `bron` of its own address */
        source?: 'widget' | 'feed';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            organisation: {
              slug: string;
              name: string;
              /** @description The member’s logo, an absolute address; null when it has none. In the public search and vacancy answers; absent when the database could not be asked (the search engine answered alone). */
              logoUrl?: string | null;
            };
            department: string | null;
            summary: string;
            category: string;
            /** @enum {string} */
            educationLevel: 'vmbo' | 'mbo' | 'hbo' | 'wo';
            /** @enum {string} */
            employmentType:
              | 'permanent'
              | 'temporary'
              | 'temporary_to_permanent'
              | 'traineeship'
              | 'internship'
              | 'secondment'
              | 'interim';
            /** @enum {string} */
            workMode: 'on_site' | 'hybrid' | 'remote';
            hoursMin: number;
            hoursMax: number;
            salaryScale: number | null;
            salaryMin: number | null;
            salaryMax: number | null;
            place: {
              municipalityCode: string;
              municipalityName: string;
              region: string;
              postcode: string | null;
              latitude: number;
              longitude: number;
            };
            /** Format: date */
            closingDate: string | null;
            /** @enum {string} */
            language: 'nl' | 'en';
            /** Format: date-time */
            publishedAt: string | null;
            /** @description Sanitised HTML */
            description: string;
            orEquivalent: boolean;
            /** @enum {string} */
            applyMethod: 'portal' | 'url' | 'email';
            applyUrl: string | null;
            applyEmail: string | null;
            contactName: string | null;
            contactEmail: string | null;
            contactPhone: string | null;
            municipalityCode: string;
            postcode: string | null;
            additionalPlaces: {
              municipalityCode: string;
              municipalityName: string;
              postcode: string | null;
            }[];
            /** Format: date-time */
            publishAt: string | null;
            /** @enum {string} */
            visibility: 'public' | 'internal';
            /** Format: date-time */
            publicFrom: string | null;
            version: number;
            state: string;
            externalId?: string | null;
            /** @description Why a withdrawn vacancy went offline: `suspended` (the membership is suspended; it comes back as it was on reinstatement) or `left` (the member left the alliance; it comes back as a draft on rejoining) */
            withdrawnReason?: string | null;
            /** @description Per field, what to mind before publishing; the vacancy was saved */
            warnings?: {
              [key: string]: string;
            };
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  patchVacanciesById: {
    parameters: {
      query?: never;
      header?: {
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title?: string;
          department?: string | null;
          summary?: string;
          /** @description HTML; stored sanitised (a link keeps only a web or mail address), at most 30,000 characters as stored */
          description?: string;
          category?: string;
          /** @enum {string} */
          educationLevel?: 'vmbo' | 'mbo' | 'hbo' | 'wo';
          orEquivalent?: boolean;
          /** @enum {string} */
          employmentType?:
            | 'permanent'
            | 'temporary'
            | 'temporary_to_permanent'
            | 'traineeship'
            | 'internship'
            | 'secondment'
            | 'interim';
          hoursMin?: number;
          hoursMax?: number;
          salaryScale?: number | null;
          salaryMin?: number | null;
          salaryMax?: number | null;
          municipalityCode?: string;
          postcode?: string | null;
          additionalPlaces?: {
            municipalityCode: string;
            postcode?: string | null;
            municipalityName?: unknown;
          }[];
          /** @enum {string} */
          workMode?: 'on_site' | 'hybrid' | 'remote';
          /** Format: date-time */
          publishAt?: string | null;
          /** Format: date */
          closingDate?: string | null;
          /** @enum {string} */
          applyMethod?: 'portal' | 'url' | 'email';
          /** Format: uri */
          applyUrl?: string | null;
          /** Format: email */
          applyEmail?: string | null;
          contactName?: string | null;
          /** Format: email */
          contactEmail?: string | null;
          contactPhone?: string | null;
          /** @enum {string} */
          visibility?: 'public' | 'internal';
          /** Format: date-time */
          publicFrom?: string | null;
          /** @enum {string} */
          language?: 'nl' | 'en';
          externalId?: string | null;
          place?: unknown;
          publishedAt?: unknown;
          organisation?: unknown;
          id?: unknown;
          state?: unknown;
          version?: number;
          createdAt?: unknown;
          updatedAt?: unknown;
          withdrawnReason?: unknown;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VacancyDetail'] | components['schemas']['VacancyReceipt'];
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Well-formed, but the rules do not allow it: the message says which */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getVacanciesByIdClosed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            organisation: {
              slug: string;
              name: string;
            } | null;
            category: string;
            place: {
              municipalityCode: string;
              municipalityName: string;
            };
            /** @enum {string} */
            language: 'nl' | 'en';
            mayReturn: boolean;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getOrganisationsByOrgIdVacancies: {
    parameters: {
      query?: {
        state?: 'draft' | 'scheduled' | 'published' | 'closed' | 'withdrawn';
        /** @description Part of the title or of the reference (external id) */
        q?: string;
        sort?: 'updated' | 'newest' | 'closing' | 'title' | 'state';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              title: string;
              language: 'nl' | 'en';
              state: string;
              version: number;
              externalId: string | null;
              publishAt: string | null;
              publishedAt: string | null;
              closingDate: string | null;
              updatedAt: string;
              views: number;
              applications: number;
              /** Format: date-time */
              filledAt: string | null;
              timeToFillDays: number | null;
            }[];
            total: number;
            page: number;
            pageSize: number;
            counts: {
              [key: string]: number;
            };
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Well-formed, but the rules do not allow it: the message says which */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postOrganisationsByOrgIdVacancies: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          department?: string | null;
          summary?: string;
          /** @description HTML; stored sanitised (a link keeps only a web or mail address), at most 30,000 characters as stored */
          description?: string;
          category: string;
          /** @enum {string} */
          educationLevel: 'vmbo' | 'mbo' | 'hbo' | 'wo';
          orEquivalent?: boolean;
          /** @enum {string} */
          employmentType:
            | 'permanent'
            | 'temporary'
            | 'temporary_to_permanent'
            | 'traineeship'
            | 'internship'
            | 'secondment'
            | 'interim';
          hoursMin: number;
          hoursMax: number;
          salaryScale?: number | null;
          salaryMin?: number | null;
          salaryMax?: number | null;
          municipalityCode: string;
          postcode?: string | null;
          additionalPlaces?: {
            municipalityCode: string;
            postcode?: string | null;
            municipalityName?: unknown;
          }[];
          /** @enum {string} */
          workMode?: 'on_site' | 'hybrid' | 'remote';
          /** Format: date-time */
          publishAt?: string | null;
          /** Format: date */
          closingDate?: string | null;
          /** @enum {string} */
          applyMethod?: 'portal' | 'url' | 'email';
          /** Format: uri */
          applyUrl?: string | null;
          /** Format: email */
          applyEmail?: string | null;
          contactName?: string | null;
          /** Format: email */
          contactEmail?: string | null;
          contactPhone?: string | null;
          /** @enum {string} */
          visibility?: 'public' | 'internal';
          /** Format: date-time */
          publicFrom?: string | null;
          /** @enum {string} */
          language?: 'nl' | 'en';
          externalId?: string | null;
          place?: unknown;
          publishedAt?: unknown;
          organisation?: unknown;
          id?: unknown;
          state?: unknown;
          version?: unknown;
          createdAt?: unknown;
          updatedAt?: unknown;
          withdrawnReason?: unknown;
        };
      };
    };
    responses: {
      /** @description Created: the new resource */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VacancyDetail'] | components['schemas']['VacancyReceipt'];
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Well-formed, but the rules do not allow it: the message says which */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postVacanciesByIdPublish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          version?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VacancyDetail'] | components['schemas']['VacancyReceipt'];
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Well-formed, but the rules do not allow it: the message says which */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postVacanciesByIdClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          version?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VacancyDetail'] | components['schemas']['VacancyReceipt'];
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Well-formed, but the rules do not allow it: the message says which */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postVacanciesByIdReopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          version?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VacancyDetail'] | components['schemas']['VacancyReceipt'];
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Well-formed, but the rules do not allow it: the message says which */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postVacanciesByIdUnschedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          version?: number;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VacancyDetail'] | components['schemas']['VacancyReceipt'];
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Well-formed, but the rules do not allow it: the message says which */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postVacanciesByIdDuplicate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Nothing, or an empty object: it takes no fields. */
    requestBody?: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Created: the new resource */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VacancyDetail'] | components['schemas']['VacancyReceipt'];
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Well-formed, but the rules do not allow it: the message says which */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getVacanciesByIdHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              version: number;
              at: string;
              action: string;
              actor: {
                kind: string;
                id: string;
                name: string;
                /** @description An API key’s first characters */
                prefix?: string;
              } | null;
              changes: {
                [key: string]: unknown;
              };
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Well-formed, but the rules do not allow it: the message says which */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getOrganisationsByOrgIdVacanciesByExternalIdByExternalId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        externalId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            organisation: {
              slug: string;
              name: string;
              /** @description The member’s logo, an absolute address; null when it has none. In the public search and vacancy answers; absent when the database could not be asked (the search engine answered alone). */
              logoUrl?: string | null;
            };
            department: string | null;
            summary: string;
            category: string;
            /** @enum {string} */
            educationLevel: 'vmbo' | 'mbo' | 'hbo' | 'wo';
            /** @enum {string} */
            employmentType:
              | 'permanent'
              | 'temporary'
              | 'temporary_to_permanent'
              | 'traineeship'
              | 'internship'
              | 'secondment'
              | 'interim';
            /** @enum {string} */
            workMode: 'on_site' | 'hybrid' | 'remote';
            hoursMin: number;
            hoursMax: number;
            salaryScale: number | null;
            salaryMin: number | null;
            salaryMax: number | null;
            place: {
              municipalityCode: string;
              municipalityName: string;
              region: string;
              postcode: string | null;
              latitude: number;
              longitude: number;
            };
            /** Format: date */
            closingDate: string | null;
            /** @enum {string} */
            language: 'nl' | 'en';
            /** Format: date-time */
            publishedAt: string | null;
            /** @description Sanitised HTML */
            description: string;
            orEquivalent: boolean;
            /** @enum {string} */
            applyMethod: 'portal' | 'url' | 'email';
            applyUrl: string | null;
            applyEmail: string | null;
            contactName: string | null;
            contactEmail: string | null;
            contactPhone: string | null;
            municipalityCode: string;
            postcode: string | null;
            additionalPlaces: {
              municipalityCode: string;
              municipalityName: string;
              postcode: string | null;
            }[];
            /** Format: date-time */
            publishAt: string | null;
            /** @enum {string} */
            visibility: 'public' | 'internal';
            /** Format: date-time */
            publicFrom: string | null;
            version: number;
            state: string;
            externalId?: string | null;
            /** @description Why a withdrawn vacancy went offline: `suspended` (the membership is suspended; it comes back as it was on reinstatement) or `left` (the member left the alliance; it comes back as a draft on rejoining) */
            withdrawnReason?: string | null;
            /** @description Per field, what to mind before publishing; the vacancy was saved */
            warnings?: {
              [key: string]: string;
            };
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Well-formed, but the rules do not allow it: the message says which */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  putOrganisationsByOrgIdVacanciesByExternalIdByExternalId: {
    parameters: {
      query?: never;
      header?: {
        'if-match'?: string;
      };
      path: {
        orgId: string;
        externalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          department?: string | null;
          summary?: string;
          /** @description HTML; stored sanitised (a link keeps only a web or mail address), at most 30,000 characters as stored */
          description?: string;
          category: string;
          /** @enum {string} */
          educationLevel: 'vmbo' | 'mbo' | 'hbo' | 'wo';
          orEquivalent?: boolean;
          /** @enum {string} */
          employmentType:
            | 'permanent'
            | 'temporary'
            | 'temporary_to_permanent'
            | 'traineeship'
            | 'internship'
            | 'secondment'
            | 'interim';
          hoursMin: number;
          hoursMax: number;
          salaryScale?: number | null;
          salaryMin?: number | null;
          salaryMax?: number | null;
          municipalityCode: string;
          postcode?: string | null;
          additionalPlaces?: {
            municipalityCode: string;
            postcode?: string | null;
            municipalityName?: unknown;
          }[];
          /** @enum {string} */
          workMode?: 'on_site' | 'hybrid' | 'remote';
          /** Format: date-time */
          publishAt?: string | null;
          /** Format: date */
          closingDate?: string | null;
          /** @enum {string} */
          applyMethod?: 'portal' | 'url' | 'email';
          /** Format: uri */
          applyUrl?: string | null;
          /** Format: email */
          applyEmail?: string | null;
          contactName?: string | null;
          /** Format: email */
          contactEmail?: string | null;
          contactPhone?: string | null;
          /** @enum {string} */
          visibility?: 'public' | 'internal';
          /** Format: date-time */
          publicFrom?: string | null;
          /** @enum {string} */
          language?: 'nl' | 'en';
          externalId?: string | null;
          place?: unknown;
          publishedAt?: unknown;
          organisation?: unknown;
          id?: unknown;
          /** @enum {string} */
          state?: 'draft' | 'published' | 'scheduled' | 'closed';
          version?: unknown;
          createdAt?: unknown;
          updatedAt?: unknown;
          withdrawnReason?: unknown;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created: boolean;
            changed: boolean;
            state: string;
            version: number;
            /** @description Per field, what to mind before publishing; the vacancy was saved */
            warnings?: {
              [key: string]: string;
            };
          };
        };
      };
      /** @description Created: the new resource */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            created: boolean;
            changed: boolean;
            state: string;
            version: number;
            /** @description Per field, what to mind before publishing; the vacancy was saved */
            warnings?: {
              [key: string]: string;
            };
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Well-formed, but the rules do not allow it: the message says which */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postOrganisationsByOrgIdVacanciesBulk: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          items: unknown[];
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              index: number;
              externalId: string | null;
              status: number;
              result?: {
                id: string;
                created: boolean;
                changed: boolean;
                state: string;
                version: number;
                /** @description Per field, what to mind before publishing; the vacancy was saved */
                warnings?: {
                  [key: string]: string;
                };
              };
              error?: {
                code: string;
                message: string;
                fields?: {
                  [key: string]: string;
                };
              };
            }[];
            succeeded: number;
            failed: number;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Well-formed, but the rules do not allow it: the message says which */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postOrganisationsByOrgIdVacanciesUpload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
        'text/plain': string;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            rows: {
              externalId: string | null;
              status: number;
              result?: {
                id: string;
                created: boolean;
                changed: boolean;
                state: string;
                version: number;
                /** @description Per field, what to mind before publishing; the vacancy was saved */
                warnings?: {
                  [key: string]: string;
                };
              };
              error?: {
                code: string;
                message: string;
                fields?: {
                  [key: string]: string;
                };
              };
              line: number;
              title: string | null;
            }[];
            succeeded: number;
            failed: number;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Well-formed, but the rules do not allow it: the message says which */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getOrganisationsByOrgIdVacanciesUploadTemplate: {
    parameters: {
      query?: {
        /** @description `comma` (RFC 4180, the default), or `semicolon` with decimal commas for Excel set up for the Netherlands */
        separator?: 'comma' | 'semicolon';
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template, a CSV file in UTF-8 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Well-formed, but the rules do not allow it: the message says which */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getOrganisations: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['PublicOrganisation'][];
            total: number;
            page: number;
            pageSize: number;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getOrganisationsBySlug: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            slug: string;
            name: string;
            kind:
              | 'municipality'
              | 'province'
              | 'water_board'
              | 'joint_arrangement'
              | 'central_government'
              | 'health'
              | 'education'
              | 'other';
            municipalityCode: string;
            municipalityName: string;
            website: string | null;
            description: string;
            offer: string;
            logoUrl: string | null;
            openVacancies: number;
            /**
             * Format: date-time
             * @description When its current membership of the alliance began (after leaving and rejoining: the rejoining)
             */
            memberSince: string | null;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getOrganisationsByOrgIdProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            slug: string;
            name: string;
            /** @description Sanitised HTML */
            description: string;
            offer: string;
            website: string | null;
            logoUrl: string | null;
            /** @description Send it back with a save (`If-Match` or `version`): a stale one gets 409 */
            version: number;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  patchOrganisationsByOrgIdProfile: {
    parameters: {
      query?: never;
      header?: {
        'if-match'?: string;
      };
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version?: number;
          description?: string;
          offer?: string;
          /** Format: uri */
          website?: string | null;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            slug: string;
            name: string;
            /** @description Sanitised HTML */
            description: string;
            offer: string;
            website: string | null;
            logoUrl: string | null;
            /** @description Send it back with a save (`If-Match` or `version`): a stale one gets 409 */
            version: number;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Answer */
      428: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getOrganisationsByOrgIdLogo: {
    parameters: {
      query?: {
        /** @description The logo’s version; any value */
        v?: string;
      };
      header?: never;
      path: {
        /** @description The organisation’s id, or its slug (which the profile’s `logoUrl` uses) */
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  putOrganisationsByOrgIdLogo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'image/png': string;
        'image/jpeg': string;
        'image/webp': string;
      };
    };
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteOrganisationsByOrgIdLogo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getTaxonomies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            categories: {
              code: string;
              label: {
                nl: string;
                en: string;
              };
            }[];
            educationLevels: {
              code: string;
              label: {
                nl: string;
                en: string;
              };
            }[];
            employmentTypes: {
              code: string;
              label: {
                nl: string;
                en: string;
              };
            }[];
            workModes: {
              code: string;
              label: {
                nl: string;
                en: string;
              };
            }[];
            organisationKinds: {
              code: string;
              label: {
                nl: string;
                en: string;
              };
            }[];
            salaryScales: number[];
            regions: string[];
            municipalities: {
              code: string;
              name: string;
              region: string;
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getContact: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description How to reach the alliance office (configured with ALLIANCE_NAME, _EMAIL, _PHONE, _ADDRESS) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The alliance office, e.g. “Alliantiebureau Samenwerven” */
            name: string;
            /** @description Its e-mail address */
            email: string;
            /** @description Its telephone number, as it is written */
            phone: string;
            /** @description Its visiting or postal address, on one line */
            address: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAuthRegister: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          password: string;
          name: string;
          /** @enum {string} */
          locale?: 'nl' | 'en';
        };
      };
    };
    responses: {
      /** @description Accepted: the work is queued */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAuthRegisterConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            token: string;
            user: components['schemas']['Me'];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            token: string;
            user: components['schemas']['Me'];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAuthRefresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Nothing, or an empty object: it takes no fields. */
    requestBody?: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            token: string;
            user: components['schemas']['Me'];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Nothing, or an empty object: it takes no fields. */
    requestBody?: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAuthPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          /** @enum {string} */
          locale?: 'nl' | 'en';
        };
      };
    };
    responses: {
      /** @description Accepted: the work is queued */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAuthPasswordResetConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          password: string;
          name?: string;
        };
      };
    };
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAuthInvitationsAccept: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          password: string;
          name?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            token: string;
            user: components['schemas']['Me'];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAuthPasswordResetCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAuthInvitationsLookup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The address the account is for (and signs in with) */
            email: string;
            role: 'hr_officer' | 'org_admin';
            /** @description The organisation that invites */
            organisation: {
              name: string;
            };
            /**
             * Format: date-time
             * @description Until when the link works
             */
            expiresAt: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'] | components['schemas']['ApiKeyMe'];
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password: string;
        };
      };
    };
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  patchMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          notifyOnApplication?: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postMePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getOrganisationsByOrgIdUsers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              email: string;
              name: string;
              /** @enum {string} */
              role: 'hr_officer' | 'org_admin';
              /** @enum {string} */
              status: 'active' | 'invited' | 'invitation_expired';
              /** @enum {string} */
              locale: 'nl' | 'en';
              /** Format: date-time */
              lastSignInAt: string | null;
              /** Format: date-time */
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postOrganisationsByOrgIdUsers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          name: string;
          /** @enum {string} */
          role: 'hr_officer' | 'org_admin';
          /** @enum {string} */
          locale?: 'nl' | 'en';
        };
      };
    };
    responses: {
      /** @description Created: the new resource */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: 'hr_officer' | 'org_admin';
            /** @enum {string} */
            status: 'active' | 'invited' | 'invitation_expired';
            /** @enum {string} */
            locale: 'nl' | 'en';
            /** Format: date-time */
            lastSignInAt: string | null;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteOrganisationsByOrgIdUsersByUserId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  patchOrganisationsByOrgIdUsersByUserId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          role: 'hr_officer' | 'org_admin';
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: 'hr_officer' | 'org_admin';
            /** @enum {string} */
            status: 'active' | 'invited' | 'invitation_expired';
            /** @enum {string} */
            locale: 'nl' | 'en';
            /** Format: date-time */
            lastSignInAt: string | null;
            /** Format: date-time */
            createdAt: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getOrganisationsByOrgIdApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @description The first characters of the key, to tell keys apart */
              prefix: string;
              /** @description `read`: list and read the organisation’s vacancies and their history; `write`: create, change, upsert and bulk-upsert them; `publish`: publish, close and reopen them (also by a `state` in an upsert) */
              scopes: ('read' | 'write' | 'publish')[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              lastUsedAt: string | null;
              /** @description Who made the key; it keeps working when they leave. Null when not known */
              createdBy: {
                name: string;
                /** @description No longer on the organisation’s staff: removed, or moved to another member */
                gone: boolean;
              } | null;
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postOrganisationsByOrgIdApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @description `read`: list and read the organisation’s vacancies and their history; `write`: create, change, upsert and bulk-upsert them; `publish`: publish, close and reopen them (also by a `state` in an upsert) */
          scopes?: ('read' | 'write' | 'publish')[];
        };
      };
    };
    responses: {
      /** @description Created: the new resource */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters of the key, to tell keys apart */
            prefix: string;
            /** @description `read`: list and read the organisation’s vacancies and their history; `write`: create, change, upsert and bulk-upsert them; `publish`: publish, close and reopen them (also by a `state` in an upsert) */
            scopes: ('read' | 'write' | 'publish')[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** @description Who made the key; it keeps working when they leave. Null when not known */
            createdBy: {
              name: string;
              /** @description No longer on the organisation’s staff: removed, or moved to another member */
              gone: boolean;
            } | null;
            key: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteOrganisationsByOrgIdApiKeysByKeyId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
        keyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMembershipApplications: {
    parameters: {
      query?: {
        state?: 'pending' | 'approved' | 'rejected';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              state: 'pending' | 'approved' | 'rejected';
              reason: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              decidedAt: string | null;
              organisation: {
                id: string;
                slug: string;
                name: string;
                kind: string;
                municipalityCode: string;
                website: string | null;
                contactName: string | null;
                contactEmail: string | null;
                state: string;
              };
              /** @description What to check before deciding; only for pending applications */
              review: {
                /** @description Organisations the portal already knows that look like this one, the closest first */
                likelyDuplicates: {
                  id: string;
                  slug: string;
                  name: string;
                  /** @description Its membership state: a member, another application, rejected, left */
                  state: string;
                  website: string | null;
                  /** @description name: the same name, case, accents and punctuation aside; municipality: the same municipality and kind; website: the same website domain */
                  matchedOn: ('name' | 'municipality' | 'website')[];
                }[];
                /** @description The domain of the applicant’s address */
                emailDomain: string | null;
                /** @description The domain of the website the application gives, without www. */
                websiteDomain: string | null;
                /** @description Whether the address is on the website’s domain (or under it); null without a website */
                emailMatchesWebsite: boolean | null;
                /** @description Whether the applicant has confirmed the address with the mailed link (their admin account’s) */
                emailConfirmed: boolean;
              } | null;
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postMembershipApplications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          organisation: {
            name: string;
            /** @enum {string} */
            kind:
              | 'municipality'
              | 'province'
              | 'water_board'
              | 'joint_arrangement'
              | 'central_government'
              | 'health'
              | 'education'
              | 'other';
            municipalityCode: string;
            /** Format: uri */
            website?: string;
          };
          admin: {
            name: string;
            /** Format: email */
            email: string;
            password: string;
          };
        };
      };
    };
    responses: {
      /** @description Accepted: the work is queued */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postMembershipApplicationsByIdApprove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            state: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postMembershipApplicationsByIdReject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Why; mailed to the applicant */
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            state: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postOrganisationsByOrgIdSuspend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            state: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postOrganisationsByOrgIdReinstate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            state: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postOrganisationsByOrgIdRejoin: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          reason?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            state: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postOrganisationsByOrgIdEnd: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Why; mailed to the member’s admins */
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            state: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postOrganisationsByOrgIdApplyAgain: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          organisation?: {
            name?: string;
            /** @enum {string} */
            kind?:
              | 'municipality'
              | 'province'
              | 'water_board'
              | 'joint_arrangement'
              | 'central_government'
              | 'health'
              | 'education'
              | 'other';
            municipalityCode?: string;
            /** Format: uri */
            website?: string | null;
          };
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            state: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postOrganisationsByOrgIdLeave: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          /** @description A date (the leave takes effect at its start, Amsterdam time) or a moment */
          effectiveDate?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            state: string;
            leaveAt: string | null;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteOrganisationsByOrgIdLeave: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getOrganisationsByOrgIdLeavePreview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            state: string;
            leaveAt: string | null;
            vacanciesGoingOffline: number;
            vacanciesScheduled: number;
            vacanciesKept: number;
            canLeave: boolean;
            reason: string | null;
            application: {
              name: string;
              kind: string;
              municipalityCode: string;
              website: string | null;
            } | null;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getOrganisationsByOrgIdExport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCoordinationOrganisations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              slug: string;
              name: string;
              kind: string;
              state: string;
              isCoordinatingBody: boolean;
              leaveAt: string | null;
              costWeight: number;
              publishedVacancies: number;
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  putOrganisationsByOrgIdCostWeight: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          costWeight: number;
        };
      };
    };
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getAuditLog: {
    parameters: {
      query?: {
        /** @description Organisation id or slug */
        organisation?: string;
        /** @description Exact action, or a prefix ending in a dot (membership.) */
        action?: string;
        from?: string;
        to?: string;
        format?: 'json' | 'csv';
        /** @description `comma` (RFC 4180, the default), or `semicolon` with decimal commas for Excel set up for the Netherlands */
        separator?: 'comma' | 'semicolon';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: number;
              /** Format: date-time */
              at: string;
              action: string;
              actor: {
                id: string;
                name: string;
                email: string;
              } | null;
              organisation: {
                id: string;
                slug: string;
                name: string;
              } | null;
              subjectType: string;
              subjectId: string;
              /** @description What the entry is about, by name, while it exists: a staff member, vacancy, API key or organisation, the vacancy of an application; never a job seeker */
              subjectName: string | null;
              reason: string | null;
              before: unknown;
              after: unknown;
            }[];
            total: number;
            page: number;
            pageSize: number;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getStats: {
    parameters: {
      query?: {
        /** @description A calendar date (Amsterdam), YYYY-MM-DD */
        from?: string;
        /** @description A calendar date (Amsterdam), YYYY-MM-DD */
        to?: string;
        format?: 'json' | 'csv';
        /** @description `comma` (RFC 4180, the default), or `semicolon` with decimal commas for Excel set up for the Netherlands */
        separator?: 'comma' | 'semicolon';
        /** @description The language of a CSV download’s file name and totals row; else `Accept-Language` */
        lang?: 'nl' | 'en';
        /** @description `budgets`: each calendar year’s budget for the days of it the period covers, divided by that year’s own key among that year’s members (`amount` is not used) */
        key?: ('equal' | 'vacancies' | 'weight') | 'budgets';
        costKey?: 'equal' | 'vacancies' | 'weight';
        /** @description The costs to divide, in euros */
        amount?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            from: string;
            to: string;
            costKey: ('equal' | 'vacancies' | 'weight') | 'budgets';
            amount: number;
            amountCents: number;
            /** @description With `key=budgets`: the years with a budget and the part of each that was divided */
            budgets?: {
              year: number;
              /** @enum {string} */
              costKey: 'equal' | 'vacancies' | 'weight';
              /** @description The part of the year’s budget the period covers, in euros */
              amount: number;
              amountCents: number;
            }[];
            items: {
              organisation: {
                id: string;
                slug: string;
                name: string;
                state: string;
              };
              /** @description Dutch calendar days on which it was a member, up to today */
              memberDays: number;
              vacanciesPublished: number;
              /** @description Visits to its vacancies’ pages (one per visitor per half hour, no bots) */
              views: number;
              /** @description Of the views, those that came from its widget */
              fromWidget: number;
              /** @description Of the views, those that came from a feed */
              fromFeed: number;
              /** @description Times its vacancies were shown on a page of search results */
              impressions: number;
              applications: number;
              hires: number;
              /** @description Publication to first hire, in days */
              averageDaysToFill: number | null;
              costWeight: number;
              /** @description In euros; the shares add up to the amount exactly */
              costShare: number;
              costShareCents: number;
            }[];
            totals: {
              /** @description Dutch calendar days on which it was a member, up to today */
              memberDays: number;
              vacanciesPublished: number;
              /** @description Visits to its vacancies’ pages (one per visitor per half hour, no bots) */
              views: number;
              /** @description Of the views, those that came from its widget */
              fromWidget: number;
              /** @description Of the views, those that came from a feed */
              fromFeed: number;
              /** @description Times its vacancies were shown on a page of search results */
              impressions: number;
              applications: number;
              hires: number;
              /** @description Publication to first hire, in days */
              averageDaysToFill: number | null;
              costShare: number;
              costShareCents: number;
            };
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getOrganisationsByOrgIdDashboard: {
    parameters: {
      query?: {
        /** @description A calendar date (Amsterdam), YYYY-MM-DD */
        from?: string;
        /** @description A calendar date (Amsterdam), YYYY-MM-DD */
        to?: string;
        format?: 'json' | 'csv';
        /** @description `comma` (RFC 4180, the default), or `semicolon` with decimal commas for Excel set up for the Netherlands */
        separator?: 'comma' | 'semicolon';
        /** @description The language of a CSV download’s file name and totals row; else `Accept-Language` */
        lang?: 'nl' | 'en';
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            organisation: {
              id: string;
              slug: string;
              name: string;
              state: string;
            };
            from: string;
            to: string;
            months: {
              /** @description YYYY-MM */
              month: string;
              /** @description Dutch calendar days on which it was a member, up to today */
              memberDays: number;
              vacanciesPublished: number;
              /** @description Visits to its vacancies’ pages (one per visitor per half hour, no bots) */
              views: number;
              /** @description Of the views, those that came from its widget */
              fromWidget: number;
              /** @description Of the views, those that came from a feed */
              fromFeed: number;
              /** @description Times its vacancies were shown on a page of search results */
              impressions: number;
              applications: number;
              hires: number;
              /** @description Publication to first hire, in days */
              averageDaysToFill: number | null;
            }[];
            totals: {
              /** @description Dutch calendar days on which it was a member, up to today */
              memberDays: number;
              vacanciesPublished: number;
              /** @description Visits to its vacancies’ pages (one per visitor per half hour, no bots) */
              views: number;
              /** @description Of the views, those that came from its widget */
              fromWidget: number;
              /** @description Of the views, those that came from a feed */
              fromFeed: number;
              /** @description Times its vacancies were shown on a page of search results */
              impressions: number;
              applications: number;
              hires: number;
              /** @description Publication to first hire, in days */
              averageDaysToFill: number | null;
            };
            alliance: {
              /** @description Organisations that were a member on a day of the period */
              members: number;
              averagePerMember: {
                memberDays: number | null;
                vacanciesPublished: number | null;
                views: number | null;
                fromWidget: number | null;
                fromFeed: number | null;
                impressions: number | null;
                applications: number | null;
                hires: number | null;
                averageDaysToFill: number | null;
              };
              months: {
                month: string;
                memberDays: number | null;
                vacanciesPublished: number | null;
                views: number | null;
                fromWidget: number | null;
                fromFeed: number | null;
                impressions: number | null;
                applications: number | null;
                hires: number | null;
                averageDaysToFill: number | null;
              }[];
            };
            costs: {
              /** @description Its share of the alliance’s budget for the period, in euros */
              amount: number | null;
              perApplication: number | null;
              perHire: number | null;
              /**
               * Format: date
               * @description The last day the share counts: the period’s end, or today when the period runs on (null when it has not begun). A year’s budget counts in proportion to its days up to then, so a year still running shows less than the cost split of the whole year
               */
              countedThrough: string | null;
            };
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCoordinationCockpit: {
    parameters: {
      query?: {
        /** @description A calendar date (Amsterdam), YYYY-MM-DD */
        from?: string;
        /** @description A calendar date (Amsterdam), YYYY-MM-DD */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            from: string;
            to: string;
            organisations: {
              id: string;
              slug: string;
              name: string;
              state: string;
            }[];
            pendingJoinRequests: number;
            /** @description The whole alliance per month */
            months: {
              /** @description YYYY-MM */
              month: string;
              /** @description Dutch calendar days on which it was a member, up to today */
              memberDays: number;
              vacanciesPublished: number;
              /** @description Visits to its vacancies’ pages (one per visitor per half hour, no bots) */
              views: number;
              /** @description Of the views, those that came from its widget */
              fromWidget: number;
              /** @description Of the views, those that came from a feed */
              fromFeed: number;
              /** @description Times its vacancies were shown on a page of search results */
              impressions: number;
              applications: number;
              hires: number;
              /** @description Publication to first hire, in days */
              averageDaysToFill: number | null;
            }[];
            totals: {
              /** @description Dutch calendar days on which it was a member, up to today */
              memberDays: number;
              vacanciesPublished: number;
              /** @description Visits to its vacancies’ pages (one per visitor per half hour, no bots) */
              views: number;
              /** @description Of the views, those that came from its widget */
              fromWidget: number;
              /** @description Of the views, those that came from a feed */
              fromFeed: number;
              /** @description Times its vacancies were shown on a page of search results */
              impressions: number;
              applications: number;
              hires: number;
              /** @description Publication to first hire, in days */
              averageDaysToFill: number | null;
            };
            perMember: {
              organisation: {
                id: string;
                slug: string;
                name: string;
                state: string;
              };
              months: {
                /** @description YYYY-MM */
                month: string;
                /** @description Dutch calendar days on which it was a member, up to today */
                memberDays: number;
                vacanciesPublished: number;
                /** @description Visits to its vacancies’ pages (one per visitor per half hour, no bots) */
                views: number;
                /** @description Of the views, those that came from its widget */
                fromWidget: number;
                /** @description Of the views, those that came from a feed */
                fromFeed: number;
                /** @description Times its vacancies were shown on a page of search results */
                impressions: number;
                applications: number;
                hires: number;
                /** @description Publication to first hire, in days */
                averageDaysToFill: number | null;
              }[];
              totals: {
                /** @description Dutch calendar days on which it was a member, up to today */
                memberDays: number;
                vacanciesPublished: number;
                /** @description Visits to its vacancies’ pages (one per visitor per half hour, no bots) */
                views: number;
                /** @description Of the views, those that came from its widget */
                fromWidget: number;
                /** @description Of the views, those that came from a feed */
                fromFeed: number;
                /** @description Times its vacancies were shown on a page of search results */
                impressions: number;
                applications: number;
                hires: number;
                /** @description Publication to first hire, in days */
                averageDaysToFill: number | null;
              };
            }[];
            topSearches: {
              term: string;
              searches: number;
            }[];
            searchesWithoutResults: {
              term: string;
              searches: number;
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCoordinationBudgets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              year: number;
              /** @description In euros */
              amount: number;
              /** @enum {string} */
              costKey: 'equal' | 'vacancies' | 'weight';
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  putCoordinationBudgetsByYear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: number;
          /** @enum {string} */
          costKey: 'equal' | 'vacancies' | 'weight';
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            year: number;
            /** @description In euros */
            amount: number;
            /** @enum {string} */
            costKey: 'equal' | 'vacancies' | 'weight';
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAlerts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          /** @description The search page’s query string, e.g. q=beleid&near=Tilburg */
          query: string;
          /** @enum {string} */
          frequency: 'instant' | 'daily' | 'weekly';
          name?: string;
          /** @enum {string} */
          lang?: 'nl' | 'en';
          /** @enum {string} */
          locale?: 'nl' | 'en';
          /** @description Leave empty (a field for bots) */
          website?: string;
        };
      };
    };
    responses: {
      /** @description Created: the new resource */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: 'active';
          };
        };
      };
      /** @description Accepted: the work is queued */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'confirmation_sent';
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAlertsConfirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The search page’s query string */
            query: string;
            /** @enum {string} */
            frequency: 'instant' | 'daily' | 'weekly' | 'none';
            /** @enum {string} */
            lang: 'nl' | 'en';
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSentAt: string | null;
            /** @description A guest’s key to their address’s alerts (`X-Alert-Key`), valid 400 days */
            manageKey?: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The link is sound, but its alert was stopped since (`alert_stopped`) */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAlertsConfirmPreview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The search page’s query string */
            query: string;
            /** @enum {string} */
            frequency: 'instant' | 'daily' | 'weekly' | 'none';
            /** @enum {string} */
            lang: 'nl' | 'en';
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSentAt: string | null;
            confirmed: boolean;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The link is sound, but its alert was stopped since (`alert_stopped`) */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAlertsKeep: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The search page’s query string */
            query: string;
            /** @enum {string} */
            frequency: 'instant' | 'daily' | 'weekly' | 'none';
            /** @enum {string} */
            lang: 'nl' | 'en';
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSentAt: string | null;
            /** @description A guest’s key to their address’s alerts (`X-Alert-Key`), valid 400 days */
            manageKey?: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description The link is sound, but its alert was stopped since (`alert_stopped`) */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getAlertsUnsubscribe: {
    parameters: {
      query: {
        token: string;
        lang?: 'nl' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Answer */
      303: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postAlertsUnsubscribe: {
    parameters: {
      query: {
        token: string;
        lang?: 'nl' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            ended: true;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getAlertsManage: {
    parameters: {
      query?: never;
      header?: {
        'x-alert-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            email: string;
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @description The search page’s query string */
              query: string;
              /** @enum {string} */
              frequency: 'instant' | 'daily' | 'weekly' | 'none';
              /** @enum {string} */
              lang: 'nl' | 'en';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              lastSentAt: string | null;
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteAlertsManage: {
    parameters: {
      query?: never;
      header?: {
        'x-alert-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getAlertsManageExport: {
    parameters: {
      query?: never;
      header?: {
        'x-alert-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteAlertsManageById: {
    parameters: {
      query?: never;
      header?: {
        'x-alert-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  patchAlertsManageById: {
    parameters: {
      query?: never;
      header?: {
        'x-alert-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @enum {string} */
          frequency?: 'instant' | 'daily' | 'weekly';
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The search page’s query string */
            query: string;
            /** @enum {string} */
            frequency: 'instant' | 'daily' | 'weekly' | 'none';
            /** @enum {string} */
            lang: 'nl' | 'en';
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSentAt: string | null;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMeSavedSearches: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @description The search page’s query string */
              query: string;
              /** @enum {string} */
              frequency: 'instant' | 'daily' | 'weekly' | 'none';
              /** @enum {string} */
              lang: 'nl' | 'en';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              lastSentAt: string | null;
              newMatches: number;
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postMeSavedSearches: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The search page’s query string, e.g. q=beleid&near=Tilburg */
          query: string;
          /** @enum {string} */
          frequency: 'instant' | 'daily' | 'weekly' | 'none';
          name?: string;
        };
      };
    };
    responses: {
      /** @description Created: the new resource */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The search page’s query string */
            query: string;
            /** @enum {string} */
            frequency: 'instant' | 'daily' | 'weekly' | 'none';
            /** @enum {string} */
            lang: 'nl' | 'en';
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSentAt: string | null;
            newMatches: number;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteMeSavedSearchesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  patchMeSavedSearchesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The search page’s query string, e.g. q=beleid&near=Tilburg */
          query?: string;
          /** @enum {string} */
          frequency?: 'instant' | 'daily' | 'weekly' | 'none';
          name?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The search page’s query string */
            query: string;
            /** @enum {string} */
            frequency: 'instant' | 'daily' | 'weekly' | 'none';
            /** @enum {string} */
            lang: 'nl' | 'en';
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSentAt: string | null;
            newMatches: number;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMeAlerts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @description The search page’s query string */
              query: string;
              /** @enum {string} */
              frequency: 'instant' | 'daily' | 'weekly' | 'none';
              /** @enum {string} */
              lang: 'nl' | 'en';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              lastSentAt: string | null;
              newMatches: number;
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteMeAlertsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  patchMeAlertsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The search page’s query string, e.g. q=beleid&near=Tilburg */
          query?: string;
          /** @enum {string} */
          frequency?: 'instant' | 'daily' | 'weekly' | 'none';
          name?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The search page’s query string */
            query: string;
            /** @enum {string} */
            frequency: 'instant' | 'daily' | 'weekly' | 'none';
            /** @enum {string} */
            lang: 'nl' | 'en';
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSentAt: string | null;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postMeAlertsByIdVisit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Nothing, or an empty object: it takes no fields. */
    requestBody?: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getCoordinationAlerts: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: number;
            unconfirmed: number;
            perDay: {
              day: string;
              sent: number;
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getSearchSynonyms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The words of every built-in group, switched off or not (see `builtIn`) */
            defaults: string[][];
            builtIn: {
              id: string;
              words: string[];
              /** @description False when the coordinator switched it off */
              active: boolean;
            }[];
            custom: {
              id: string;
              words: string[];
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postSearchSynonyms: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          words: string[];
        };
      };
    };
    responses: {
      /** @description Created: the new resource */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            words: string[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteSearchSynonymsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  putSearchSynonymsBuiltInById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active: boolean;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            words: string[];
            /** @description False when the coordinator switched it off */
            active: boolean;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getSearchHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            indexName: string;
            reachable: boolean;
            documentsInIndex: number | null;
            searchableInDatabase: number;
            outboxBacklog: number;
            lastSyncedAt: string | null;
            lastError: string | null;
            lastErrorAt: string | null;
            consecutiveFailures: number;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postSearchReindex: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Nothing, or an empty object: it takes no fields. */
    requestBody?: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            documents: number;
            seconds: number;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getVacanciesByIdApplications: {
    parameters: {
      query?: {
        status?: 'received' | 'in_review' | 'invited' | 'rejected' | 'hired';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              vacancy: {
                id: string;
                title: string;
                /** @enum {string} */
                language: 'nl' | 'en';
              };
              name: string;
              email: string;
              /** @enum {string} */
              status: 'received' | 'in_review' | 'invited' | 'rejected' | 'hired';
              createdAt: string;
              isNew: boolean;
            }[];
            total: number;
            page: number;
            pageSize: number;
            /** @description How many there are of each status (whatever `status` filters); a status with none is left out */
            counts: {
              received?: number;
              in_review?: number;
              invited?: number;
              rejected?: number;
              hired?: number;
            };
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postVacanciesByIdApplications: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          name: string;
          /** Format: email */
          email: string;
          phone?: string;
          motivation: string;
          /** @enum {string} */
          consent?: 'procedure' | 'pool';
          website?: string;
          /** Format: binary */
          cv: string;
          /** Format: binary */
          letter?: string;
        };
      };
    };
    responses: {
      /** @description Created: the new resource */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: 'received';
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getOrganisationsByOrgIdApplications: {
    parameters: {
      query?: {
        status?: 'received' | 'in_review' | 'invited' | 'rejected' | 'hired';
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              vacancy: {
                id: string;
                title: string;
                /** @enum {string} */
                language: 'nl' | 'en';
              };
              name: string;
              email: string;
              /** @enum {string} */
              status: 'received' | 'in_review' | 'invited' | 'rejected' | 'hired';
              createdAt: string;
              isNew: boolean;
            }[];
            total: number;
            page: number;
            pageSize: number;
            /** @description How many there are of each status (whatever `status` filters); a status with none is left out */
            counts: {
              received?: number;
              in_review?: number;
              invited?: number;
              rejected?: number;
              hired?: number;
            };
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getApplicationsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            vacancy: {
              id: string;
              title: string;
              /** @enum {string} */
              language: 'nl' | 'en';
              /** @enum {string} */
              state: 'draft' | 'scheduled' | 'published' | 'closed' | 'withdrawn';
            };
            name: string;
            email: string;
            /** @enum {string} */
            status: 'received' | 'in_review' | 'invited' | 'rejected' | 'hired';
            createdAt: string;
            isNew: boolean;
            /** @description The language of the applicant’s mails (a rejection message is sent in it, under a subject in it) */
            mailLanguage: 'nl' | 'en';
            phone: string | null;
            motivation: string;
            /** @enum {string} */
            consent: 'procedure' | 'pool';
            /** @description Whether the owner of the e-mail address confirmed the application as theirs (applied signed in with it, or on the page mailed to it). Until then the name is only what was typed, and a pool consent does not count */
            addressConfirmed: boolean;
            updatedAt: string;
            hiredAt: string | null;
            files: {
              cv: {
                name: string;
                size: number;
                mediaType: string;
              } | null;
              letter: {
                name: string;
                size: number;
                mediaType: string;
              } | null;
            };
            notes: {
              id: string;
              author: {
                id: string;
                name: string;
              };
              text: string;
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  patchApplicationsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          status?: 'received' | 'in_review' | 'invited' | 'rejected' | 'hired';
          note?: string;
          rejectionMessage?: string;
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            vacancy: {
              id: string;
              title: string;
              /** @enum {string} */
              language: 'nl' | 'en';
              /** @enum {string} */
              state: 'draft' | 'scheduled' | 'published' | 'closed' | 'withdrawn';
            };
            name: string;
            email: string;
            /** @enum {string} */
            status: 'received' | 'in_review' | 'invited' | 'rejected' | 'hired';
            createdAt: string;
            isNew: boolean;
            /** @description The language of the applicant’s mails (a rejection message is sent in it, under a subject in it) */
            mailLanguage: 'nl' | 'en';
            phone: string | null;
            motivation: string;
            /** @enum {string} */
            consent: 'procedure' | 'pool';
            /** @description Whether the owner of the e-mail address confirmed the application as theirs (applied signed in with it, or on the page mailed to it). Until then the name is only what was typed, and a pool consent does not count */
            addressConfirmed: boolean;
            updatedAt: string;
            hiredAt: string | null;
            files: {
              cv: {
                name: string;
                size: number;
                mediaType: string;
              } | null;
              letter: {
                name: string;
                size: number;
                mediaType: string;
              } | null;
            };
            notes: {
              id: string;
              author: {
                id: string;
                name: string;
              };
              text: string;
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getApplicationsByIdCv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getApplicationsByIdLetter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMeApplications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              vacancy: {
                id: string;
                title: string;
                /** @enum {string} */
                language: 'nl' | 'en';
                organisation: string;
              };
              /** @enum {string} */
              status: 'received' | 'in_review' | 'invited' | 'rejected' | 'hired';
              /** @enum {string} */
              consent: 'procedure' | 'pool';
              /** Format: date-time */
              poolConsentUntil: string | null;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteMeApplicationsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteMeApplicationsByIdPoolConsent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMeExport: {
    parameters: {
      query?: {
        /** @description The language of the file’s name: the page’s, which its link sends; else `Accept-Language` */
        lang?: 'nl' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMyData: {
    parameters: {
      query?: never;
      header?: {
        'x-guest-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            email: string;
            applications: {
              /** Format: uuid */
              id: string;
              vacancy: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                language: 'nl' | 'en';
                organisation: string;
              };
              name: string;
              email: string;
              phone: string | null;
              motivation: string;
              /** @enum {string} */
              consent: 'procedure' | 'pool';
              /** Format: date-time */
              poolConsentUntil: string | null;
              /** Format: date-time */
              addressConfirmedAt: string | null;
              /** @enum {string} */
              status: 'received' | 'in_review' | 'invited' | 'rejected' | 'hired';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteMyData: {
    parameters: {
      query?: never;
      header?: {
        'x-guest-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getMyDataExport: {
    parameters: {
      query?: never;
      header?: {
        'x-guest-key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteMyDataApplicationsById: {
    parameters: {
      query?: never;
      header?: {
        'x-guest-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  postMyDataApplicationsByIdRenewConsent: {
    parameters: {
      query?: never;
      header?: {
        'x-guest-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    /** @description Nothing, or an empty object: it takes no fields. */
    requestBody?: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            poolConsentUntil: string;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  deleteMyDataApplicationsByIdPoolConsent: {
    parameters: {
      query?: never;
      header?: {
        'x-guest-key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description In conflict with the current state, or a stale `version` (`error.currentVersion`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A content type the operation does not take */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getOrganisationsByOrgIdTalentPool: {
    parameters: {
      query?: {
        /** @description Words in the candidate's motivation or the applied vacancy's title (Dutch full-text search) */
        q?: string;
        /** @description The applied vacancy's category code */
        category?: string;
        educationLevel?: 'vmbo' | 'mbo' | 'hbo' | 'wo';
        /** @description Municipality code or name, or a 4-digit postcode */
        near?: string;
        /** @description Distance to the applied vacancy's place; 25 by default */
        radiusKm?: number;
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        orgId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              applicationId: string;
              name: string;
              email: string;
              phone: string | null;
              /** @description The first 300 characters */
              motivation: string;
              /** Format: date-time */
              consentGivenAt: string;
              /** Format: date-time */
              consentEndsAt: string;
              why: {
                vacancy: {
                  /** Format: uuid */
                  id: string;
                  title: string;
                  organisation: {
                    name: string;
                  };
                };
                category: string;
                /** @enum {string} */
                educationLevel: 'vmbo' | 'mbo' | 'hbo' | 'wo';
                place: {
                  municipalityCode: string;
                  name: string;
                };
              };
            }[];
            total: number;
          };
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not allowed: another role, a key without the scope, or a membership that does not allow it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getFeedsVacanciesXml: {
    parameters: {
      query?: {
        q?: string;
        category?: string[];
        educationLevel?: ('vmbo' | 'mbo' | 'hbo' | 'wo')[];
        employmentType?: (
          'permanent' | 'temporary' | 'temporary_to_permanent' | 'traineeship' | 'internship' | 'secondment' | 'interim'
        )[];
        organisation?: string[];
        region?: string[];
        municipality?: string[];
        salaryMin?: number;
        salaryMax?: number;
        scaleMin?: number;
        scaleMax?: number;
        hoursMin?: number;
        hoursMax?: number;
        /** @description Municipality code or name, or a 4-digit postcode */
        near?: string;
        radiusKm?: number;
        postedWithinDays?: number;
        page?: number;
        /** @description The language of the feed: its title, description and the vacancy pages it links to */
        lang?: 'nl' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The feed, RSS 2.0 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/rss+xml': string;
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getFeedsVacanciesAtom: {
    parameters: {
      query?: {
        q?: string;
        category?: string[];
        educationLevel?: ('vmbo' | 'mbo' | 'hbo' | 'wo')[];
        employmentType?: (
          'permanent' | 'temporary' | 'temporary_to_permanent' | 'traineeship' | 'internship' | 'secondment' | 'interim'
        )[];
        organisation?: string[];
        region?: string[];
        municipality?: string[];
        salaryMin?: number;
        salaryMax?: number;
        scaleMin?: number;
        scaleMax?: number;
        hoursMin?: number;
        hoursMax?: number;
        /** @description Municipality code or name, or a 4-digit postcode */
        near?: string;
        radiusKm?: number;
        postedWithinDays?: number;
        page?: number;
        /** @description The language of the feed: its title, description and the vacancy pages it links to */
        lang?: 'nl' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The feed, Atom 1.0 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/atom+xml': string;
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Not signed in, or the token or key is no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getSitemapXml: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sitemap (sitemaps.org 0.9), or the index of its parts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': string;
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getSitemapsByPart: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The part, as `1.xml`, `2.xml`, … */
        part: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One part of the sitemap (sitemaps.org 0.9) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/xml': string;
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Absent, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getWidgetOrganisatiesBySlug: {
    parameters: {
      query?: {
        limit?: number;
        accent?: string;
      };
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of HTML, to show in an iframe on any site */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A short page to frame, saying no vacancies can be shown: the organisation is not a public member */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
  getEnWidgetOrganisationsBySlug: {
    parameters: {
      query?: {
        limit?: number;
        accent?: string;
      };
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of HTML, to show in an iframe on any site */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Bad input: `error.fields` names each field that is wrong, and why */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A short page to frame, saying no vacancies can be shown: the organisation is not a public member */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Too many requests: try again after `Retry-After` seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
      /** @description A server the portal depends on is unreachable: try again after `Retry-After` seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorResponse'];
        };
      };
    };
  };
}
