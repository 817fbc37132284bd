// The policies page: each province's policy versions side by side (the regulation's own numbers
// first), and for administrators the form to add a version, filled in with the one in force.
import { policyBounds, type PolicyValues } from '../../domain/policy';
import { say, sayIn } from '../audit/timelineLabels';
import { escapeHtml as e } from '../pages/layout';
import type { PolicyView } from '../routes/policies';
import {
  dateField,
  dayStartInstant,
  formHtml,
  instantVi,
  optional,
  problemSummary,
  stateOf,
  tableHtml,
  textField,
  type FormState,
  type FormValues,
} from './adminForm';
import type { WebCaller } from './webCaller';

type PolicyField =
  Exclude<keyof PolicyValues, 'teamSizeCap'> | `teamSizeCap.${keyof PolicyValues['teamSizeCap']}`;

/** Every number of the policy (the type makes a new one need a label here), with its rule. */
const labels: Record<PolicyField, [vi: string, en: string]> = {
  noticeWorkingDays: [
    'Gửi đề xuất trước ngày đi (ngày làm việc) — R-NOTICE',
    'Notice before departure (working days) — R-NOTICE',
  ],
  annualQuota: [
    'Số đoàn tối đa mỗi đơn vị mỗi năm — R-ANNUAL-QUOTA',
    'Delegations per unit per year — R-ANNUAL-QUOTA',
  ],
  'teamSizeCap.head': [
    'Số thành viên tối đa khi người đứng đầu dẫn đoàn — R-TEAM-SIZE',
    'Most members when the head leads — R-TEAM-SIZE',
  ],
  'teamSizeCap.deputy': [
    'Số thành viên tối đa khi cấp phó dẫn đoàn — R-TEAM-SIZE',
    'Most members when a deputy leads — R-TEAM-SIZE',
  ],
  maxDaysPerDestination: [
    'Số ngày tối đa tại mỗi địa phương — R-DAYS-PER-DESTINATION',
    'Most days at each destination — R-DAYS-PER-DESTINATION',
  ],
  maxKeyLeaders: [
    'Số cán bộ chủ chốt tối đa trong đoàn — R-KEY-LEADERS',
    'Most key leaders in a delegation — R-KEY-LEADERS',
  ],
  reportWorkingDays: [
    'Hạn nộp báo cáo sau khi về (ngày làm việc) — R-REPORT',
    'Report due after return (working days) — R-REPORT',
  ],
  duplicateWindowMonths: [
    'Xét trùng lặp với các đoàn trong (tháng) — R-DUPLICATE',
    'Duplicates looked for over (months) — R-DUPLICATE',
  ],
  reminderWorkingDays: [
    'Nhắc người phê duyệt sau (ngày làm việc)',
    'Remind an approver after (working days)',
  ],
  escalationWorkingDays: [
    'Chuyển cấp trên nếu chưa quyết định sau (ngày làm việc)',
    'Escalate an undecided review after (working days)',
  ],
  reportReminderWorkingDays: [
    'Nhắc nộp báo cáo trước hạn (ngày làm việc)',
    'Report reminder before the deadline (working days)',
  ],
  reviewWorkingDays: [
    'Thời hạn đánh giá kết quả (ngày làm việc) — R-ACCOUNTABILITY',
    'Time for the accountability review (working days) — R-ACCOUNTABILITY',
  ],
  actionLinkValidDays: [
    'Đường liên kết phê duyệt có hiệu lực (ngày)',
    'Action links stay valid (days)',
  ],
};
const fields = Object.keys(labels) as PolicyField[];

/** The range the form's field may take (policyBounds), shown with its label. */
const boundsOf = (f: PolicyField): readonly [number, number] =>
  f === 'teamSizeCap.head'
    ? policyBounds.teamSizeCap.head
    : f === 'teamSizeCap.deputy'
      ? policyBounds.teamSizeCap.deputy
      : policyBounds[f];

const valueOf = (values: PolicyValues, f: PolicyField): number =>
  f === 'teamSizeCap.head'
    ? values.teamSizeCap.head
    : f === 'teamSizeCap.deputy'
      ? values.teamSizeCap.deputy
      : values[f];

