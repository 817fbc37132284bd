// Role groups routes share in their access rules.
import type { Role } from '../../domain/roles';

/** Everyone with a part in the life of a delegation reads the delegations within their reach. */
export const delegationReaders = [
  'unit_staff',
  'committee_member',
  'standing_committee_member',
  'provincial_leadership',
  'organization_board',
  'auditor',
] as const satisfies readonly [Role, ...Role[]];

/** The unit runs its own delegations: proposes, amends, changes, reports. */
export const delegationRunners = ['unit_staff'] as const satisfies readonly [Role, ...Role[]];
