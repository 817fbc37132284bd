// The page a browser gets while PostgreSQL or Temporal cannot be reached: a short word that the
// system is briefly out of reach, in the page's language, and when to try again.
import { sayIn, type Lang } from '../audit/timelineLabels';
import { escapeHtml as e, pageHtml } from './layout';

export function unavailablePageHtml(lang: Lang, retryAfterSeconds: number): string {
  const t = sayIn(lang);
  const title = t('Hệ thống tạm thời gián đoạn', 'The system is briefly unavailable');
  return pageHtml(
    title,
    `<h1>${e(title)}</h1>
<p class="notice">${e(
      t(
        `Hệ thống đang tạm thời không kết nối được cơ sở dữ liệu hoặc máy chủ quy trình. Vui lòng thử lại sau khoảng ${retryAfterSeconds} giây. Nếu anh/chị vừa gửi một biểu mẫu, hãy mở lại trang để xem nội dung đã được ghi nhận hay chưa trước khi gửi lại.`,
        `The system cannot reach its database or workflow server right now. Please try again in about ${retryAfterSeconds} seconds. If you had just sent a form, reopen the page to see whether it was recorded before sending it again.`,
      ),
    )}</p>
<p><a href="/">${e(t('Về trang chính', 'Back to the start page'))}</a></p>`,
    lang,
  );
}
