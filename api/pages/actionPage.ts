import { decisionNamesVi, type DecisionKind } from '../../domain/decision';
import { problemOutcomes, ratingNamesVi, ratings } from '../../domain/review';
import { stageNamesVi, type Stage } from '../../domain/stage';
import type { OpenToken } from '../actionLinkState';
import { escapeHtml as e, pageHtml } from './layout';
import { proposalViewHtml } from './proposalView';

const outcomeNamesVi = {
  resolved: 'Đã giải quyết',
  partly: 'Giải quyết một phần',
  not_resolved: 'Chưa giải quyết',
};

function decisionForm(t: OpenToken, action: string, errors: string[]): string {
  const choices = t.allowedDecisions
    .map(
      (d, i) =>
        `<label><input type="radio" name="decision" value="${e(d)}"${i === 0 ? ' required' : ''}> ${e(decisionNamesVi[d as DecisionKind] ?? d)}</label>`,
    )
    .join('');
  const reduced = t.allowedDecisions.includes('approve_reduced')
    ? `<label>Số thành viên tối đa (khi đồng ý với số thành viên giảm)<input type="number" name="maxTeamSize" min="1" max="${t.proposal.members.length - 1}"></label>`
    : '';
  return `<form method="post" action="${e(action)}">
${errors.map((x) => `<p class="warn">${e(x)}</p>`).join('')}
<fieldset><legend>Ý kiến</legend>${choices}</fieldset>${reduced}
<label>Lý do / nội dung cần chỉnh sửa (bắt buộc khi không đồng ý hoặc trả lại)<textarea name="comment" rows="4"></textarea></label>
<button type="submit">Gửi ý kiến</button></form>`;
}

function reviewForm(t: OpenToken, action: string, errors: string[]): string {
  const rows = t.proposal.problems
    .map(
      (p, i) => `<fieldset><legend>Vấn đề ${i + 1}: ${e(p.statement)}</legend>
<p>Chỉ tiêu đặt trước chuyến đi: ${e(p.indicator)} — ban đầu ${e(p.baseline)}, mục tiêu <strong>${e(p.target)}</strong></p>
${problemOutcomes.map((o, j) => `<label><input type="radio" name="outcome_${i}" value="${o}"${j === 0 ? ' required' : ''}> ${outcomeNamesVi[o]}</label>`).join('')}
<label>Minh chứng<textarea name="evidence_${i}" rows="3" required></textarea></label></fieldset>`,
    )
    .join('');
  return `<form method="post" action="${e(action)}">
${errors.map((x) => `<p class="warn">${e(x)}</p>`).join('')}${rows}
<fieldset><legend>Xếp loại chung</legend>${ratings.map((r, j) => `<label><input type="radio" name="rating" value="${r}"${j === 0 ? ' required' : ''}> ${ratingNamesVi[r]}</label>`).join('')}</fieldset>
<label>Nhận xét<textarea name="comment" rows="3"></textarea></label>
<button type="submit">Ghi nhận đánh giá</button></form>`;
}

/** The page behind an action link: the whole proposal, any duplicate warning, and the form. */
export function actionPageHtml(t: OpenToken, action: string, errors: string[] = []): string {
  const stageName = stageNamesVi[t.stage as Stage] ?? t.stage;
  const behalf = t.onBehalfOfName
    ? `<p class="notice">Anh/chị cho ý kiến thay cho ${e(t.onBehalfOfName)}.</p>`
    : '';
  const warnings = t.duplicateWarnings
    .map((w) => `<p class="warn"><strong>Có thể trùng lặp (R-DUPLICATE):</strong> ${e(w)}</p>`)
    .join('');
  const form =
    t.purpose === 'review' ? reviewForm(t, action, errors) : decisionForm(t, action, errors);
  return pageHtml(
    `${stageName}: ${t.proposal.title}`,
    `<h1>${e(stageName)}</h1><p>Kính gửi ${e(t.approverName)}.</p>${behalf}${warnings}${proposalViewHtml(t.proposal)}<h2>Ý kiến của anh/chị</h2>${form}`,
  );
}

export function recordedPageHtml(message: string): string {
  return pageHtml('Đã ghi nhận', `<h1>Đã ghi nhận</h1><p>${e(message)}</p>`);
}
