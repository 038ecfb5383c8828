/**
 * Writes the demo alliance into a database: organisations, membership periods, the demo
 * accounts and vacancies. Development and tests only; production never seeds.
 */
import { count } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../client.ts';
import {
  allianceBudgets,
  applicationFiles,
  applications,
  membershipPeriods,
  organisations,
  searchTerms,
  users,
  vacancies,
  vacancyViews,
  type NewUser,
  type NewVacancy,
} from '../schema.ts';
import { ensureDefaultCategories } from '../taxonomy.ts';
import { rebuildOrganisationDays } from '../counters.ts';
import { generateDemoApplications } from './demo-applications.ts';
import { demoOrganisations, generateVacancies, type DemoOrganisation } from './generator.ts';
import { demoMembershipPeriods, generateHistory } from './history.ts';

export { demoOrganisations, generateVacancies, type DemoOrganisation } from './generator.ts';
export { generateHistory, generateHistoricVacancies, LATE_JOINERS } from './history.ts';
export { generateDemoApplications, onePagePdf } from './demo-applications.ts';
export { Random } from './random.ts';

/** The password of every demo account (README). */
export const DEMO_PASSWORD = 'samenwerven-demo';

export interface SeedOptions {
  /** How many vacancies to generate (the demo has a few hundred; benchmarks 100k). */
  vacancyCount: number;
  /** Hashes the demo password; the server's password hashing, passed in so db/ needs no crypto. */
  hashPassword: (password: string) => Promise<string>;
  now?: Date;
  /**
   * A year of history for the figures (history.ts): membership since about fourteen months
   * ago, closed vacancies published month by month, daily counters, search words and budgets.
   * Off by default, so tests get the demo as it has always been; the development start and
   * `npm run seed` turn it on.
   */
  history?: boolean;
  /**
   * Stores a demo applicant's CV in the server's file store and returns its key. With history
   * and this, a few applications are made to open vacancies (demo-applications.ts); without
   * it, none (applications need their files).
   */
  storeFile?: (bytes: Uint8Array) => Promise<{ key: string; size: number }>;
}

export interface SeedResult {
  seeded: boolean;
  organisations: number;
  vacancies: number;
  /** What the history added, when asked for. */
  history?: {
    vacancies: number;
    counterRows: number;
    searchTermRows: number;
    applications: number;
    /** Why no demo applications were made although a file store was given. */
    applicationsSkipped?: string;
  };
}

/** Inserts rows in chunks small enough for Postgres' 65,535 bind parameters. */
export async function insertVacancies(db: Executor, rows: NewVacancy[], chunkSize = 500): Promise<void> {
  await insertInChunks(db, vacancies, rows, chunkSize);
}

async function insertInChunks<T extends PgTable>(
  db: Executor,
  table: T,
  rows: readonly PgInsertValue<T>[],
  chunkSize: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) {
    await db.insert(table).values(rows.slice(i, i + chunkSize));
  }
}

export function demoAccounts(orgs: readonly DemoOrganisation[], passwordHash: string): NewUser[] {
  const accounts: NewUser[] = [];
  for (const org of orgs) {
    if (org.isCoordinatingBody) {
      accounts.push({
        email: 'coordinator@samenwerven.example',
        name: 'Coördinator Alliantiebureau',
        role: 'coordinator',
        organisationId: org.id,
        passwordHash,
      });
      continue;
    }
    accounts.push(
      {
        email: `admin@${org.slug}.samenwerven.example`,
        name: `Beheerder ${org.name}`,
        role: 'org_admin',
        organisationId: org.id,
        passwordHash,
      },
      {
        email: `hr@${org.slug}.samenwerven.example`,
        name: `HR ${org.name}`,
        role: 'hr_officer',
        organisationId: org.id,
        passwordHash,
      },
    );
  }
  return accounts;
}

/**
 * Seeds the demo alliance into an empty database; does nothing when organisations exist,
 * so a second `npm start` keeps whatever the user changed.
 */
export async function seedDemo(db: Executor, options: SeedOptions): Promise<SeedResult> {
  await ensureDefaultCategories(db);
  const [existing] = await db.select({ n: count() }).from(organisations);
  if ((existing?.n ?? 0) > 0) return { seeded: false, organisations: 0, vacancies: 0 };
  const now = options.now ?? new Date();
  const orgs = demoOrganisations();
  await db.insert(organisations).values(orgs);
  await db.insert(membershipPeriods).values(demoMembershipPeriods(orgs, now, options.history ?? false));
  await db.insert(users).values(demoAccounts(orgs, await options.hashPassword(DEMO_PASSWORD)));
  const rows = generateVacancies({ count: options.vacancyCount, organisations: orgs, now });
  await insertVacancies(db, rows);
  const result: SeedResult = { seeded: true, organisations: orgs.length, vacancies: rows.length };
  if (options.history) result.history = await seedHistory(db, orgs, rows, now, options.storeFile);
  return result;
}

/** The year of history (see SeedOptions.history), after today's demo is in. */
async function seedHistory(
  db: Executor,
  orgs: DemoOrganisation[],
  current: (NewVacancy & { id: string })[],
  now: Date,
  storeFile: SeedOptions['storeFile'],
): Promise<NonNullable<SeedResult['history']>> {
  // The CVs first: a file store that cannot take them leaves the demo without applications
  // (said in the result) rather than without a start.
  let demoApplications = storeFile ? generateDemoApplications({ organisations: orgs, current, now }) : [];
  const files: { key: string; size: number }[] = [];
  let applicationsSkipped: string | undefined;
  if (storeFile) {
    try {
      for (const a of demoApplications) files.push(await storeFile(a.cv.bytes));
    } catch (error) {
      applicationsSkipped = `file store: ${error instanceof Error ? error.message : String(error)}`;
      demoApplications = [];
    }
  }
  const history = generateHistory({
    organisations: orgs,
    current,
    now,
    applications: demoApplications.map((a) => a.row),
  });
  await insertVacancies(db, history.vacancies);
  await insertInChunks(db, vacancyViews, history.counters, 4000);
  await rebuildOrganisationDays(db);
  await insertInChunks(db, searchTerms, history.searchTerms, 8000);
  await db.insert(allianceBudgets).values(history.budgets);
  if (demoApplications.length > 0) {
    await db.insert(applications).values(demoApplications.map((a) => a.row));
    await db.insert(applicationFiles).values(
      demoApplications.map((a, i) => ({
        applicationId: a.row.id,
        kind: 'cv' as const,
        originalName: a.cv.originalName,
        mediaType: 'application/pdf',
        size: files[i]!.size,
        storageKey: files[i]!.key,
        createdAt: a.row.createdAt,
      })),
    );
  }
  return {
    vacancies: history.vacancies.length,
    counterRows: history.counters.length,
    searchTermRows: history.searchTerms.length,
    applications: demoApplications.length,
    ...(applicationsSkipped ? { applicationsSkipped } : {}),
  };
}
