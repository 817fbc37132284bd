// The page behind an action link, in the approver's language: the whole proposal, any duplicate
// warning, and the decision or review form, which keeps what was typed when a post is refused.
import type { OpenToken } from '../actionLinkState';
import { decisionName, say, sayIn, stageName, type Lang } from '../audit/timelineLabels';
import {
  blankForm,
  fieldId,
  fieldProblemsHtml,
  invalidAttrs,
  problemsSummaryHtml,
  radioHtml,
  textareaHtml,
  type FormState,
} from '../web/delegationPageForms';
import { languageSwitchHtml } from '../web/languageSwitch';
import { reviewFormHtml } from '../web/reviewSection';
import { escapeHtml as e, pageHtml } from './layout';
import { proposalViewHtml } from './proposalView';

const prefix = 'd';

function decisionLabels(lang: Lang) {
  const t = sayIn(lang);
  return {
    decision: t('Ý kiến', 'Decision'),
    maxTeamSize: t(
      'Số thành viên tối đa (khi đồng ý với số thành viên giảm)',
      'Largest team allowed (when approving a smaller team)',
    ),
    comment: t(
      'Lý do / nội dung cần chỉnh sửa (bắt buộc khi không đồng ý hoặc trả lại)',
      'Reason / what needs to change (required to reject or return)',
    ),
  };
}

function maxTeamSizeHtml(t: OpenToken, s: FormState, label: string): string {
  const id = fieldId(prefix, 'maxTeamSize');
  return `<label for="${id}">${e(label)}</label><input type="number" id="${id}" name="maxTeamSize" min="1" max="${t.proposal.members.length - 1}" value="${e(s.values.maxTeamSize ?? '')}"${invalidAttrs(s, prefix, 'maxTeamSize')}>${fieldProblemsHtml(s, prefix, 'maxTeamSize')}`;
}

function decisionFormHtml(t: OpenToken, action: string, lang: Lang, s: FormState): string {
  const l = decisionLabels(lang);
  const choices = t.allowedDecisions
    .map((d, i) => radioHtml(s, prefix, 'decision', d, decisionName(d, lang), i === 0))
    .join('');
  const reduced = t.allowedDecisions.includes('approve_reduced')
    ? maxTeamSizeHtml(t, s, l.maxTeamSize)
    : '';
  const heading = say(
    lang,
    'Ý kiến chưa được ghi nhận. Nội dung anh/chị đã nhập vẫn được giữ dưới đây:',
    'Your decision was not recorded. What you entered is kept below:',
  );
  return `<h2>${say(lang, 'Ý kiến của anh/chị', 'Your decision')}</h2>
${problemsSummaryHtml(s, prefix, heading, (field) => (field in l ? l[field as keyof typeof l] : field))}
<form method="post" action="${e(action)}">
<fieldset id="${fieldId(prefix, 'decision')}"><legend>${e(l.decision)}</legend>${choices}${fieldProblemsHtml(s, prefix, 'decision')}</fieldset>${reduced}
${textareaHtml(s, prefix, 'comment', l.comment, { rows: 4 })}
<button type="submit">${say(lang, 'Gửi ý kiến', 'Send my decision')}</button></form>`;
}

/** `action` is the link's own path: the form posts to it and the language switch comes back to it. */
export function actionPageHtml(
  t: OpenToken,
  action: string,
  lang: Lang,
  form: FormState = blankForm(),
): string {
  const tr = (vi: string, en: string) => say(lang, vi, en);
  const stage = stageName(t.stage, lang);
  const behalf = t.onBehalfOfName
    ? `<p class="notice">${tr('Anh/chị cho ý kiến thay cho', 'You decide on behalf of')} ${e(t.onBehalfOfName)}.</p>`
    : '';
  const warnings = t.duplicateWarnings
    .map(
      (w) =>
        `<p class="warn"><strong>${tr('Có thể trùng lặp', 'Possible duplicate')} (R-DUPLICATE):</strong> ${e(w)}</p>`,
    )
    .join('');
  const formHtml =
    t.purpose === 'review'
      ? reviewFormHtml({ action, csrf: null, proposal: t.proposal, lang, report: t.report }, form)
      : decisionFormHtml(t, action, lang, form);
  return pageHtml(
    `${stage}: ${t.proposal.title}`,
    `<p>${languageSwitchHtml(lang, action)}</p><h1>${e(stage)}</h1><p>${tr(`Kính gửi ${e(t.approverName)}.`, `Dear ${e(t.approverName)},`)}</p>${behalf}${warnings}${proposalViewHtml(t.proposal, lang)}${formHtml}`,
    lang,
  );
}

export function recordedPageHtml(message: string, lang: Lang): string {
  const title = say(lang, 'Đã ghi nhận', 'Recorded');
  return pageHtml(title, `<h1>${e(title)}</h1><p>${e(message)}</p>`, lang);
}
