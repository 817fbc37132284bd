// The proposal form: every field of the proposal, members and destinations as repeated rows
// (blank rows are ignored), violations next to their fields and listed at the top by rule ID.
import type { RuleViolation } from '../../domain/ruleViolation';
import { escapeHtml as e } from '../pages/layout';
import { destinationRows, memberRows, problemRows, type FormValues } from './proposalFormInput';

export interface ShownViolation extends RuleViolation {
  /** The form field it belongs to (after mapping compacted rows back to form rows). */
  formField: string;
}

interface FormState {
  values: FormValues;
  errors: ShownViolation[];
  units: { id: string; name: string }[];
  csrf: string;
}

function fieldErrors(s: FormState, name: string): string {
  return s.errors
    .filter((x) => x.formField === name)
    .map((x) => `<p class="err" data-field-error="${e(name)}">${e(x.rule)}: ${e(x.messageVi)}</p>`)
    .join('');
}

const idOf = (name: string) => `f-${name.replace(/\./g, '-')}`;

function text(s: FormState, name: string, label: string, extra = ''): string {
  const invalid = s.errors.some((x) => x.formField === name);
  return `<label for="${idOf(name)}">${e(label)}</label><input type="text" id="${idOf(name)}" name="${e(name)}" value="${e(s.values[name] ?? '')}"${invalid ? ' aria-invalid="true"' : ''}${extra}>${fieldErrors(s, name)}`;
}

function area(s: FormState, name: string, label: string): string {
  return `<label for="${idOf(name)}">${e(label)}</label><textarea id="${idOf(name)}" name="${e(name)}" rows="3">${e(s.values[name] ?? '')}</textarea>${fieldErrors(s, name)}`;
}

function repeat(count: number, f: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => f(i)).join('');
}

function problems(s: FormState): string {
  return repeat(
    problemRows,
    (
      i,
    ) => `<div class="row"><p><strong>Vấn đề ${i + 1}</strong>${i > 0 ? ' (bỏ trống nếu không có)' : ''}</p>
${area(s, `problems.${i}.statement`, 'Vấn đề cần giải quyết')}${text(s, `problems.${i}.indicator`, 'Chỉ tiêu đo lường')}
${text(s, `problems.${i}.baseline`, 'Giá trị hiện tại')}${text(s, `problems.${i}.target`, 'Mục tiêu')}${fieldErrors(s, `problems.${i}`)}</div>`,
  );
}

function destinations(s: FormState): string {
  return repeat(
    destinationRows,
    (
      i,
    ) => `<div class="row"><p><strong>Địa điểm ${i + 1}</strong>${i > 0 ? ' (bỏ trống nếu không có)' : ''}</p>
${text(s, `destinations.${i}.province`, 'Tỉnh, thành phố')}${text(s, `destinations.${i}.hostBody`, 'Cơ quan đón đoàn')}
${area(s, `destinations.${i}.goodPracticeJustification`, 'Lý do chọn (mô hình, kinh nghiệm hay)')}
${text(s, `destinations.${i}.topics`, 'Nội dung học tập (cách nhau bởi dấu phẩy)')}
${text(s, `destinations.${i}.daysOnSite`, 'Số ngày làm việc tại địa phương', ' inputmode="numeric"')}${fieldErrors(s, `destinations.${i}`)}</div>`,
  );
}

function members(s: FormState): string {
  return repeat(memberRows, (i) => {
    const key = `members.${i}.isKeyLeader`;
    return `<div class="row"><p><strong>Thành viên ${i + 1}</strong>${i > 0 ? ' (bỏ trống nếu không có)' : ''}</p>
${text(s, `members.${i}.name`, 'Họ và tên')}${text(s, `members.${i}.email`, 'Thư điện tử', ' inputmode="email" autocomplete="off"')}${text(s, `members.${i}.position`, 'Chức vụ')}
<label><input type="checkbox" name="${key}"${s.values[key] === 'on' ? ' checked' : ''}> Cán bộ chủ chốt của đơn vị</label>
<label><input type="radio" name="leader" value="${i}"${s.values.leader === String(i) ? ' checked' : ''}> Trưởng đoàn</label>${fieldErrors(s, `members.${i}`)}</div>`;
  });
}

function summary(s: FormState): string {
  if (s.errors.length === 0) return '';
  const items = s.errors
    .map((x) => `<li><strong>${e(x.rule)}</strong>: ${e(x.messageVi)}</li>`)
    .join('');
  return `<div class="warn" role="alert" id="violations"><p>Đề xuất chưa được gửi vì vi phạm ${s.errors.length} quy định:</p><ul>${items}</ul></div>`;
}

export function proposalFormHtml(s: FormState): string {
  const opt = (u: { id: string; name: string }) =>
    `<option value="${e(u.id)}"${s.values.unitId === u.id ? ' selected' : ''}>${e(u.name)}</option>`;
  const rank = s.values.leaderRank ?? 'head';
  return `<h1>Đề xuất đoàn đi học tập</h1>${summary(s)}
<form method="post" action="/delegations/new" id="proposal-form" novalidate>
<input type="hidden" name="_csrf" value="${e(s.csrf)}">
<fieldset><legend>Thông tin chung</legend>
<label for="f-unitId">Đơn vị đề xuất</label><select id="f-unitId" name="unitId">${s.units.map(opt).join('')}</select>${fieldErrors(s, 'unitId')}
${text(s, 'title', 'Tên đoàn')}${area(s, 'purpose', 'Mục đích')}${area(s, 'studyContent', 'Nội dung học tập')}${area(s, 'studyPlan', 'Chương trình, kế hoạch')}</fieldset>
<fieldset><legend>Vấn đề cần giải quyết (R-FOCUS)</legend>${problems(s)}</fieldset>
<fieldset><legend>Thời gian</legend>
${text(s, 'departureDate', 'Ngày khởi hành (dd/mm/yyyy)', ' placeholder="dd/mm/yyyy" inputmode="numeric"')}
${text(s, 'returnDate', 'Ngày về (dd/mm/yyyy)', ' placeholder="dd/mm/yyyy" inputmode="numeric"')}
<p id="notice-days" aria-live="polite"></p></fieldset>
<fieldset><legend>Địa điểm học tập</legend>${destinations(s)}</fieldset>
<fieldset><legend>Thành phần đoàn</legend>
<label for="f-leaderRank">Cấp của trưởng đoàn</label><select id="f-leaderRank" name="leaderRank">
<option value="head"${rank === 'head' ? ' selected' : ''}>Người đứng đầu</option><option value="deputy"${rank === 'deputy' ? ' selected' : ''}>Cấp phó</option></select>${fieldErrors(s, 'leaderRank')}
<p id="team-cap" aria-live="polite"></p>${fieldErrors(s, 'members')}${members(s)}</fieldset>
<fieldset><legend>Kinh phí</legend>${text(s, 'funding.source', 'Nguồn kinh phí')}
${text(s, 'funding.amountVnd', 'Số tiền (đồng)', ' inputmode="numeric"')}</fieldset>
<div id="live" aria-live="polite"></div>
<button type="submit">Gửi đề xuất</button></form>
<script src="/web/proposal-form.js" defer></script>`;
}
