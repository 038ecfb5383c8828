/**
 * The database schema: the single source of truth of Samenwerven.
 *
 * drizzle-kit generates the SQL migrations in `db/migrations` from this file
 * (`npm run db:generate`); `runMigrations` applies them at start. Rules that a
 * bug in code must never be able to break live here as constraints.
 */
import { getTableColumns, sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  customType,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const organisationKind = pgEnum('organisation_kind', [
  'municipality',
  'province',
  'water_board',
  'joint_arrangement',
  'central_government',
  'health',
  'education',
  'other',
]);

/** Membership life cycle (DESIGN.md): applied → active ⇄ suspended, active → left → active. */
export const membershipState = pgEnum('membership_state', ['applied', 'active', 'suspended', 'left', 'rejected']);

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kind: organisationKind('kind').notNull(),
    /** The coordinating body (alliance office) runs the alliance; it can never leave or be suspended. */
    isCoordinatingBody: boolean('is_coordinating_body').notNull().default(false),
    /** CBS code of the seat, e.g. GM0855. */
    municipalityCode: text('municipality_code').notNull(),
    website: text('website'),
    description: text('description').notNull().default(''),
    state: membershipState('state').notNull().default('applied'),
    /** A leave the admin scheduled: it takes effect at this moment (a persistent job applies it). */
    leaveAt: timestamp('leave_at', { withTimezone: true }),
    leaveReason: text('leave_reason'),
    /** Weight in the alliance's cost split when the coordinator divides costs "by weight". */
    costWeight: integer('cost_weight').notNull().default(1),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    /** Employer profile: what the organisation offers its staff (plain text). */
    offer: text('offer').notNull().default(''),
    /** The logo, checked on upload (PNG, JPEG or WebP, at most 512 KB). */
    logo: bytea('logo'),
    logoType: text('logo_type'),
    /**
     * The employer profile's version (description, offer, website): a save sends the one it was
     * read at, so two people editing it do not overwrite each other unseen. The logo is replaced whole.
     */
    profileVersion: integer('profile_version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organisations_slug_key').on(t.slug),
    check('organisations_profile_version_positive', sql`${t.profileVersion} >= 1`),
    check(
      'organisations_logo_type',
      sql`${t.logoType} IS NULL OR ${t.logoType} IN ('image/png', 'image/jpeg', 'image/webp')`,
    ),
    check('organisations_cost_weight', sql`${t.costWeight} >= 0`),
    check('organisations_coordinating_body_active', sql`NOT ${t.isCoordinatingBody} OR ${t.state} = 'active'`),
    check('organisations_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check('organisations_municipality_code_format', sql`${t.municipalityCode} ~ '^GM[0-9]{4}$'`),
  ],
);

export const applicationState = pgEnum('application_state', ['pending', 'approved', 'rejected']);

/** An organisation's request to join (or, after leaving, to rejoin) and the coordinator's decision. */
export const membershipApplications = pgTable(
  'membership_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    state: applicationState('state').notNull().default('pending'),
    reason: text('reason'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('membership_applications_state_idx').on(t.state),
    // One open application per organisation at a time.
    uniqueIndex('membership_applications_one_pending')
      .on(t.organisationId)
      .where(sql`${t.state} = 'pending'`),
  ],
);

/** Who was a member when: the alliance shares its costs by these periods. */
export const membershipPeriods = pgTable(
  'membership_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: text('end_reason'),
  },
  (t) => [
    index('membership_periods_organisation_idx').on(t.organisationId),
    check('membership_periods_order', sql`${t.endedAt} IS NULL OR ${t.endedAt} >= ${t.startedAt}`),
    // At most one open period per organisation.
    uniqueIndex('membership_periods_one_open')
      .on(t.organisationId)
      .where(sql`${t.endedAt} IS NULL`),
  ],
);

