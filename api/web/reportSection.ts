// The report on the delegation page (R-REPORT): the form the unit's staff file it with, attached
// files included, and the report once filed, with its attachments to download.
import { attachmentField } from '../../domain/attachmentRules';
import { attachmentContentTypes } from '../../domain/attachmentType';
import type { Proposal } from '../../domain/proposal';
import type { ReportContent } from '../../domain/report';
import { formatDateVi, formatNumberVi } from '../../domain/vnFormat';
import { sayIn, type Lang } from '../audit/timelineLabels';
import { escapeHtml as e } from '../pages/layout';
import {
  fieldId,
  fieldProblemsHtml,
  invalidAttrs,
  problemsSummaryHtml,
  textareaHtml,
  textInputHtml,
  type FormState,
} from './delegationPageForms';
import { reportFormMaxFiles } from './reportFormUpload';

export interface AttachmentView {
  id: string;
  filename: string;
  size: number;
  contentType: string;
}

export interface ReportFormState extends FormState {
  /** Names of the files a refused post carried: none was stored, so they must be chosen again. */
  filesNotKept: string[];
}

export const blankReportForm = (): ReportFormState => ({
  values: {},
  problems: [],
  filesNotKept: [],
});

export interface FiledReport {
  filedAt: string;
  late: boolean;
  workingDaysLate: number;
  filedByName: string | null;
  content: ReportContent;
  attachments: AttachmentView[];
}

const prefix = 'r';

/** "48 KB", "10 MB": enough to recognise a file. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumberVi(Math.round(bytes / 1024))} KB`;
  const mib = bytes / (1024 * 1024);
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MB`;
}

/** PDF, DOCX…: what the bytes were recognised as, in the words people use. */
function kindOf(contentType: string): string {
  const known = Object.entries(attachmentContentTypes).find(([, t]) => t === contentType);
  return known ? known[0].toUpperCase() : contentType;
}

function labels(lang: Lang, problems: Proposal['problems']) {
  const t = sayIn(lang);
  return {
    learned: t('Những điều học được', 'What was learned'),
    measured: (indicator: string) =>
      t(`Giá trị đo được hiện nay (${indicator})`, `Measured now (${indicator})`),
    plan: (target: string) =>
      t(`Kế hoạch đạt mục tiêu ${target}`, `Plan to reach the target ${target}`),
    goodExperiences: t('Kinh nghiệm hay', 'Good experiences'),
    effectivePractices: t('Cách làm hiệu quả', 'Effective practices'),
    recommendations: t('Đề xuất, kiến nghị', 'Proposals and recommendations'),
    files: t('Tệp đính kèm', 'Attachments'),
    problem: (i: number) =>
      t(
        `Vấn đề ${i + 1}: ${problems[i]?.statement ?? ''}`,
        `Problem ${i + 1}: ${problems[i]?.statement ?? ''}`,
      ),
  };
}

/** The form's label of a field, for the list of refusals at the top. */
function labelOf(lang: Lang, problems: Proposal['problems']): (field: string) => string {
  const l = labels(lang, problems);
  return (field) => {
    const m = /^(learned|measured|plan)_(\d+)$/.exec(field);
    if (m) {
      const i = Number(m[2]);
      const p = problems[i];
      const what =
        m[1] === 'learned'
          ? l.learned
          : m[1] === 'measured'
            ? l.measured(p?.indicator ?? '')
            : l.plan(p?.target ?? '');
      return `${l.problem(i)} — ${what}`;
    }
    if (field === attachmentField) return l.files;
    const named: Record<string, string> = {
      goodExperiences: l.goodExperiences,
      effectivePractices: l.effectivePractices,
      recommendations: l.recommendations,
    };
    return named[field] ?? field;
  };
}

