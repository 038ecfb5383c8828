/**
 * An application's procedure, as one table with no database behind it:
 *
 *   received ──► in_review ──► invited ──► hired
 *       └────────────┴────────────┴──────► rejected
 *
 * The service asks it before every status change; `hired` and `rejected` are final.
 */

export const applicationStatuses = ['received', 'in_review', 'invited', 'rejected', 'hired'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

const transitions: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  received: ['in_review', 'rejected'],
  in_review: ['invited', 'rejected'],
  invited: ['hired', 'rejected'],
  rejected: [],
  hired: [],
};

/** Whether HR may move an application from `from` to `to` (staying where it is is no move). */
export function canMove(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return transitions[from].includes(to);
}