export const userRole = pgEnum('user_role', ['job_seeker', 'hr_officer', 'org_admin', 'coordinator']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** argon2id hash; null while an invitation has not been accepted. */
    passwordHash: text('password_hash'),
    role: userRole('role').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    locale: text('locale').notNull().default('nl'),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    /** Removed staff keep their row (the audit log points at it) but can no longer sign in. */
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    /**
     * Carried in every access token (claim `ver`); raised by sign-out, a password change or
     * reset and a reused refresh token, which ends all access tokens signed before at once.
     */
    tokenVersion: integer('token_version').notNull().default(0),
    /**
     * When the owner proved the address is theirs (a confirmation, reset or invitation link).
     * Null for a self-made account until then: it cannot sign in. Existing accounts count as confirmed.
     */
    emailConfirmedAt: timestamp('email_confirmed_at', { withTimezone: true }).defaultNow(),
    /** Staff: whether an e-mail is sent when an application to the organisation arrives. */
    notifyOnApplication: boolean('notify_on_application').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    // Staff belong to an organisation; job seekers to none.
    check('users_role_organisation', sql`(${t.role} = 'job_seeker') = (${t.organisationId} IS NULL)`),
    check('users_locale', sql`${t.locale} IN ('nl', 'en')`),
  ],
);

export const tokenPurpose = pgEnum('token_purpose', ['invitation', 'password_reset', 'email_confirmation']);

/** Single-use links sent by e-mail (invitations, password resets). Only a hash is stored. */
export const userTokens = pgTable(
  'user_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: tokenPurpose('purpose').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('user_tokens_hash_key').on(t.tokenHash), index('user_tokens_user_idx').on(t.userId)],
);

/** Sign-in sessions behind the refresh cookie; deleting one signs that browser out. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    refreshTokenHash: text('refresh_token_hash').notNull(),
    /**
     * The token this one replaced, and when: two tabs that refresh with the same token at the
     * same moment are not a theft (see auth/service.ts refreshSession).
     */
    previousTokenHash: text('previous_token_hash'),
    rotatedAt: timestamp('rotated_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sessions_refresh_token_hash_key').on(t.refreshTokenHash),
    index('sessions_user_idx').on(t.userId),
  ],
);

/** An organisation's keys for its applicant-tracking system. The secret is shown once; only its hash is kept. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    /** The first characters of the key, so people can tell keys apart. */
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /**
     * What the key may do with its organisation's vacancies: `read` (list, read, history),
     * `write` (create and change) and `publish` (publish, close, reopen). Keys made before
     * scopes existed have all three.
     */
    scopes: text('scopes')
      .array()
      .notNull()
      .default(sql`ARRAY['read', 'write', 'publish']::text[]`),
  },
  (t) => [
    uniqueIndex('api_keys_hash_key').on(t.keyHash),
    index('api_keys_organisation_idx').on(t.organisationId),
    check(
      'api_keys_scopes',
      sql`cardinality(${t.scopes}) >= 1 AND ${t.scopes} <@ ARRAY['read', 'write', 'publish']::text[]`,
    ),
  ],
);

/** Shared taxonomy of job fields (vakgebieden), managed by the coordinator. */
export const categories = pgTable('categories', {
  code: text('code').primaryKey(),
  nameNl: text('name_nl').notNull(),
  nameEn: text('name_en').notNull(),
});

export const vacancyState = pgEnum('vacancy_state', ['draft', 'scheduled', 'published', 'closed', 'withdrawn']);
export const educationLevel = pgEnum('education_level', ['vmbo', 'mbo', 'hbo', 'wo']);
export const employmentType = pgEnum('employment_type', [
  'permanent',
  'temporary',
  'temporary_to_permanent',
  'traineeship',
  'internship',
  'secondment',
  'interim',
]);
export const workMode = pgEnum('work_mode', ['on_site', 'hybrid', 'remote']);
export const applyMethod = pgEnum('apply_method', ['portal', 'url', 'email']);
export const visibility = pgEnum('vacancy_visibility', ['public', 'internal']);

