/** Setting a year's budget: written, and recorded in the audit log when it changed. */
import { eq } from 'drizzle-orm';
import { allianceBudgets, type Database } from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import { upsertBudget } from './budget-queries.ts';
import type { CostKey } from './costs.ts';

/**
 * A year's budget decides every member's share on its dashboard, past periods too: a change is
 * recorded with the amount and key before and after (a coordinator's walk found none recorded).
 */
export async function setBudget(
  db: Database,
  actorUserId: string,
  budget: { year: number; amountCents: number; costKey: CostKey },
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(allianceBudgets).where(eq(allianceBudgets.year, budget.year)).for('update');
    const row = await upsertBudget(tx, budget, now);
    if (!before || before.amountCents !== row.amountCents || before.costKey !== row.costKey) {
      await recordAudit(tx, {
        actorUserId,
        action: 'budget.set',
        subjectType: 'budget',
        subjectId: String(row.year),
        before: before ? { amount: before.amountCents / 100, costKey: before.costKey } : null,
        after: { amount: row.amountCents / 100, costKey: row.costKey },
      });
    }
    return row;
  });
}
