// The accountability review on the delegation page (R-ACCOUNTABILITY): the form the provincial
// leadership rates the result with, against the targets the unit set before the trip, and the
// review once recorded.
import type { Proposal } from '../../domain/proposal';
import type { ReportContent } from '../../domain/report';
import { problemOutcomes, ratings, type ProblemOutcome } from '../../domain/review';
import { formatDateVi } from '../../domain/vnFormat';
import { ratingName, say, sayIn, type Lang } from '../audit/timelineLabels';
import { escapeHtml as e } from '../pages/layout';
import {
  fieldProblemsHtml,
  problemsSummaryHtml,
  radioHtml,
  textareaHtml,
  type FormState,
} from './delegationPageForms';

export interface FiledReview {
  reviewedAt: string;
  reviewerName: string | null;
  rating: string;
  outcomes: { problemIndex: number; outcome: string; evidence: string }[];
  comment: string | null;
}

const prefix = 'v';

const outcomeNames: Record<ProblemOutcome, [vi: string, en: string]> = {
  resolved: ['Đã giải quyết', 'Resolved'],
  partly: ['Giải quyết một phần', 'Partly resolved'],
  not_resolved: ['Chưa giải quyết', 'Not resolved'],
};

const outcomeName = (o: string, lang: Lang): string => {
  const names = outcomeNames[o as ProblemOutcome] as [string, string] | undefined;
  return names ? say(lang, ...names) : o;
};

function labels(lang: Lang, problems: Proposal['problems']) {
  const t = sayIn(lang);
  return {
    problem: (i: number) =>
      t(
        `Vấn đề ${i + 1}: ${problems[i]?.statement ?? ''}`,
        `Problem ${i + 1}: ${problems[i]?.statement ?? ''}`,
      ),
    outcome: t('Kết quả so với mục tiêu', 'Outcome against the target'),
    evidence: t('Minh chứng (số liệu đo được)', 'Evidence (measured figures)'),
    rating: t('Xếp loại chung', 'Overall rating'),
    comment: t('Nhận xét', 'Comments'),
  };
}

function labelOf(lang: Lang, problems: Proposal['problems']): (field: string) => string {
  const l = labels(lang, problems);
  return (field) => {
    const m = /^(outcome|evidence)_(\d+)$/.exec(field);
    if (m) return `${l.problem(Number(m[2]))} — ${m[1] === 'outcome' ? l.outcome : l.evidence}`;
    return field === 'rating' ? l.rating : field === 'comment' ? l.comment : field;
  };
}

/** What the unit set before the trip and what its report measured: the review's yardstick. */
function yardstickHtml(p: Proposal['problems'][number], measured: string | undefined, lang: Lang) {
  const t = sayIn(lang);
  const report = measured
    ? `; ${t('báo cáo ghi nhận', 'the report measured')} <strong>${e(measured)}</strong>`
    : '';
  return `<p><small>${e(p.indicator)}: ${t('ban đầu', 'baseline')} ${e(p.baseline)}, ${t('mục tiêu', 'target')} <strong>${e(p.target)}</strong>${report}</small></p>`;
}

/** Where the form posts to, and its CSRF token when it posts with a session (not an action link). */
export interface ReviewFormTarget {
  action: string;
  csrf: string | null;
  proposal: Proposal;
  lang: Lang;
  report: ReportContent | null;
}

/** The review form of the delegation page and of the action link, one form for both. */
export function reviewFormHtml(d: ReviewFormTarget, s: FormState): string {
  const { lang, proposal } = d;
  const t = sayIn(lang);
  const l = labels(lang, proposal.problems);
  const rows = proposal.problems
    .map((p, i) => {
      const field = `outcome_${i}`;
      const measured = d.report?.problems.find((x) => x.problemIndex === i)?.measuredValue;
      const choices = problemOutcomes
        .map((o, j) => radioHtml(s, prefix, field, o, outcomeName(o, lang), j === 0))
        .join('');
      return `<fieldset><legend>${e(l.problem(i))}</legend>${yardstickHtml(p, measured, lang)}
<fieldset id="${prefix}-${field}"><legend>${e(l.outcome)}</legend>${choices}${fieldProblemsHtml(s, prefix, field)}</fieldset>
${textareaHtml(s, prefix, `evidence_${i}`, l.evidence, { required: true })}</fieldset>`;
    })
    .join('');
  const ratingChoices = ratings
    .map((r, j) => radioHtml(s, prefix, 'rating', r, ratingName(r, lang), j === 0))
    .join('');
  const heading = t(
    'Đánh giá chưa được ghi nhận. Nội dung anh/chị đã nhập vẫn được giữ dưới đây:',
    'The review was not recorded. What you entered is kept below:',
  );
  return `<h2 id="review-form">${t('Đánh giá trách nhiệm giải trình', 'Accountability review')} (R-ACCOUNTABILITY)</h2>
<p>${t('Đánh giá kết quả so với các chỉ tiêu và mục tiêu đơn vị đã nêu trong đề xuất, trước chuyến đi.', 'Rate the result against the indicators and targets the unit named in its proposal, before the trip.')}</p>
${problemsSummaryHtml(s, prefix, heading, labelOf(lang, proposal.problems))}
<form method="post" action="${e(d.action)}">
${d.csrf === null ? '' : `<input type="hidden" name="_csrf" value="${e(d.csrf)}">`}${rows}
<fieldset id="${prefix}-rating"><legend>${e(l.rating)}</legend>${ratingChoices}${fieldProblemsHtml(s, prefix, 'rating')}</fieldset>
${textareaHtml(s, prefix, 'comment', l.comment)}
<button type="submit">${t('Ghi nhận đánh giá', 'Record the review')}</button></form>`;
}

export function filedReviewHtml(r: FiledReview, proposal: Proposal, lang: Lang): string {
  const t = sayIn(lang);
  const l = labels(lang, proposal.problems);
  const by = r.reviewerName ? ` ${t('bởi', 'by')} ${e(r.reviewerName)}` : '';
  const rows = r.outcomes
    .map(
      (o) =>
        `<tr><th scope="row">${e(l.problem(o.problemIndex))}</th><td>${e(outcomeName(o.outcome, lang))}</td><td class="typed">${e(o.evidence)}</td></tr>`,
    )
    .join('');
  const comment = r.comment ? `<h3>${e(l.comment)}</h3><p class="typed">${e(r.comment)}</p>` : '';
  return `<h2 id="review">${t('Đánh giá trách nhiệm giải trình', 'Accountability review')}</h2>
<p>${t('Ghi nhận ngày', 'Recorded on')} ${formatDateVi(r.reviewedAt)}${by}. ${e(l.rating)}: <strong id="review-rating">${e(ratingName(r.rating, lang))}</strong></p>
<table><thead><tr><th scope="col">${t('Vấn đề', 'Problem')}</th><th scope="col">${e(l.outcome)}</th><th scope="col">${t('Minh chứng', 'Evidence')}</th></tr></thead><tbody>${rows}</tbody></table>${comment}`;
}