/** A typed number; blank or not a number is passed on for the shared schema to refuse. */
function numberOf(text: string | undefined): number | undefined {
  const t = (text ?? '').trim();
  return t === '' ? undefined : Number(t);
}

/**
 * The form as the body POST /api/provinces/:provinceId/policies takes: blank "from" is now,
 * a day is from its first instant (Asia/Ho_Chi_Minh).
 */
export function policyInputOf(v: FormValues) {
  const n = (f: PolicyField) => numberOf(v[`values.${f}`]);
  const from = optional(v, 'effectiveFrom');
  return {
    effectiveFrom: from === undefined ? undefined : dayStartInstant(from),
    values: {
      ...Object.fromEntries(
        fields.filter((f) => !f.startsWith('teamSizeCap.')).map((f) => [f, n(f)]),
      ),
      teamSizeCap: { head: n('teamSizeCap.head'), deputy: n('teamSizeCap.deputy') },
    },
  };
}

export interface ProvincePolicies {
  province: { id: string; name: string };
  versions: PolicyView[];
  /** Whether the caller may add a version (administrators of the province). */
  writable: boolean;
}

/** The form's key: each province has its own form on the page. */
export const policyFormOf = (provinceId: string) => `policy-${provinceId}`;

function provinceHtml(p: ProvincePolicies, state: FormState, caller: WebCaller): string {
  const t = sayIn(caller.lang);
  const heads = p.versions.map((v) => {
    const from =
      v.versionId === 'default'
        ? t('Mặc định theo quy định', 'The regulation’s default')
        : `${t('Từ', 'From')} ${instantVi(v.effectiveFrom)}`;
    return v.inForce ? `${from} (${t('đang áp dụng', 'in force')})` : from;
  });
  const rows = fields.map((f) => [
    e(say(caller.lang, ...labels[f])),
    ...p.versions.map((v) => String(valueOf(v.values, f))),
  ]);
  const table = tableHtml(
    `${t('Các phiên bản chính sách', 'Policy versions')} — ${p.province.name}`,
    [t('Quy định', 'Rule'), ...heads],
    rows,
  );
  if (!p.writable) return `<h2>${e(p.province.name)}</h2>${table}`;
  const key = policyFormOf(p.province.id);
  const s = stateOf(state, key);
  const inForce = p.versions.find((v) => v.inForce) ?? p.versions[0];
  const inputs = [
    dateField(
      s,
      'effectiveFrom',
      t('Có hiệu lực từ ngày', 'In force from'),
      t(
        '(dd/mm/yyyy, từ 0 giờ ngày đó; để trống: ngay khi lưu. Không thể là ngày đã qua: đề xuất đã gửi giữ chính sách của nó)',
        '(dd/mm/yyyy, from midnight; blank: at once. Not in the past: submitted proposals keep their policy)',
      ),
    ),
    ...fields.map((f) =>
      textField(s, `values.${f}`, `${say(caller.lang, ...labels[f])} (${boundsOf(f).join('–')})`, {
        value: inForce ? String(valueOf(inForce.values, f)) : '',
        inputmode: 'numeric',
      }),
    ),
  ].join('');
  return `<h2>${e(p.province.name)}</h2>${table}${problemSummary(s, caller.lang)}${formHtml(
    caller,
    `/admin/policies/${encodeURIComponent(p.province.id)}`,
    t('Thêm phiên bản chính sách', 'Add a policy version'),
    inputs,
    t('Lưu phiên bản mới', 'Save the new version'),
  )}`;
}

export function policiesPageHtml(
  provinces: ProvincePolicies[],
  state: FormState,
  caller: WebCaller,
): string {
  const intro = say(
    caller.lang,
    'Mỗi đề xuất được xét theo phiên bản chính sách có hiệu lực khi gửi; phiên bản mới chỉ áp dụng cho các đề xuất gửi sau.',
    'Each proposal is judged by the version in force when it was submitted; a new version applies to later proposals only.',
  );
  // A refusal for a province without a form here (gone, out of reach) still says why.
  const orphan = provinces.some((p) => p.writable && policyFormOf(p.province.id) === state.posted)
    ? ''
    : problemSummary(state, caller.lang);
  return `${orphan}<p>${intro}</p>${provinces.map((p) => provinceHtml(p, state, caller)).join('')}`;
}