export const vacancies = pgTable(
  'vacancies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The organisation's own reference (its ATS id), unique within the organisation. */
    externalId: text('external_id'),
    state: vacancyState('state').notNull().default('draft'),
    /** Why a vacancy was withdrawn (membership left or suspended). */
    withdrawnReason: text('withdrawn_reason'),
    /** The state before withdrawal, so a reinstated member gets its live vacancies back. */
    withdrawnFromState: vacancyState('withdrawn_from_state'),
    title: text('title').notNull(),
    department: text('department'),
    summary: text('summary').notNull().default(''),
    /** Sanitised HTML: headings, paragraphs, lists, emphasis, links. */
    description: text('description').notNull().default(''),
    categoryCode: text('category_code')
      .notNull()
      .references(() => categories.code),
    educationLevel: educationLevel('education_level').notNull(),
    orEquivalent: boolean('or_equivalent').notNull().default(true),
    employmentType: employmentType('employment_type').notNull(),
    hoursMin: integer('hours_min').notNull(),
    hoursMax: integer('hours_max').notNull(),
    salaryScale: integer('salary_scale'),
    salaryMin: integer('salary_min'),
    salaryMax: integer('salary_max'),
    municipalityCode: text('municipality_code').notNull(),
    postcode: text('postcode'),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    /** Further work places besides the main one (municipality and postcode). */
    additionalPlaces: jsonb('additional_places')
      .$type<{ municipalityCode: string; postcode: string | null }[]>()
      .notNull()
      .default([]),
    workMode: workMode('work_mode').notNull().default('on_site'),
    publishAt: timestamp('publish_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closingDate: date('closing_date'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /**
     * When the first candidate was hired through the portal: with `published_at` it gives the
     * time to fill, kept on the vacancy because the applications themselves are deleted later.
     */
    filledAt: timestamp('filled_at', { withTimezone: true }),
    applyMethod: applyMethod('apply_method').notNull().default('portal'),
    applyUrl: text('apply_url'),
    applyEmail: text('apply_email'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    visibility: visibility('visibility').notNull().default('public'),
    /** An internal (mobility pool) vacancy turns public at this moment, if set. */
    publicFrom: timestamp('public_from', { withTimezone: true }),
    language: text('language').notNull().default('nl'),
    /** Optimistic locking: every write increments it; a stale write gets 409. */
    version: integer('version').notNull().default(1),
    /** Dutch full-text search, for the degraded mode when Meilisearch is unreachable. */
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(summary, '')), 'B') || setweight(to_tsvector('dutch', coalesce(description, '')), 'C')`,
    ),
    ...timestamps,
  },
  (t) => [
    index('vacancies_organisation_idx').on(t.organisationId),
    index('vacancies_search_vector_idx').using('gin', t.searchVector),
    index('vacancies_state_idx').on(t.state),
    // Open public vacancies per organisation (the members list, organisation pages), counted
    // from this small index alone instead of a pass over every vacancy's full row.
    index('vacancies_public_by_organisation_idx')
      .on(t.organisationId, t.closingDate)
      .where(sql`${t.state} = 'published' AND ${t.visibility} = 'public'`),
    uniqueIndex('vacancies_external_id_key').on(t.organisationId, t.externalId),
    check('vacancies_hours', sql`${t.hoursMin} >= 1 AND ${t.hoursMin} <= ${t.hoursMax} AND ${t.hoursMax} <= 40`),
    check('vacancies_scale', sql`${t.salaryScale} IS NULL OR ${t.salaryScale} BETWEEN 1 AND 18`),
    check(
      'vacancies_salary',
      sql`(${t.salaryMin} IS NULL OR ${t.salaryMin} >= 0) AND (${t.salaryMin} IS NULL OR ${t.salaryMax} IS NULL OR ${t.salaryMin} <= ${t.salaryMax})`,
    ),
    check('vacancies_municipality_code_format', sql`${t.municipalityCode} ~ '^GM[0-9]{4}$'`),
    check('vacancies_postcode_format', sql`${t.postcode} IS NULL OR ${t.postcode} ~ '^[0-9]{4}$'`),
    check('vacancies_language', sql`${t.language} IN ('nl', 'en')`),
    check('vacancies_published_has_date', sql`${t.state} <> 'published' OR ${t.publishedAt} IS NOT NULL`),
    check('vacancies_version_positive', sql`${t.version} >= 1`),
  ],
);

/** Every change to a vacancy: who, when, what (field by field). */
export const vacancyHistory = pgTable(
  'vacancy_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    vacancyId: uuid('vacancy_id')
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorApiKeyId: uuid('actor_api_key_id').references(() => apiKeys.id),
    action: text('action').notNull(),
    /** Changed fields as { field: [before, after] }. */
    changes: jsonb('changes').$type<Record<string, [unknown, unknown]>>().notNull().default({}),
  },
  (t) => [index('vacancy_history_vacancy_idx').on(t.vacancyId, t.id)],
);

/**
 * A vacancy's counters per Dutch calendar day: the one source of the alliance's activity
 * figures (the cost split, each member's dashboard, the coordinator's cockpit). Counted
 * without cookies or anything about the visitor (server/src/counting); applications and
 * hires are counted here when they happen, so the figures outlive the applications, which
 * are purged after their procedure. (The table keeps its first name, from when it held views only.)
 */
export const vacancyViews = pgTable(
  'vacancy_views',
  {
    vacancyId: uuid('vacancy_id')
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    /** Visits to the vacancy's page (one per visitor per half hour; bots not counted). */
    views: integer('views').notNull().default(0),
    /** Of those, visits that came from the member's widget or from a feed. */
    fromWidget: integer('from_widget').notNull().default(0),
    fromFeed: integer('from_feed').notNull().default(0),
    /** Times it was shown on a page of search results. */
    impressions: integer('impressions').notNull().default(0),
    /** Applications made through the portal that day, and people marked hired that day. */
    applications: integer('applications').notNull().default(0),
    hires: integer('hires').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.vacancyId, t.day] }), index('vacancy_views_day_idx').on(t.day)],
);

/**
 * The same counters summed per organisation and day, kept beside `vacancy_views` (written in
 * the same statement) so that a year of figures reads a few thousand rows instead of millions.
 * The figures read this table; `vacancy_views` serves a vacancy's own counts.
 */
export const organisationDays = pgTable(
  'organisation_days',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    day: date('day').notNull(),
    views: integer('views').notNull().default(0),
    fromWidget: integer('from_widget').notNull().default(0),
    fromFeed: integer('from_feed').notNull().default(0),
    impressions: integer('impressions').notNull().default(0),
    applications: integer('applications').notNull().default(0),
    hires: integer('hires').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.day] })],
);

/**
 * What job seekers searched for, per Dutch day: the words (normalised, as typed, no one's
 * identity) and how often they found nothing. Kept for 13 months (the nightly job).
 */
export const searchTerms = pgTable(
  'search_terms',
  {
    day: date('day').notNull(),
    term: text('term').notNull(),
    searches: integer('searches').notNull().default(0),
    zeroResults: integer('zero_results').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.term] })],
);

export const costKey = pgEnum('cost_key', ['equal', 'vacancies', 'weight']);

/**
 * The alliance's costs of a calendar year and the key they are divided by: what each member
 * pays, the basis of cost per application and per hire on the members' dashboards.
 */
export const allianceBudgets = pgTable(
  'alliance_budgets',
  {
    year: integer('year').primaryKey(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    costKey: costKey('cost_key').notNull().default('equal'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('alliance_budgets_amount', sql`${t.amountCents} >= 0`)],
);

/**
 * The transactional outbox of the search index (DESIGN.md invariant 1): every write that
 * can change whether or how a vacancy is searchable adds a row here in the same
 * transaction; the sync worker drains it and converges Meilisearch to the database.
 */
export const searchOutbox = pgTable(
  'search_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    vacancyId: uuid('vacancy_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('search_outbox_vacancy_idx').on(t.vacancyId)],
);

export const mailState = pgEnum('mail_state', ['pending', 'sending', 'sent', 'failed']);

/**
 * The mail outbox (DESIGN.md invariant 8): a message is written here in the same transaction
 * as the change that causes it, and the mail worker sends it later, once. A worker claims a
 * row for a lease (committed before it talks SMTP), sends it with the row's stable Message-ID,
 * then marks it sent; a failed send is retried with back-off. The text is blanked once sent,
 * so the links in it (secrets) do not stay in the database.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The RFC 5322 Message-ID, the same on every attempt, so a repeat is recognisable. */
    messageId: text('message_id').notNull(),
    /** What the message is for, e.g. `invitation`; limits count by it. */
    kind: text('kind').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** An HTML part beside the plain text, where the message has one (alert mails). */
    html: text('html'),
    /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) on alert mails. */
    headers: jsonb('headers').$type<Record<string, string>>(),
    /** The organisation that caused the message, where one did (invitations). */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    state: mailState('state').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** When a pending message is due (again). */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull().defaultNow(),
    /** The claim of the worker that is sending it: until when, and whose. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    leaseId: uuid('lease_id'),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mail_outbox_message_id_key').on(t.messageId),
    index('mail_outbox_due_idx')
      .on(t.dueAt)
      .where(sql`${t.state} IN ('pending', 'sending')`),
    index('mail_outbox_recipient_idx').on(sql`lower(${t.recipient})`, t.kind, t.createdAt),
    index('mail_outbox_organisation_idx').on(t.organisationId, t.kind, t.createdAt),
  ],
);

/** What an applicant agreed to: keep the data for this procedure only, or also in the talent pool. */
export const applicationConsent = pgEnum('application_consent', ['procedure', 'pool']);

/** Where an application stands in its procedure (server/src/applications/state-machine.ts). */
export const applicationStatus = pgEnum('application_status', [
  'received',
  'in_review',
  'invited',
  'rejected',
  'hired',
]);

/** A job seeker's application to a vacancy, made through the portal (with or without an account). */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vacancyId: uuid('vacancy_id')
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    /** Copied from the vacancy so the organisation's inbox and access checks need no join. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The signed-in job seeker who applied; null for a guest. Erasing the account erases the application. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    motivation: text('motivation').notNull(),
    consent: applicationConsent('consent').notNull().default('procedure'),
    status: applicationStatus('status').notNull().default('received'),
    /**
     * With pool consent: until when the candidate may be found in the talent pool (a year from
     * consent; renewed by the candidate through the reminder e-mail). Null for procedure only.
     */
    poolConsentUntil: timestamp('pool_consent_until', { withTimezone: true }),
    /** When the reminder that the pool consent lapses was sent (once per consent period). */
    poolReminderSentAt: timestamp('pool_reminder_sent_at', { withTimezone: true }),
    /**
     * When the owner of the address took the application as theirs: they applied signed in with
     * their account's (confirmed) address, or confirmed it on the page the key mailed to the
     * address opens. Anyone can type any address in the form, and the pool shows a candidate to
     * every member, so a pool consent counts only from then on (talent-pool/queries.ts).
     */
    addressConfirmedAt: timestamp('address_confirmed_at', { withTimezone: true }),
    /** When HR staff first opened it; null marks it new in the inbox. */
    seenAt: timestamp('seen_at', { withTimezone: true }),
    hiredAt: timestamp('hired_at', { withTimezone: true }),
    /**
     * When HR turned the candidate down: their procedure ended then, and the four weeks of keeping
     * run from it, however long the vacancy itself stays open (retention.ts).
     */
    rejectedAt: timestamp('rejected_at', { withTimezone: true }),
    /**
     * The language of the page the application was sent from: a guest's later mails (an
     * invitation, a rejection) are in it. Null for applications from before it was kept.
     */
    mailLocale: text('mail_locale'),
    ...timestamps,
  },
  (t) => [
    check('applications_mail_locale', sql`${t.mailLocale} IN ('nl', 'en')`),
    index('applications_vacancy_idx').on(t.vacancyId, t.createdAt),
    index('applications_organisation_idx').on(t.organisationId, t.createdAt),
    index('applications_user_idx').on(t.userId),
    check('applications_hired_at', sql`(${t.status} = 'hired') = (${t.hiredAt} IS NOT NULL)`),
    check('applications_rejected_at', sql`(${t.status} = 'rejected') = (${t.rejectedAt} IS NOT NULL)`),
  ],
);

export const applicationFileKind = pgEnum('application_file_kind', ['cv', 'letter']);

/**
 * An uploaded file of an application. The bytes live in the file store under `storage_key`, a
 * random name never derived from the uploaded one, so no file can be reached by guessing.
 */
export const applicationFiles = pgTable(
  'application_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    kind: applicationFileKind('kind').notNull(),
    originalName: text('original_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    storageKey: text('storage_key').notNull(),
    /**
     * SHA-256 of the bytes (hex): a form sent again with a corrected file of the same name and
     * size is another application, not the same one sent twice. Null for files from before it.
     */
    contentDigest: text('content_digest'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('application_files_kind_key').on(t.applicationId, t.kind),
    uniqueIndex('application_files_storage_key').on(t.storageKey),
    check('application_files_size', sql`${t.size} >= 0`),
  ],
);

/** Notes HR staff leave on an application for their colleagues. */
/**
 * Stored files whose rows are gone, until the store confirms their removal: written in the
 * transaction that deletes the rows, so an erased or purged file is removed even when the
 * store is down at that moment or the process stops (the nightly retention job retries).
 * Holds only random keys, nothing about a person.
 */
export const fileRemovals = pgTable('file_removals', {
  storageKey: text('storage_key').primaryKey(),
  queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
});

export const applicationNotes = pgTable(
  'application_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_notes_application_idx').on(t.applicationId, t.createdAt)],
);

/** The sync worker's own health: one row, for the health endpoint and the coordinator. */
export const searchSyncState = pgTable('search_sync_state', {
  id: integer('id').primaryKey().default(1),
  lastSyncedAt: timestamp('last_synced_at', { withTimezone: true }),
  lastError: text('last_error'),
  lastErrorAt: timestamp('last_error_at', { withTimezone: true }),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  /**
   * Goes up by one whenever what the index answers may have changed (a batch applied, a rebuild
   * swapped in, the synonyms rewritten): the API's cached search answers are keyed by it.
   */
  indexVersion: bigint('index_version', { mode: 'number' }).notNull().default(0),
});

/** The coordinator's own synonym groups, added to the defaults in the index settings. */
export const searchSynonyms = pgTable('search_synonyms', {
  id: uuid('id').primaryKey().defaultRandom(),
  words: text('words').array().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The synonym groups that come with the portal (builtInSynonymGroups in search/src/settings.ts)
 * which the coordinator switched off, by the group's id; every other built-in group is on.
 */
export const searchSynonymsOff = pgTable('search_synonyms_off', {
  groupId: text('group_id').primaryKey(),
  switchedOffAt: timestamp('switched_off_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Who did what, when and why. Append-only. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    reason: text('reason'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_log_organisation_idx').on(t.organisationId, t.at), index('audit_log_at_idx').on(t.at)],
);

export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
/**
 * A vacancy as the code reads it: every column but the generated full-text vector. Only
 * Postgres' own search reads that, in SQL; selected with the row it is several KB per vacancy
 * that every reader would parse and drop (a bulk import's rows, the sync worker's batches).
 */
export type Vacancy = Omit<typeof vacancies.$inferSelect, 'searchVector'>;
const { searchVector: _searchVector, ...vacancyColumns } = getTableColumns(vacancies);
/** The columns of a `Vacancy`, for `select(vacancyRow)` and `returning(vacancyRow)`. */
export const vacancyRow = vacancyColumns;
export type NewVacancy = typeof vacancies.$inferInsert;
export type Category = typeof categories.$inferSelect;
export type ApiKey = typeof apiKeys.$inferSelect;
export type MembershipState = (typeof membershipState.enumValues)[number];
export type Application = typeof applications.$inferSelect;
export type ApplicationStatus = (typeof applicationStatus.enumValues)[number];
export type UserRole = (typeof userRole.enumValues)[number];

/** How often an alert mails; `none`: a saved search that mails nothing (API.md `/me/saved-searches`). */
export const alertFrequency = pgEnum('alert_frequency', ['instant', 'daily', 'weekly', 'none']);

/**
 * A saved search that mails its new matches: the search as the search page's address has it
 * (`query`), to an address (of an account, or confirmed by a link). Ended alerts are deleted.
 */
export const searchAlerts = pgTable(
  'search_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    /** The job seeker's account it belongs to; null for an alert made with an address only. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The search page's query string (`q=…&category=…`), validated as a search when saved. */
    query: text('query').notNull(),
    frequency: alertFrequency('frequency').notNull(),
    lang: text('lang').notNull().default('nl'),
    /** Null until the link in the confirmation mail is followed; nothing is sent before. */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    /** Vacancies published after this moment are new to the alert (its confirmation, at first). */
    matchedFrom: timestamp('matched_from', { withTimezone: true }),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
    /** When its owner last ran the search from the account page: new matches count from here. */
    lastVisitAt: timestamp('last_visit_at', { withTimezone: true }),
    /** When its owner answered "keep it" to the question a quiet alert asks (alerts/runs.ts). */
    keptAt: timestamp('kept_at', { withTimezone: true }),
    /** When the alert, quiet for half a year, asked whether to keep it; it ends 30 days later without an answer. */
    keepAskedAt: timestamp('keep_asked_at', { withTimezone: true }),
    /** Mails that bounced in a row; the alert ends at 3. */
    bounces: integer('bounces').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('search_alerts_email_idx').on(sql`lower(${t.email})`),
    index('search_alerts_user_idx').on(t.userId),
    // The matching run reads the confirmed alerts' distinct searches in this order, and joins on it.
    index('search_alerts_query_idx')
      .on(t.query)
      .where(sql`${t.confirmedAt} IS NOT NULL`),
    check('search_alerts_lang', sql`${t.lang} IN ('nl', 'en')`),
  ],
);

/**
 * The vacancies matched to an alert: one row per pair, ever, so a vacancy is never mailed twice
 * to an alert (the primary key), and `mailedAt` is set in the transaction that queues the mail.
 */
export const alertMatches = pgTable(
  'alert_matches',
  {
    alertId: uuid('alert_id')
      .notNull()
      .references(() => searchAlerts.id, { onDelete: 'cascade' }),
    vacancyId: uuid('vacancy_id')
      .notNull()
      .references(() => vacancies.id, { onDelete: 'cascade' }),
    matchedAt: timestamp('matched_at', { withTimezone: true }).notNull(),
    mailedAt: timestamp('mailed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.alertId, t.vacancyId] }),
    index('alert_matches_unmailed_idx')
      .on(t.alertId)
      .where(sql`${t.mailedAt} IS NULL`),
  ],
);

/** Alert mails sent per Dutch day, for the coordinator (no addresses). */
export const alertMailsPerDay = pgTable('alert_mails_per_day', {
  day: date('day').primaryKey(),
  sent: integer('sent').notNull().default(0),
});
