// A demo province so that a fresh `npm start` has units, committees and people to work with.
// Idempotent: upserts by fixed ids.
import type { Db } from './client';

const province = { id: 'ca-mau', name: 'Tỉnh Cà Mau' };
const mail = (local: string) => `${local}@camau.gov.vn`;

const bodies = [
  { id: 'ca-mau-dang-uy-ubnd', kind: 'direct_committee', name: 'Đảng ủy UBND tỉnh Cà Mau' },
  { id: 'ca-mau-thuong-truc', kind: 'standing_committee', name: 'Thường trực Tỉnh ủy Cà Mau' },
  { id: 'ca-mau-ban-to-chuc', kind: 'organization_board', name: 'Ban Tổ chức Tỉnh ủy Cà Mau' },
  { id: 'ca-mau-ubnd', kind: 'provincial_leadership', name: 'UBND tỉnh Cà Mau' },
];

const units = [
  { id: 'so-noi-vu', name: 'Sở Nội vụ', directCommitteeId: 'ca-mau-dang-uy-ubnd' },
  {
    id: 'so-nong-nghiep',
    name: 'Sở Nông nghiệp và Môi trường',
    directCommitteeId: 'ca-mau-dang-uy-ubnd',
  },
];

/** [id, name, role, unit or body] */
export const demoPeople: [string, string, string, { unitId?: string; bodyId?: string }][] = [
  ['an', 'Nguyễn Văn An', 'unit_staff', { unitId: 'so-noi-vu' }],
  ['binh', 'Trần Thị Bình', 'unit_staff', { unitId: 'so-nong-nghiep' }],
  ['cuong', 'Lê Văn Cường', 'committee_member', { bodyId: 'ca-mau-dang-uy-ubnd' }],
  ['dung', 'Phạm Thị Dung', 'committee_member', { bodyId: 'ca-mau-dang-uy-ubnd' }],
  ['em', 'Hoàng Văn Em', 'standing_committee_member', { bodyId: 'ca-mau-thuong-truc' }],
  ['giang', 'Võ Thị Giang', 'standing_committee_member', { bodyId: 'ca-mau-thuong-truc' }],
  ['hai', 'Đặng Văn Hải', 'provincial_leadership', { bodyId: 'ca-mau-ubnd' }],
  ['lan', 'Bùi Thị Lan', 'organization_board', { bodyId: 'ca-mau-ban-to-chuc' }],
  ['minh', 'Ngô Văn Minh', 'auditor', {}],
  ['quan-tri', 'Quản trị hệ thống', 'administrator', {}],
];

export const demoEmail = (personId: string): string => mail(personId.replace('-', '.'));

export async function seedDemo(db: Db): Promise<void> {
  await db.province.upsert({ where: { id: province.id }, create: province, update: {} });
  for (const b of bodies) {
    await db.body.upsert({
      where: { id: b.id },
      create: { ...b, provinceId: province.id },
      update: {},
    });
  }
  for (const u of units) {
    await db.unit.upsert({
      where: { id: u.id },
      create: { ...u, provinceId: province.id, validFrom: new Date('2025-07-01') },
      update: {},
    });
  }
  for (const [id, name, role, scope] of demoPeople) {
    await db.person.upsert({
      where: { id },
      create: { id, name, email: demoEmail(id), unitId: scope.unitId },
      update: {},
    });
    await db.roleAssignment.upsert({
      where: { id: `${id}-${role}` },
      create: {
        id: `${id}-${role}`,
        personId: id,
        role,
        unitId: scope.unitId,
        bodyId: scope.bodyId,
        validFrom: new Date('2025-07-01'),
      },
      update: {},
    });
  }
  await db.body.update({ where: { id: 'ca-mau-thuong-truc' }, data: { chairId: 'em' } });
}
