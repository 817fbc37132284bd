// One API key per role, held where the demo province holds it, for tests that go through roles.
import type { Role } from '../../domain/roles';
import type { Db } from '../../prisma/client';
import { apiKeyHeaders, type Headers } from '../support/testCredentials';

export const demoPlaces: Record<Role, { unitId?: string; bodyId?: string }> = {
  unit_staff: { unitId: 'so-noi-vu' },
  committee_member: { bodyId: 'ca-mau-dang-uy-ubnd' },
  standing_committee_member: { bodyId: 'ca-mau-thuong-truc' },
  provincial_leadership: { bodyId: 'ca-mau-ubnd' },
  organization_board: { bodyId: 'ca-mau-ban-to-chuc' },
  auditor: {},
  administrator: {},
};

export async function keysByRole(db: Db): Promise<Record<Role, Headers>> {
  const entries = await Promise.all(
    Object.entries(demoPlaces).map(
      async ([role, place]) =>
        [role, await apiKeyHeaders(db, { role: role as Role, ...place })] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<Role, Headers>;
}
