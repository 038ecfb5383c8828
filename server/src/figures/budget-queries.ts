/** The alliance's yearly budgets (`alliance_budgets`); each function takes an executor first. */
import { allianceBudgets, type Executor } from '@samenwerven/db';

export function selectBudgets(db: Executor) {
  return db.select().from(allianceBudgets).orderBy(allianceBudgets.year);
}

export async function upsertBudget(
  db: Executor,
  budget: { year: number; amountCents: number; costKey: 'equal' | 'vacancies' | 'weight' },
  now: Date,
) {
  const [row] = await db
    .insert(allianceBudgets)
    .values({ ...budget, updatedAt: now })
    .onConflictDoUpdate({
      target: allianceBudgets.year,
      set: { amountCents: budget.amountCents, costKey: budget.costKey, updatedAt: now },
    })
    .returning();
  return row!;
}
