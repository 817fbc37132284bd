// The page a browser gets when a form post or a page address carries input the database cannot
// store (storableRequest): the fields named, in the page's language, and the way back.
import type { RuleViolation } from '../../domain/ruleViolation';
import { sayIn, type Lang } from '../audit/timelineLabels';
import { escapeHtml as e, pageHtml } from './layout';

export function inputRefusedPageHtml(errors: RuleViolation[], lang: Lang): string {
  const t = sayIn(lang);
  const title = t('Dữ liệu không hợp lệ', 'Invalid input');
  const items = errors
    .map((v) => {
      const text = t(v.messageVi, `${v.field || '(body)'}: ${v.message}`);
      return `<li data-field="${e(v.field)}">${e(text)} (${e(v.rule)})</li>`;
    })
    .join('');
  return pageHtml(
    title,
    `<h1>${e(title)}</h1>
<p>${t(
      'Không lưu được vì các trường sau chứa ký tự không hợp lệ hoặc quá dài. Vui lòng quay lại trang trước, sửa và gửi lại.',
      'Nothing was saved: these fields hold characters that cannot be stored or are too long. Please go back to the previous page, correct them and send again.',
    )}</p>
<ul class="err">${items}</ul>
<p><a href="/">${t('Về trang chính', 'Back to the start page')}</a></p>`,
    lang,
  );
}