export function reportFormHtml(
  d: { id: string; csrf: string; proposal: Proposal; lang: Lang; maxBytes: number },
  s: ReportFormState,
): string {
  const { lang, proposal } = d;
  const t = sayIn(lang);
  const l = labels(lang, proposal.problems);
  const problems = proposal.problems
    .map(
      (p, i) => `<fieldset><legend>${e(l.problem(i))}</legend>
<p><small>${t('Chỉ tiêu đặt ra trước chuyến đi', 'Indicator set before the trip')}: ${e(p.indicator)} — ${t('ban đầu', 'baseline')} ${e(p.baseline)}, ${t('mục tiêu', 'target')} ${e(p.target)}</small></p>
${textareaHtml(s, prefix, `learned_${i}`, l.learned, { required: true })}
${textInputHtml(s, prefix, `measured_${i}`, l.measured(p.indicator))}
${textareaHtml(s, prefix, `plan_${i}`, l.plan(p.target), { rows: 2 })}</fieldset>`,
    )
    .join('');
  const notKept =
    s.filesNotKept.length > 0
      ? `<p class="err">${t('Các tệp sau chưa được lưu, xin chọn lại', 'These files were not stored; please choose them again')}: ${e(s.filesNotKept.join(', '))}</p>`
      : '';
  const fileId = fieldId(prefix, attachmentField);
  const accept = [
    '.pdf',
    '.png',
    '.jpg',
    '.jpeg',
    '.docx',
    '.xlsx',
    ...Object.values(attachmentContentTypes),
  ];
  const hint = t(
    `PDF, PNG, JPEG, DOCX hoặc XLSX; mỗi tệp tối đa ${sizeText(d.maxBytes)}, tối đa ${reportFormMaxFiles} tệp mỗi lần gửi.`,
    `PDF, PNG, JPEG, DOCX or XLSX; at most ${sizeText(d.maxBytes)} each, ${reportFormMaxFiles} files per submission.`,
  );
  const heading = t(
    'Báo cáo chưa được nộp. Nội dung anh/chị đã nhập vẫn được giữ dưới đây:',
    'The report was not filed. What you typed is kept below:',
  );
  // The token comes first: when an attached file is refused for its size, the fields before it
  // have still been read, so the CSRF check and the typed text survive the refusal.
  return `<h2 id="report-form">${t('Nộp báo cáo kết quả', 'File the report')} (R-REPORT)</h2>
${problemsSummaryHtml(s, prefix, heading, labelOf(lang, proposal.problems))}
<form method="post" action="/delegations/${e(d.id)}/report" enctype="multipart/form-data">
<input type="hidden" name="_csrf" value="${e(d.csrf)}">${problems}
${textareaHtml(s, prefix, 'goodExperiences', l.goodExperiences, { required: true })}
${textareaHtml(s, prefix, 'effectivePractices', l.effectivePractices, { required: true })}
${textareaHtml(s, prefix, 'recommendations', l.recommendations, { required: true })}
<fieldset><legend>${e(l.files)}</legend>${notKept}
<label for="${fileId}">${t('Chọn tệp', 'Choose files')}</label>
<input type="file" id="${fileId}" name="${attachmentField}" multiple accept="${e(accept.join(','))}" aria-describedby="${fileId}-hint"${invalidAttrs(s, prefix, attachmentField)}>
<p id="${fileId}-hint"><small>${e(hint)}</small></p>${fieldProblemsHtml(s, prefix, attachmentField)}</fieldset>
<button type="submit">${t('Nộp báo cáo', 'File the report')}</button></form>`;
}

const paragraph = (text: string) => `<p class="typed">${e(text)}</p>`;

export function filedReportHtml(r: FiledReport, proposal: Proposal, lang: Lang): string {
  const t = sayIn(lang);
  const l = labels(lang, proposal.problems);
  const by = r.filedByName ? ` ${t('bởi', 'by')} ${e(r.filedByName)}` : '';
  const timing = r.late
    ? `<span class="overdue">${t(`muộn ${r.workingDaysLate} ngày làm việc`, `${r.workingDaysLate} working days late`)}</span>`
    : `<span class="ok">${t('đúng hạn', 'on time')}</span>`;
  const problems = r.content.problems
    .map((x) => {
      const p = proposal.problems[x.problemIndex];
      const measured = x.measuredValue
        ? `<dt>${e(l.measured(p?.indicator ?? ''))}</dt><dd>${e(x.measuredValue)}</dd>`
        : '';
      const plan = x.planToTarget
        ? `<dt>${e(l.plan(p?.target ?? ''))}</dt><dd class="typed">${e(x.planToTarget)}</dd>`
        : '';
      return `<h3>${e(l.problem(x.problemIndex))}</h3><dl><dt>${e(l.learned)}</dt><dd class="typed">${e(x.learned)}</dd>${measured}${plan}</dl>`;
    })
    .join('');
  const files = r.attachments
    .map(
      (a) =>
        `<li><a href="/api/attachments/${e(a.id)}" download>${e(a.filename)}</a> (${e(kindOf(a.contentType))}, ${sizeText(a.size)})</li>`,
    )
    .join('');
  return `<h2 id="report">${t('Báo cáo kết quả', 'Report')}</h2>
<p id="report-filed">${t('Nộp ngày', 'Filed on')} ${formatDateVi(r.filedAt)}${by} — ${timing}</p>${problems}
<h3>${e(l.goodExperiences)}</h3>${paragraph(r.content.goodExperiences)}
<h3>${e(l.effectivePractices)}</h3>${paragraph(r.content.effectivePractices)}
<h3>${e(l.recommendations)}</h3>${paragraph(r.content.recommendations)}
<h3>${e(l.files)}</h3>${files ? `<ul id="report-attachments">${files}</ul>` : `<p>${t('Không có tệp đính kèm.', 'No attachments.')}</p>`}`;
}
