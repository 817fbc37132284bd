// Which delegations each role reaches, by where it is held; merged units roll up to their
// current successor, whose staff then answer for them.
import { reachesProvince, reachOf, type Grant } from '../../domain/accessReach';
import { answeringUnitOn } from '../../domain/unitSuccession';

const registry = [
  { id: 'so-a', validTo: '2025-06-30', successorId: 'so-b' },
  { id: 'so-b', validTo: '2026-03-31', successorId: 'so-c' },
  { id: 'so-c', validTo: null, successorId: null },
  { id: 'so-d', validTo: null, successorId: null },
];
const grant = (g: Partial<Grant> & Pick<Grant, 'role'>): Grant => ({
  unitId: null,
  bodyId: null,
  provinceId: null,
  ...g,
});

test.each([
  [
    'unit staff: their unit and the units merged into it by the day',
    grant({ role: 'unit_staff', unitId: 'so-c', provinceId: 'p' }),
    '2026-06-01',
    { units: ['so-c', 'so-a', 'so-b'] },
  ],
  [
    'unit staff: a merger after the day does not move anything yet',
    grant({ role: 'unit_staff', unitId: 'so-c', provinceId: 'p' }),
    '2026-01-01',
    { units: ['so-c'] },
  ],
  [
    'unit staff of a unit that took nothing over',
    grant({ role: 'unit_staff', unitId: 'so-d', provinceId: 'p' }),
    '2026-06-01',
    { units: ['so-d'] },
  ],
  ['unit staff without a unit', grant({ role: 'unit_staff' }), '2026-06-01', { nothing: true }],
  [
    'committee member: the units of their committee',
    grant({ role: 'committee_member', bodyId: 'dang-uy', provinceId: 'p' }),
    '2026-06-01',
    { committee: 'dang-uy' },
  ],
  [
    'standing committee: the province',
    grant({ role: 'standing_committee_member', bodyId: 'tt', provinceId: 'p' }),
    '2026-06-01',
    { province: 'p' },
  ],
  [
    'provincial leadership: the province',
    grant({ role: 'provincial_leadership', bodyId: 'ubnd', provinceId: 'p' }),
    '2026-06-01',
    { province: 'p' },
  ],
  [
    'organization board: the province',
    grant({ role: 'organization_board', bodyId: 'btc', provinceId: 'p' }),
    '2026-06-01',
    { province: 'p' },
  ],
  [
    'a body role held nowhere reaches nothing',
    grant({ role: 'provincial_leadership' }),
    '2026-06-01',
    { nothing: true },
  ],
  [
    'auditor held system-wide: everywhere',
    grant({ role: 'auditor' }),
    '2026-06-01',
    { everywhere: true },
  ],
])('%s', (_name, g, day, reach) => {
  expect(reachOf(g, registry, day)).toEqual(reach);
});

test('a province-wide grant reaches its own province only; a system-wide one every province', () => {
  const board = grant({ role: 'organization_board', bodyId: 'btc', provinceId: 'ca-mau' });
  expect([reachesProvince(board, 'ca-mau'), reachesProvince(board, 'bac-lieu')]).toEqual([
    true,
    false,
  ]);
  expect(reachesProvince(grant({ role: 'auditor' }), 'bac-lieu')).toBe(true);
  expect(reachesProvince(grant({ role: 'provincial_leadership' }), 'ca-mau')).toBe(false);
});

test('answeringUnitOn follows successors of units ended by the day, and stops on a cycle', () => {
  expect(Object.fromEntries(answeringUnitOn(registry, '2026-06-01'))).toEqual({
    'so-a': 'so-c',
    'so-b': 'so-c',
    'so-c': 'so-c',
    'so-d': 'so-d',
  });
  const cycle = [
    { id: 'x', validTo: '2025-01-01', successorId: 'y' },
    { id: 'y', validTo: '2025-01-01', successorId: 'x' },
  ];
  expect(answeringUnitOn(cycle, '2026-01-01').get('x')).toBe('y');
});
