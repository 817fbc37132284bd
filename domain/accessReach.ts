// Which delegations a role held somewhere lets a person (or machine client) reach. Pure: the
// API turns a reach into a database filter, so listing and fetching one can never disagree.
import { roleScopes, type Role } from './roles';
import { answeringUnitOn } from './unitSuccession';

/** One role as held: in a unit, in a body, in a province, or (auditor, administrator) everywhere. */
export interface Grant {
  role: Role;
  unitId: string | null;
  bodyId: string | null;
  /** The province of the unit or body; null for a grant held system-wide. */
  provinceId: string | null;
}

/** The units whose staff the grants make their holder. */
export const staffedUnitIds = (grants: readonly Grant[]): string[] =>
  grants.flatMap((g) => (g.role === 'unit_staff' && g.unitId ? [g.unitId] : []));

export type Reach =
  | { everywhere: true }
  | { province: string }
  | { committee: string }
  | { units: string[] }
  | { nothing: true };

export interface UnitRegistryRecord {
  id: string;
  validTo: string | null;
  successorId: string | null;
}

/**
 * The reach of one grant on a day (YYYY-MM-DD). Unit staff reach their own unit and the units
 * merged into it (a merged unit's delegations roll up to its current successor); a committee
 * member, the units it is the direct committee of; province bodies, their province.
 */
export function reachOf(grant: Grant, registry: UnitRegistryRecord[], day: string): Reach {
  switch (grant.role) {
    case 'unit_staff': {
      const own = grant.unitId;
      if (!own) return { nothing: true };
      const answering = answeringUnitOn(registry, day);
      const merged = registry.filter((u) => answering.get(u.id) === own).map((u) => u.id);
      return { units: [...new Set([own, ...merged])] };
    }
    case 'committee_member':
      return grant.bodyId ? { committee: grant.bodyId } : { nothing: true };
    case 'standing_committee_member':
    case 'provincial_leadership':
    case 'organization_board':
      return grant.provinceId ? { province: grant.provinceId } : { nothing: true };
    case 'auditor':
    case 'administrator':
      return grant.provinceId ? { province: grant.provinceId } : { everywhere: true };
  }
}

/** Whether a grant reaches a province as a whole (annual summaries are per province). */
export function reachesProvince(grant: Grant, provinceId: string): boolean {
  if (grant.provinceId !== null) return grant.provinceId === provinceId;
  // Held nowhere in particular: only the roles that are system-wide by nature reach everywhere.
  return 'none' in roleScopes[grant.role];
}
