// One delegation for the people who run it: stage, deadlines, decisions, the proposal, and the
// report form while the report is due.
import { decisionNamesVi, type DecisionKind } from '../../domain/decision';
import type { Proposal } from '../../domain/proposal';
import { stageNamesVi, type Stage } from '../../domain/stage';
import { formatDateVi } from '../../domain/vnFormat';
import { escapeHtml as e } from '../pages/layout';
import { proposalViewHtml } from '../pages/proposalView';
import type { NextDeadline } from './nextDeadline';

export interface DelegationPageData {
  id: string;
  title: string;
  unitName: string;
  stage: string;
  proposal: Proposal;
  deadline: NextDeadline | undefined;
  reportDueAt: string | null;
  reviewDueAt: string | null;
  decisions: {
    stage: string;
    decision: string;
    actorName: string;
    comment: string | null;
    decidedAt: string;
  }[];
  /** Whether the caller may file the report now (unit staff, report stage). */
  reportForm: boolean;
  showAuditLink: boolean;
  csrf: string;
  reportErrors: string[];
}

function deadlineHtml(d: DelegationPageData): string {
  const lines: string[] = [];
  if (d.deadline) {
    const n = d.deadline;
    lines.push(
      `<p>${e(n.label)}: <strong>${formatDateVi(n.date)}</strong> — ${n.overdue ? `<span class="overdue">quá hạn ${-n.workingDaysLeft} ngày làm việc</span>` : `còn ${n.workingDaysLeft} ngày làm việc`}</p>`,
    );
  }
  if (d.reportDueAt) lines.push(`<p>Hạn nộp báo cáo: ${formatDateVi(d.reportDueAt)}</p>`);
  if (d.reviewDueAt)
    lines.push(`<p>Hạn đánh giá trách nhiệm giải trình: ${formatDateVi(d.reviewDueAt)}</p>`);
  return lines.join('') || '<p>Không có hạn nào đang chờ.</p>';
}

function decisionsHtml(d: DelegationPageData): string {
  if (d.decisions.length === 0) return '<p>Chưa có ý kiến nào.</p>';
  const rows = d.decisions
    .map(
      (x) =>
        `<tr><td>${formatDateVi(x.decidedAt)}</td><td>${e(stageNamesVi[x.stage as Stage] ?? x.stage)}</td><td>${e(x.actorName)}</td><td>${e(decisionNamesVi[x.decision as DecisionKind] ?? x.decision)}</td><td>${e(x.comment ?? '')}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th scope="col">Ngày</th><th scope="col">Cấp</th><th scope="col">Người cho ý kiến</th><th scope="col">Ý kiến</th><th scope="col">Ghi chú</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function reportFormHtml(d: DelegationPageData): string {
  const problems = d.proposal.problems
    .map(
      (p, i) => `<fieldset><legend>Vấn đề ${i + 1}: ${e(p.statement)}</legend>
<label for="r-learned-${i}">Những điều học được</label><textarea id="r-learned-${i}" name="learned_${i}" rows="3" required></textarea>
<label for="r-measured-${i}">Giá trị đo được (${e(p.indicator)})</label><input type="text" id="r-measured-${i}" name="measured_${i}">
<label for="r-plan-${i}">Kế hoạch đạt mục tiêu ${e(p.target)}</label><textarea id="r-plan-${i}" name="plan_${i}" rows="2"></textarea></fieldset>`,
    )
    .join('');
  return `<h2>Báo cáo kết quả (R-REPORT)</h2>${d.reportErrors.map((x) => `<p class="warn">${e(x)}</p>`).join('')}
<form method="post" action="/delegations/${e(d.id)}/report">
<input type="hidden" name="_csrf" value="${e(d.csrf)}">${problems}
<label for="r-good">Kinh nghiệm hay</label><textarea id="r-good" name="goodExperiences" rows="3" required></textarea>
<label for="r-eff">Cách làm hiệu quả</label><textarea id="r-eff" name="effectivePractices" rows="3" required></textarea>
<label for="r-rec">Kiến nghị</label><textarea id="r-rec" name="recommendations" rows="3" required></textarea>
<button type="submit">Nộp báo cáo</button></form>`;
}

export function delegationPageHtml(d: DelegationPageData): string {
  const audit = d.showAuditLink
    ? `<p><a href="/audit/delegations/${e(d.id)}">Dòng thời gian kiểm toán</a></p>`
    : '';
  return `<h1>${e(d.title)}</h1><p>${e(d.unitName)}</p>
<p>Giai đoạn: <strong id="stage">${e(stageNamesVi[d.stage as Stage] ?? d.stage)}</strong></p>
<h2>Thời hạn</h2>${deadlineHtml(d)}
<h2>Ý kiến đã có</h2>${decisionsHtml(d)}${audit}
${d.reportForm ? reportFormHtml(d) : ''}
<h2>Đề xuất</h2>${proposalViewHtml(d.proposal)}`;
}
