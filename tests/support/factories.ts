/**
 * Factories that build the rows a test needs, parents included, with sensible defaults
 * that any field can override. Every call makes new, unique rows.
 */
import { randomBytes } from 'node:crypto';
import {
  membershipPeriods,
  municipalityByCode,
  organisations,
  users,
  vacancies,
  type Executor,
  type NewOrganisation,
  type NewUser,
  type NewVacancy,
  type Organisation,
  type User,
  type Vacancy,
} from '@samenwerven/db';
import { hashPassword } from '@samenwerven/server';

const unique = () => randomBytes(4).toString('hex');

export async function createOrganisation(
  db: Executor,
  overrides: Partial<NewOrganisation> = {},
): Promise<Organisation> {
  const suffix = unique();
  const [organisation] = await db
    .insert(organisations)
    .values({
      slug: `gemeente-test-${suffix}`,
      name: `Gemeente Test ${suffix}`,
      kind: 'municipality',
      municipalityCode: 'GM0855',
      state: 'active',
      ...overrides,
    })
    .returning();
  if (organisation!.state === 'active') {
    await db.insert(membershipPeriods).values({ organisationId: organisation!.id, startedAt: new Date() });
  }
  return organisation!;
}

const DAY = 86_400_000;
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A published, open vacancy by default; its organisation is made when not given. */
export async function createVacancy(
  db: Executor,
  overrides: Partial<NewVacancy> & { organisation?: Organisation } = {},
): Promise<Vacancy> {
  const { organisation: given, ...fields } = overrides;
  const organisation = given ?? (fields.organisationId ? undefined : await createOrganisation(db));
  const municipality = municipalityByCode(fields.municipalityCode ?? 'GM0855')!;
  const [vacancy] = await db
    .insert(vacancies)
    .values({
      organisationId: organisation?.id ?? fields.organisationId!,
      title: `Beleidsmedewerker ${unique()}`,
      summary: 'Een mooie baan bij de overheid.',
      description: '<p>Je werkt aan beleid voor de regio.</p>',
      categoryCode: 'beleid',
      educationLevel: 'hbo',
      employmentType: 'permanent',
      hoursMin: 32,
      hoursMax: 36,
      salaryScale: 10,
      salaryMin: 3700,
      salaryMax: 5400,
      municipalityCode: municipality.code,
      latitude: municipality.latitude,
      longitude: municipality.longitude,
      state: 'published',
      publishedAt: new Date(),
      closingDate: isoDate(new Date(Date.now() + 30 * DAY)),
      ...fields,
    })
    .returning();
  return vacancy!;
}

export const TEST_PASSWORD = 'een-goed-test-wachtwoord';
let cachedHash: Promise<string> | undefined;

/** A user with the test password; staff get an organisation made for them when none is given. */
export async function createUser(
  db: Executor,
  overrides: Partial<NewUser> & { organisation?: Organisation } = {},
): Promise<User & { password: string }> {
  const { organisation: given, ...fields } = overrides;
  const role = fields.role ?? 'job_seeker';
  const organisationId =
    role === 'job_seeker' ? null : (given?.id ?? fields.organisationId ?? (await createOrganisation(db)).id);
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({
      email: `user-${unique()}@example.nl`,
      name: `Test ${role}`,
      passwordHash: await cachedHash,
      ...fields,
      role,
      organisationId,
    })
    .returning();
  return { ...user!, password: TEST_PASSWORD };
}
