/**
 * Writes the demo alliance into a database: organisations, membership periods, the demo
 * accounts and vacancies. Development and tests only; production never seeds.
 */
import { count } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { membershipPeriods, organisations, users, vacancies, type NewUser, type NewVacancy } from '../schema.ts';
import { ensureDefaultCategories } from '../taxonomy.ts';
import { demoOrganisations, generateVacancies, type DemoOrganisation } from './generator.ts';

export { demoOrganisations, generateVacancies, type DemoOrganisation } from './generator.ts';
export { Random } from './random.ts';

/** The password of every demo account (README). */
export const DEMO_PASSWORD = 'samenwerven-demo';

export interface SeedOptions {
  /** How many vacancies to generate (the demo has a few hundred; benchmarks 100k). */
  vacancyCount: number;
  /** Hashes the demo password; the server's password hashing, passed in so db/ needs no crypto. */
  hashPassword: (password: string) => Promise<string>;
  now?: Date;
}

export interface SeedResult {
  seeded: boolean;
  organisations: number;
  vacancies: number;
}

/** Inserts rows in chunks small enough for Postgres' 65,535 bind parameters. */
export async function insertVacancies(db: Executor, rows: NewVacancy[], chunkSize = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) {
    await db.insert(vacancies).values(rows.slice(i, i + chunkSize));
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
  await db.insert(membershipPeriods).values(orgs.map((o) => ({ organisationId: o.id, startedAt: now })));
  await db.insert(users).values(demoAccounts(orgs, await options.hashPassword(DEMO_PASSWORD)));
  const rows = generateVacancies({ count: options.vacancyCount, organisations: orgs, now });
  await insertVacancies(db, rows);
  return { seeded: true, organisations: orgs.length, vacancies: rows.length };
}
