// The roles of regulation.md's table (plus the system's own administrator). One person can hold
// several; each assignment is scoped to the unit or body it is held in, where the role has one.

export const roles = [
  'unit_staff',
  'committee_member',
  'standing_committee_member',
  'provincial_leadership',
  'organization_board',
  'auditor',
  'administrator',
] as const;
export type Role = (typeof roles)[number];

export const isRole = (s: string): s is Role => (roles as readonly string[]).includes(s);

/**
 * Where each role is held: in a unit, in a body of a given kind (Body.kind), or province- or
 * system-wide (auditors read everything; administrators manage accounts).
 */
export const roleScopes: Record<Role, { unit: true } | { bodyKind: string } | { none: true }> = {
  unit_staff: { unit: true },
  committee_member: { bodyKind: 'direct_committee' },
  standing_committee_member: { bodyKind: 'standing_committee' },
  provincial_leadership: { bodyKind: 'provincial_leadership' },
  organization_board: { bodyKind: 'organization_board' },
  auditor: { none: true },
  administrator: { none: true },
};

export const roleNamesVi: Record<Role, string> = {
  unit_staff: 'Cán bộ đơn vị',
  committee_member: 'Thành viên cấp ủy trực tiếp',
  standing_committee_member: 'Thành viên Thường trực Tỉnh ủy',
  provincial_leadership: 'Lãnh đạo UBND tỉnh',
  organization_board: 'Ban Tổ chức Tỉnh ủy',
  auditor: 'Kiểm tra, giám sát',
  administrator: 'Quản trị hệ thống',
};

/** The roles as the regulation's table names them in English. */
export const roleNamesEn: Record<Role, string> = {
  unit_staff: 'Unit staff',
  committee_member: 'Direct party committee member',
  standing_committee_member: 'Provincial standing committee member',
  provincial_leadership: 'Provincial leadership',
  organization_board: 'Organization board',
  auditor: 'Auditor',
  administrator: 'Administrator',
};

/** What is wrong with holding a role in this place, or undefined when it fits the role. */
export function roleScopeProblem(
  role: Role,
  place: { unitId?: string | null; bodyKind?: string | null },
): string | undefined {
  const scope = roleScopes[role];
  if ('unit' in scope) {
    if (!place.unitId || place.bodyKind) return `${role} is held in a unit (unitId, no bodyId)`;
    return undefined;
  }
  if ('bodyKind' in scope) {
    if (place.unitId || place.bodyKind !== scope.bodyKind)
      return `${role} is held in a body of kind ${scope.bodyKind} (bodyId, no unitId)`;
    return undefined;
  }
  if (place.unitId || place.bodyKind) return `${role} is held without a unit or body`;
  return undefined;
}
