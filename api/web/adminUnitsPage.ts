// The units page: every unit, current or merged, with the unit that answers for it today; a form
// to add a unit and one to end a unit (a merger names its successor).
import { formatDateVi } from '../../domain/vnFormat';
import { sayIn } from '../audit/timelineLabels';
import { escapeHtml as e } from '../pages/layout';
import {
  dateField,
  formHtml,
  isoDateOf,
  nameById,
  optional,
  problemSummary,
  selectField,
  stateOf,
  tableHtml,
  textField,
  type FormState,
  type FormValues,
} from './adminForm';
import type { WebCaller } from './webCaller';

export interface UnitsPageData {
  units: {
    id: string;
    provinceId: string;
    name: string;
    directCommitteeId: string | null;
    validFrom: string;
    validTo: string | null;
    successorId: string | null;
    currentSuccessorId: string;
  }[];
  provinces: { id: string; name: string }[];
  committees: { id: string; name: string }[];
}

/** The add form as the body POST /api/admin/units takes. */
export const unitInputOf = (v: FormValues) => ({
  id: (v.id ?? '').trim(),
  provinceId: v.provinceId ?? '',
  name: v.name ?? '',
  directCommitteeId: optional(v, 'directCommitteeId'),
  validFrom: v.validFrom?.trim() ? isoDateOf(v.validFrom) : undefined,
});

/**
 * The end form as the body PATCH /api/admin/units/:id takes. The last day is required here, so a
 * blank one is passed on for the shared schema to refuse rather than changing nothing.
 */
export const unitEndInputOf = (v: FormValues) => ({
  validTo: isoDateOf(v.validTo ?? ''),
  successorId: optional(v, 'successorId'),
});

export function unitsPageHtml(d: UnitsPageData, state: FormState, caller: WebCaller): string {
  const t = sayIn(caller.lang);
  const nameOf = nameById(d.units, d.committees);
  const named = (id: string | null) => e(id ? nameOf(id) : '—');
  const rows = d.units.map((u) => [
    `${e(u.name)}<br><small>${e(u.id)}</small>`,
    named(u.directCommitteeId),
    formatDateVi(u.validFrom),
    u.validTo ? formatDateVi(u.validTo) : '—',
    named(u.successorId),
    u.currentSuccessorId === u.id ? t('chính đơn vị này', 'itself') : named(u.currentSuccessorId),
  ]);
  const unitChoices = d.units.map((u) => ({ value: u.id, label: u.name }));
  const add = stateOf(state, 'add');
  const addFields = [
    textField(add, 'name', t('Tên đơn vị', 'Name')),
    textField(add, 'id', t('Mã đơn vị', 'Id'), {
      hint: t('(chữ thường không dấu, số và gạch nối, ví dụ so-tai-chinh)', '(e.g. so-tai-chinh)'),
    }),
    selectField(
      add,
      'provinceId',
      t('Tỉnh', 'Province'),
      d.provinces.map((p) => ({ value: p.id, label: p.name })),
    ),
    selectField(
      add,
      'directCommitteeId',
      t('Cấp ủy trực tiếp', 'Direct party committee'),
      d.committees.map((c) => ({ value: c.id, label: c.name })),
      t('— Chưa có —', '— None yet —'),
    ),
    dateField(
      add,
      'validFrom',
      t('Thành lập từ ngày', 'Exists from'),
      t('(dd/mm/yyyy; để trống: hôm nay)', '(dd/mm/yyyy; blank: today)'),
    ),
  ].join('');
  const end = stateOf(state, 'end');
  const endFields = [
    selectField(end, 'unitId', t('Đơn vị', 'Unit'), unitChoices),
    dateField(
      end,
      'validTo',
      t('Ngày cuối cùng đơn vị tồn tại', 'The last day the unit exists'),
      '(dd/mm/yyyy)',
    ),
    selectField(
      end,
      'successorId',
      t('Đơn vị tiếp nhận', 'The unit that takes it over'),
      unitChoices,
      t('— Không có —', '— None —'),
    ),
  ].join('');
  return `${problemSummary(state, caller.lang)}${tableHtml(
    t('Đơn vị', 'Units'),
    [
      t('Đơn vị', 'Unit'),
      t('Cấp ủy trực tiếp', 'Direct committee'),
      t('Từ ngày', 'From'),
      t('Đến ngày', 'To'),
      t('Đơn vị tiếp nhận', 'Successor'),
      t('Chịu trách nhiệm hôm nay', 'Answers for it today'),
    ],
    rows,
  )}
${formHtml(caller, '/admin/units', t('Thêm đơn vị', 'Add a unit'), addFields, t('Thêm đơn vị', 'Add the unit'))}
${formHtml(caller, '/admin/units/end', t('Kết thúc đơn vị (sáp nhập, giải thể)', 'End a unit (merger, dissolution)'), endFields, t('Kết thúc đơn vị', 'End the unit'))}`;
}
