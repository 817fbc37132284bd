// One delegation for the people who run, review and audit it: stage, deadlines, decisions, the
// report and the review once they exist, the form of whoever acts next (the unit's report, the
// leadership's review), the audit timeline for auditors, and the proposal.
import type { Proposal } from '../../domain/proposal';
import { formatDateVi } from '../../domain/vnFormat';
import type { Timeline } from '../audit/timelineEntry';
import { decisionName, say, sayIn, stageName, type Lang } from '../audit/timelineLabels';
import { escapeHtml as e } from '../pages/layout';
import { proposalViewHtml } from '../pages/proposalView';
import type { FormState } from './delegationPageForms';
import { timelineHtml } from './delegationPageTimeline';
import { deadlineLabel, type NextDeadline } from './nextDeadline';
import {
  filedReportHtml,
  reportFormHtml,
  type FiledReport,
  type ReportFormState,
} from './reportSection';
import { filedReviewHtml, reviewFormHtml, type FiledReview } from './reviewSection';

export interface DelegationPageData {
  id: string;
  title: string;
  unitName: string;
  stage: string;
  proposal: Proposal;
  lang: Lang;
  csrf: string;
  deadline: NextDeadline | undefined;
  reportDueAt: string | null;
  reviewDueAt: string | null;
  decisions: {
    stage: string;
    decision: string;
    /** Null when a machine client (an API key) recorded it. */
    actorName: string | null;
    comment: string | null;
    decidedAt: string;
  }[];
  report: FiledReport | null;
  review: FiledReview | null;
  /** The report form, while the report is due, for the unit's staff. */
  reportForm: ReportFormState | null;
  /** The unit's staff, while the proposal is returned to them: a link to the amend form. */
  mayAmend: boolean;
  /** The review form, while the review is due, for a leader who may give it. */
  reviewForm: FormState | null;
  /** Why the caller, a leader, may not review this delegation (segregation of duties). */
  reviewConflict: string | null;
  /** For those who may read the audit timeline. */
  timeline: Timeline | null;
  /** ATTACHMENT_MAX_BYTES, said next to the file field. */
  maxBytes: number;
  /** Why what the caller just sent was not taken, when no field is to blame. */
  notice: string | null;
}

function deadlineHtml(d: DelegationPageData): string {
  const t = sayIn(d.lang);
  const lines: string[] = [];
  if (d.deadline) {
    const n = d.deadline;
    const days = Math.abs(n.workingDaysLeft);
    const left = n.overdue
      ? `<span class="overdue">${t(`quá hạn ${days} ngày làm việc`, `${days} working days overdue`)}</span>`
      : t(`còn ${days} ngày làm việc`, `${days} working days left`);
    lines.push(
      `<p>${e(deadlineLabel(n.kind, d.lang))}: <strong>${formatDateVi(n.date)}</strong> — ${left}</p>`,
    );
  }
  // The next deadline already says its own date; the others are listed once they are set.
  const next = d.deadline?.kind;
  if (d.reportDueAt && next !== 'report')
    lines.push(`<p>${t('Hạn nộp báo cáo', 'Report due')}: ${formatDateVi(d.reportDueAt)}</p>`);
  if (d.reviewDueAt && next !== 'review')
    lines.push(
      `<p>${t('Hạn đánh giá trách nhiệm giải trình', 'Accountability review due')}: ${formatDateVi(d.reviewDueAt)}</p>`,
    );
  return lines.join('') || `<p>${t('Không có hạn nào đang chờ.', 'No deadline pending.')}</p>`;
}

function decisionsHtml(d: DelegationPageData): string {
  const t = sayIn(d.lang);
  if (d.decisions.length === 0) return `<p>${t('Chưa có ý kiến nào.', 'No decisions yet.')}</p>`;
  const rows = d.decisions
    .map(
      (x) =>
        `<tr><td>${formatDateVi(x.decidedAt)}</td><td>${e(stageName(x.stage, d.lang))}</td><td>${e(x.actorName ?? t('Ứng dụng (khóa API)', 'Application (API key)'))}</td><td>${e(decisionName(x.decision, d.lang))}</td><td>${e(x.comment ?? '')}</td></tr>`,
    )
    .join('');
  const head = [
    t('Ngày', 'Date'),
    t('Cấp', 'Stage'),
    t('Người cho ý kiến', 'By'),
    t('Ý kiến', 'Decision'),
    t('Ghi chú', 'Comment'),
  ]
    .map((h) => `<th scope="col">${h}</th>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

const amendLinkHtml = (d: DelegationPageData): string =>
  d.mayAmend
    ? `<p class="notice"><a id="amend-link" href="/delegations/${e(d.id)}/amend">${say(d.lang, 'Chỉnh sửa đề xuất theo ý kiến người thẩm định', 'Amend the proposal as the reviewers asked')}</a></p>`
    : '';

export function delegationPageHtml(d: DelegationPageData): string {
  const t = sayIn(d.lang);
  const notice = d.notice ? `<p class="warn" role="alert">${e(d.notice)}</p>` : '';
  const conflict = d.reviewConflict ? `<p class="notice">${e(d.reviewConflict)}</p>` : '';
  return `<style>.typed{white-space:pre-line}dd{margin:0 0 8px 16px}textarea{font:inherit;width:100%;box-sizing:border-box}</style>
<h1>${e(d.title)}</h1><p>${e(d.unitName)}</p>
<p>${t('Giai đoạn', 'Stage')}: <strong id="stage">${e(stageName(d.stage, d.lang))}</strong></p>${notice}${amendLinkHtml(d)}
<h2>${t('Thời hạn', 'Deadlines')}</h2>${deadlineHtml(d)}
<h2>${t('Ý kiến đã có', 'Decisions')}</h2>${decisionsHtml(d)}
${d.report ? filedReportHtml(d.report, d.proposal, d.lang) : ''}
${d.review ? filedReviewHtml(d.review, d.proposal, d.lang) : ''}${conflict}
${d.reportForm ? reportFormHtml(d, d.reportForm) : ''}
${d.reviewForm ? reviewFormHtml({ ...d, action: `/delegations/${d.id}/review`, report: d.report?.content ?? null }, d.reviewForm) : ''}
${d.timeline ? timelineHtml(d.timeline, d.lang) : ''}
<h2>${t('Đề xuất', 'Proposal')}</h2>${proposalViewHtml(d.proposal, d.lang)}`;
}
