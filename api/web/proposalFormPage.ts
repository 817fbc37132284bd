// The proposal form: every field of the proposal, members, destinations and problems as repeated
// rows (blank rows are ignored), violations next to their fields and listed at the top by rule
// ID. The same form writes a new proposal (and saves it as a draft) and amends a returned one.
import { randomUUID } from 'node:crypto';
import { say, sayIn, type Lang } from '../audit/timelineLabels';
import type { RuleViolation } from '../../domain/ruleViolation';
import { escapeHtml as e } from '../pages/layout';
import { rowGroups, rowsShown, type FormValues, type RowGroup } from './proposalFormInput';

export interface ShownViolation extends RuleViolation {
  /** The form field it belongs to (after mapping compacted rows back to form rows). */
  formField: string;
}

export type FormMode =
  | { kind: 'new'; draftId?: string }
  | { kind: 'amend'; delegationId: string; basedOnVersion: number };

export interface FormState {
  lang: Lang;
  values: FormValues;
  errors: ShownViolation[];
  /** The units the person may propose for; when amending, the proposal's own unit. */
  units: { id: string; name: string }[];
  csrf: string;
  mode: FormMode;
  /** A line above the form: a draft saved, an amendment refused by the workflow. */
  notice?: string;
  /** HTML between the heading and the form: the unit's drafts, the reviewers' comments. */
  before?: string;
  /** The group a person without the script asked one more row of. */
  addedRow?: RowGroup;
}

/** What the script says, in the page's language (it has no strings of its own). */
function scriptText(lang: Lang) {
  const t = sayIn(lang);
  return {
    lang,
    liveProblems: t('Kiểm tra trực tiếp: còn {n} điểm chưa đạt', 'Live check: {n} point(s) to fix'),
    liveOk: t(
      'Kiểm tra trực tiếp: đề xuất đạt các quy định.',
      'Live check: the proposal meets the rules.',
    ),
    noticeDays: t(
      'Còn {days} ngày làm việc đến ngày khởi hành (cần ít nhất {need}; sớm nhất là ngày {earliest}).',
      '{days} working days to departure (at least {need} needed; the earliest departure is {earliest}).',
    ),
    teamCap: t(
      'Số thành viên tối đa với cấp trưởng đoàn này: {cap}.',
      'Largest team for this leader’s rank: {cap}.',
    ),
    teamSize: t('Đoàn hiện có {size} người.', 'The team has {size} members.'),
    duplicates: t(
      'Có thể trùng lặp với đoàn đã có (R-DUPLICATE). Đề xuất vẫn gửi được; người xét duyệt sẽ thấy các đoàn này:',
      'Possible duplicates (R-DUPLICATE). The proposal can still be sent; the reviewers will see these delegations:',
    ),
    rowAdded: t('Đã thêm {row}.', '{row} added.'),
    ...rowTitles(lang),
  };
}

function rowTitles(lang: Lang): Record<RowGroup, string> & { blank: string } {
  return {
    members: say(lang, 'Thành viên {n}', 'Member {n}'),
    destinations: say(lang, 'Địa điểm {n}', 'Destination {n}'),
    problems: say(lang, 'Vấn đề {n}', 'Problem {n}'),
    blank: say(lang, '(bỏ trống nếu không có)', '(leave blank if none)'),
  };
}

/** JSON inside <script type="application/json">: no `<` may close the element early. */
const jsonData = (x: unknown) => JSON.stringify(x).replace(/</g, '\\u003c');

const messageOf = (s: FormState, x: RuleViolation) => say(s.lang, x.messageVi, x.message);

