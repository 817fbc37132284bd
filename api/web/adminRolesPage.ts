// The roles page: every role assignment, current or ended, with a button to end a current one,
// and the form to give a person a role in a unit, in a body, or nowhere in particular.
import { roles } from '../../domain/roles';
import { sayIn } from '../audit/timelineLabels';
import { escapeHtml as e } from '../pages/layout';
import {
  formHtml,
  instantVi,
  nameById,
  optional,
  problemSummary,
  roleName,
  rowButton,
  selectField,
  stateOf,
  tableHtml,
  type FormState,
  type FormValues,
} from './adminForm';
import type { WebCaller } from './webCaller';

interface Named {
  id: string;
  name: string;
}

export interface RolesPageData {
  assignments: {
    id: string;
    personId: string;
    role: string;
    unitId: string | null;
    bodyId: string | null;
    validFrom: Date;
    validTo: Date | null;
  }[];
  people: Named[];
  units: Named[];
  bodies: Named[];
}

/** The form as the body POST /api/admin/role-assignments takes (from now, until ended). */
export const roleInputOf = (v: FormValues) => ({
  personId: v.personId ?? '',
  role: v.role ?? '',
  unitId: optional(v, 'unitId'),
  bodyId: optional(v, 'bodyId'),
});

export function rolesPageHtml(d: RolesPageData, state: FormState, caller: WebCaller): string {
  const t = sayIn(caller.lang);
  const now = new Date();
  const named = nameById(d.people, d.units, d.bodies);
  const rows = d.assignments.map((a) => {
    const current = a.validFrom <= now && (!a.validTo || a.validTo > now);
    const where = a.unitId ?? a.bodyId;
    const what = `${roleName(a.role, caller.lang)} — ${named(a.personId)}`;
    return [
      e(named(a.personId)),
      e(roleName(a.role, caller.lang)),
      e(where ? named(where) : '—'),
      instantVi(a.validFrom.toISOString()),
      a.validTo ? instantVi(a.validTo.toISOString()) : '—',
      current
        ? rowButton(
            caller,
            `/admin/roles/${encodeURIComponent(a.id)}/end`,
            t('Kết thúc', 'End'),
            t(`Kết thúc vai trò ${what}`, `End the role ${what}`),
          )
        : a.validFrom > now
          ? t('chưa bắt đầu', 'not begun')
          : t('đã kết thúc', 'ended'),
    ];
  });
  const s = stateOf(state, 'add');
  const fields = [
    selectField(
      s,
      'personId',
      t('Người dùng', 'Person'),
      d.people.map((p) => ({ value: p.id, label: p.name })),
    ),
    selectField(
      s,
      'role',
      t('Vai trò', 'Role'),
      roles.map((r) => ({ value: r, label: roleName(r, caller.lang) })),
    ),
    selectField(
      s,
      'unitId',
      t('Đơn vị (chỉ cho cán bộ đơn vị)', 'Unit (unit staff only)'),
      d.units.map((u) => ({ value: u.id, label: u.name })),
      '—',
    ),
    selectField(
      s,
      'bodyId',
      t(
        'Cơ quan (cấp ủy, Thường trực, UBND tỉnh, Ban Tổ chức)',
        'Body (committee, standing committee, leadership, organization board)',
      ),
      d.bodies.map((b) => ({ value: b.id, label: b.name })),
      '—',
    ),
    `<p><small>${t(
      'Kiểm tra, giám sát và quản trị hệ thống: không chọn đơn vị hay cơ quan. Vai trò có hiệu lực ngay.',
      'Auditor and administrator: neither a unit nor a body. The role takes effect at once.',
    )}</small></p>`,
  ].join('');
  return `${problemSummary(state, caller.lang)}${tableHtml(
    t('Phân công vai trò', 'Role assignments'),
    [
      t('Người dùng', 'Person'),
      t('Vai trò', 'Role'),
      t('Đơn vị, cơ quan', 'Unit or body'),
      t('Từ', 'From'),
      t('Đến', 'Until'),
      t('Thao tác', 'Action'),
    ],
    rows,
    t('Chưa có', 'None yet'),
  )}
${formHtml(caller, '/admin/roles', t('Giao vai trò', 'Give a role'), fields, t('Giao vai trò', 'Give the role'))}`;
}
