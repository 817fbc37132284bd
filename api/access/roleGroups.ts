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

/** The province's policy versions are read by those who set, apply or audit it. */
export const policyReaders = [
  'administrator',
  'auditor',
  'organization_board',
  'provincial_leadership',
] as const satisfies readonly [Role, ...Role[]];
