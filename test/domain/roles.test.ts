// Each role is held in its own kind of place: unit staff in a unit, reviewing and receiving
// bodies in a body of their kind, auditors and administrators nowhere in particular.
import { roleScopeProblem, type Role } from '../../domain/roles';

test.each<[Role, { unitId?: string; bodyKind?: string }, boolean]>([
  ['unit_staff', { unitId: 'so-noi-vu' }, true],
  ['unit_staff', {}, false],
  ['unit_staff', { unitId: 'so-noi-vu', bodyKind: 'direct_committee' }, false],
  ['committee_member', { bodyKind: 'direct_committee' }, true],
  ['committee_member', { bodyKind: 'standing_committee' }, false],
  ['standing_committee_member', { bodyKind: 'standing_committee' }, true],
  ['provincial_leadership', { bodyKind: 'provincial_leadership' }, true],
  ['organization_board', { bodyKind: 'organization_board' }, true],
  ['organization_board', { unitId: 'so-noi-vu' }, false],
  ['auditor', {}, true],
  ['auditor', { unitId: 'so-noi-vu' }, false],
  ['administrator', {}, true],
])('%s in %j: %s', (role, place, fits) => {
  expect(roleScopeProblem(role, place) === undefined).toBe(fits);
});