function fieldErrors(s: FormState, name: string): string {
  return s.errors
    .filter((x) => x.formField === name)
    .map(
      (x) => `<p class="err" data-field-error="${e(name)}">${e(x.rule)}: ${e(messageOf(s, x))}</p>`,
    )
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

/**
 * One group of rows, each its own fieldset named by its number (what a screen reader announces
 * before each field), and the button the script reveals to add a row like the last one.
 */
function group(s: FormState, g: RowGroup, row: (i: number) => string): string {
  const titles = rowTitles(s.lang);
  const shown = rowsShown(s.values, g, s.addedRow === g ? 1 : 0);
  const rows = Array.from({ length: shown }, (_, i) => {
    const legend = `${titles[g].replace('{n}', String(i + 1))}${i > 0 ? ` ${titles.blank}` : ''}`;
    return `<fieldset class="row" id="row-${g}-${i}" data-group="${g}" data-row="${i}"><legend>${e(legend)}</legend>
${row(i)}${fieldErrors(s, `${g}.${i}`)}</fieldset>`;
  }).join('');
  return `<div data-rows="${g}">${rows}</div><button type="button" class="add-row" data-add="${g}" hidden>${e(addLabels(s.lang)[g])}</button>`;
}

function addLabels(lang: Lang): Record<RowGroup, string> {
  return {
    problems: say(lang, 'Thêm vấn đề', 'Add a problem'),
    destinations: say(lang, 'Thêm điểm đến', 'Add a destination'),
    members: say(lang, 'Thêm thành viên', 'Add a member'),
  };
}

/**
 * Without the script, a row is added by posting the form back (values kept, nothing submitted),
 * landing on the new row. These come after the send button, which stays the one Enter presses;
 * the script removes them and shows the buttons inside each group instead.
 */
function moreRows(s: FormState, action: string): string {
  const labels = addLabels(s.lang);
  const buttons = rowGroups
    .map((g) => {
      const next = rowsShown(s.values, g, s.addedRow === g ? 1 : 0);
      return `<button type="submit" class="add-row" name="addRow" value="${g}" formaction="${action}#row-${g}-${next}">${e(labels[g])}</button>`;
    })
    .join(' ');
  return `<fieldset id="more-rows"><legend>${say(s.lang, 'Cần thêm dòng?', 'Need more rows?')}</legend>${buttons}</fieldset>`;
}

function problems(s: FormState): string {
  const t = sayIn(s.lang);
  return group(
    s,
    'problems',
    (i) =>
      `${area(s, `problems.${i}.statement`, t('Vấn đề cần giải quyết', 'Problem to solve'))}${text(s, `problems.${i}.indicator`, t('Chỉ tiêu đo lường', 'Measured by'))}
${text(s, `problems.${i}.baseline`, t('Giá trị hiện tại', 'Value now'))}${text(s, `problems.${i}.target`, t('Mục tiêu', 'Target'))}`,
  );
}

function destinations(s: FormState): string {
  const t = sayIn(s.lang);
  return group(
    s,
    'destinations',
    (
      i,
    ) => `${text(s, `destinations.${i}.province`, t('Tỉnh, thành phố', 'Province or city'))}${text(s, `destinations.${i}.hostBody`, t('Cơ quan đón đoàn', 'Host body'))}
${area(s, `destinations.${i}.goodPracticeJustification`, t('Lý do chọn (mô hình, kinh nghiệm hay)', 'Why here (the good practice to learn)'))}
${text(s, `destinations.${i}.topics`, t('Nội dung học tập (cách nhau bởi dấu phẩy)', 'Topics (separated by commas)'))}
${text(s, `destinations.${i}.daysOnSite`, t('Số ngày làm việc tại địa phương', 'Working days on site'), ' inputmode="numeric"')}`,
  );
}

function members(s: FormState): string {
  const t = sayIn(s.lang);
  return group(s, 'members', (i) => {
    const key = `members.${i}.isKeyLeader`;
    return `${text(s, `members.${i}.name`, t('Họ và tên', 'Full name'))}${text(s, `members.${i}.email`, t('Thư điện tử', 'E-mail'), ' inputmode="email" autocomplete="off"')}${text(s, `members.${i}.position`, t('Chức vụ', 'Position'))}
<label><input type="checkbox" name="${key}"${s.values[key] === 'on' ? ' checked' : ''}> ${t('Cán bộ chủ chốt của đơn vị', 'Key leader of the unit')}</label>
<label><input type="radio" name="leader" value="${i}"${s.values.leader === String(i) ? ' checked' : ''}> ${t('Trưởng đoàn', 'Delegation leader')}</label>`;
  });
}

function summary(s: FormState): string {
  if (s.errors.length === 0) return '';
  const items = s.errors
    .map((x) => `<li><strong>${e(x.rule)}</strong>: ${e(messageOf(s, x))}</li>`)
    .join('');
  const head = say(
    s.lang,
    `Đề xuất chưa được gửi vì vi phạm ${s.errors.length} quy định:`,
    `The proposal was not sent: it breaks ${s.errors.length} rule(s):`,
  );
  return `<div class="warn" role="alert" id="violations"><p>${e(head)}</p><ul>${items}</ul></div>`;
}

function unitField(s: FormState): string {
  const t = sayIn(s.lang);
  if (s.mode.kind === 'amend') {
    // An amendment keeps its unit: the delegation and its quota belong to it.
    const unit = s.units[0];
    return `<p>${t('Đơn vị đề xuất', 'Proposing unit')}: <strong>${e(unit?.name ?? s.values.unitId ?? '')}</strong></p><input type="hidden" name="unitId" value="${e(s.values.unitId ?? '')}">`;
  }
  const opt = (u: { id: string; name: string }) =>
    `<option value="${e(u.id)}"${s.values.unitId === u.id ? ' selected' : ''}>${e(u.name)}</option>`;
  return `<label for="f-unitId">${t('Đơn vị đề xuất', 'Proposing unit')}</label><select id="f-unitId" name="unitId">${s.units.map(opt).join('')}</select>${fieldErrors(s, 'unitId')}`;
}

/** Where the form posts, what it carries besides the fields, and its buttons. */
function modeParts(s: FormState) {
  const t = sayIn(s.lang);
  const m = s.mode;
  if (m.kind === 'amend') {
    return {
      heading: t('Chỉnh sửa đề xuất bị trả lại', 'Amend the returned proposal'),
      action: `/delegations/${e(m.delegationId)}/amend`,
      hidden: `<input type="hidden" name="basedOnVersion" value="${m.basedOnVersion}">`,
      // The live check judges an amendment as the workflow will: by the delegation's policy,
      // without counting the delegation against itself.
      attributes: ` data-amending="${e(m.delegationId)}"`,
      buttons: `<button type="submit">${t('Gửi lại đề xuất', 'Resubmit the proposal')}</button>`,
    };
  }
  const draftAction = m.draftId ? `/delegations/drafts/${e(m.draftId)}` : '/delegations/drafts';
  return {
    heading: t('Đề xuất đoàn đi học tập', 'Propose a study delegation'),
    action: '/delegations/new',
    // A fresh key each time the form is drawn: pressing send twice reaches one delegation.
    hidden:
      `<input type="hidden" name="submissionKey" value="${randomUUID()}">` +
      (m.draftId ? `<input type="hidden" name="draftId" value="${e(m.draftId)}">` : ''),
    attributes: '',
    // Sending comes first: it is the button Enter in a field presses.
    buttons: `<button type="submit">${t('Gửi đề xuất', 'Send the proposal')}</button>
<button type="submit" class="secondary" formaction="${draftAction}">${t('Lưu nháp', 'Save as draft')}</button>`,
  };
}

export function proposalFormHtml(s: FormState): string {
  const t = sayIn(s.lang);
  const rank = s.values.leaderRank ?? 'head';
  const parts = modeParts(s);
  const notice = s.notice ? `<p class="notice" role="status">${e(s.notice)}</p>` : '';
  return `<style>.add-row,.secondary{background:#374151;margin:4px 0}.add-row{width:auto}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}</style>
<h1>${parts.heading}</h1>${notice}${s.before ?? ''}${summary(s)}
<form method="post" action="${parts.action}" id="proposal-form"${parts.attributes} novalidate>
<input type="hidden" name="_csrf" value="${e(s.csrf)}">${parts.hidden}
<fieldset><legend>${t('Thông tin chung', 'General')}</legend>
${unitField(s)}
${text(s, 'title', t('Tên đoàn', 'Title'))}${area(s, 'purpose', t('Mục đích', 'Purpose'))}${area(s, 'studyContent', t('Nội dung học tập', 'Study content'))}${area(s, 'studyPlan', t('Chương trình, kế hoạch', 'Programme and plan'))}</fieldset>
<fieldset><legend>${t('Vấn đề cần giải quyết (R-FOCUS)', 'Problems to solve (R-FOCUS)')}</legend>${fieldErrors(s, 'problems')}${problems(s)}</fieldset>
<fieldset><legend>${t('Thời gian', 'Dates')}</legend>
${text(s, 'departureDate', t('Ngày khởi hành (dd/mm/yyyy)', 'Departure (dd/mm/yyyy)'), ' placeholder="dd/mm/yyyy" inputmode="numeric"')}
${text(s, 'returnDate', t('Ngày về (dd/mm/yyyy)', 'Return (dd/mm/yyyy)'), ' placeholder="dd/mm/yyyy" inputmode="numeric"')}
<p id="notice-days" aria-live="polite"></p></fieldset>
<fieldset><legend>${t('Địa điểm học tập', 'Destinations')}</legend>${fieldErrors(s, 'destinations')}${destinations(s)}<div id="live-duplicates" aria-live="polite"></div></fieldset>
<fieldset><legend>${t('Thành phần đoàn', 'Members')}</legend>
<label for="f-leaderRank">${t('Cấp của trưởng đoàn', 'Rank of the delegation leader')}</label><select id="f-leaderRank" name="leaderRank">
<option value="head"${rank === 'head' ? ' selected' : ''}>${t('Người đứng đầu', 'Head of the unit')}</option><option value="deputy"${rank === 'deputy' ? ' selected' : ''}>${t('Cấp phó', 'Deputy head')}</option></select>${fieldErrors(s, 'leaderRank')}
<p id="team-cap" aria-live="polite"></p>${fieldErrors(s, 'members')}${members(s)}</fieldset>
<fieldset><legend>${t('Kinh phí', 'Funding')}</legend>${text(s, 'funding.source', t('Nguồn kinh phí', 'Source'))}
${text(s, 'funding.amountVnd', t('Số tiền (đồng)', 'Amount (đồng)'), ' inputmode="numeric"')}</fieldset>
<div id="live" aria-live="polite"></div><p id="row-added" class="visually-hidden" aria-live="polite"></p>
${parts.buttons}
${moreRows(s, parts.action)}</form>
<script type="application/json" id="proposal-form-text">${jsonData(scriptText(s.lang))}</script>
<script src="/web/proposal-form.js" defer></script>`;
}
