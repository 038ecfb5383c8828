/**
 * The public shape of a talent-pool candidate: who they are, how to reach them and why they are
 * in the pool. Only the fields named here leave the server — never the application's files,
 * status, notes or account.
 */
import { municipalityByCode } from '@samenwerven/db';
import type { PoolCandidateRow } from './queries.ts';

/** A candidate of the pool, with the pool application that puts them there. */
export function candidateFromRow(r: PoolCandidateRow) {
  return {
    applicationId: r.applicationId,
    name: r.name,
    email: r.email,
    phone: r.phone,
    motivation: r.motivation,
    consentGivenAt: r.createdAt.toISOString(),
    consentEndsAt: r.consentEndsAt.toISOString(),
    why: {
      vacancy: { id: r.vacancyId, title: r.vacancyTitle, organisation: { name: r.organisationName } },
      category: r.categoryCode,
      educationLevel: r.educationLevel,
      place: {
        municipalityCode: r.municipalityCode,
        name: municipalityByCode(r.municipalityCode)?.name ?? r.municipalityCode,
      },
    },
  };
}
