/** The coordinator's view of the alliance's organisations, and each member's weight in a cost split. */
import type { Database } from '@samenwerven/db';
import { recordAudit } from '../audit/audit.ts';
import { organisationOverviewFromRow } from './presenter.ts';
import { selectOrganisationsOverview, updateOrganisation } from './queries.ts';
import { lockExisting } from './transitions.ts';

/** Every organisation with its membership state, for the coordinator. */
export async function listAllOrganisations(db: Database) {
  return (await selectOrganisationsOverview(db)).map(organisationOverviewFromRow);
}

export async function setCostWeight(db: Database, actorUserId: string, organisationId: string, costWeight: number) {
  await db.transaction(async (tx) => {
    const organisation = await lockExisting(tx, organisationId);
    // Saved as it was: nothing changed, so nothing to log.
    if (organisation.costWeight === costWeight) return;
    await updateOrganisation(tx, organisationId, { costWeight });
    await recordAudit(tx, {
      actorUserId,
      organisationId,
      action: 'membership.cost_weight_changed',
      subjectType: 'organisation',
      subjectId: organisationId,
      before: { costWeight: organisation.costWeight },
      after: { costWeight },
    });
  });
}
