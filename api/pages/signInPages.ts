// The sign-in pages: ask for an address, confirm from the emailed link, signed in, stale links.
// In the language the browser chose with the switch (Vietnamese unless told).
import { roleNamesEn, roleNamesVi, type Role } from '../../domain/roles';
import { csrfField } from '../access/csrf';
import { say, sayIn, type Lang } from '../audit/timelineLabels';
import type { SignInLinkState } from '../signInLinkState';
import { languageSwitchHtml } from '../web/languageSwitch';
import { escapeHtml as e, pageHtml } from './layout';

/** A page of its own language, with a link to the other one (back to the same address). */
function signInPage(lang: Lang, [vi, en]: [string, string], body: string, back?: string): string {
  const switchLink = back ? `<p>${languageSwitchHtml(lang, back)}</p>` : '';
  return pageHtml(say(lang, vi, en), switchLink + body, lang);
}

export function signInRequestPageHtml(lang: Lang, action: string, error?: string): string {
  const t = sayIn(lang);
  return signInPage(
    lang,
    ['Đăng nhập', 'Sign in'],
    `<h1>${t('Đăng nhập', 'Sign in')}</h1>${error ? `<p class="warn">${e(error)}</p>` : ''}
<p>${t('Nhập địa chỉ thư điện tử công vụ; hệ thống sẽ gửi đường dẫn đăng nhập dùng một lần.', 'Enter your official e-mail address; we will send you a sign-in link that works once.')}</p>
<form method="post" action="${e(action)}"><label>${t('Thư điện tử', 'E-mail')}<input type="email" name="email" required autocomplete="email"></label>
<button type="submit">${t('Gửi đường dẫn đăng nhập', 'Send the sign-in link')}</button></form>`,
    action,
  );
}

export function signInSentPageHtml(lang: Lang): string {
  const t = sayIn(lang);
  return signInPage(
    lang,
    ['Đã gửi đường dẫn', 'Link sent'],
    `<h1>${t('Vui lòng kiểm tra hộp thư', 'Please check your mailbox')}</h1><p>${t('Nếu địa chỉ này có trong hệ thống, một đường dẫn đăng nhập vừa được gửi đến. Đường dẫn chỉ dùng được một lần.', 'If this address is known, a sign-in link has just been sent to it. The link works once.')}</p>`,
  );
}

/** Shown when the emailed link is opened: nothing happens until the person presses the button. */
export function signInConfirmPageHtml(lang: Lang, name: string, action: string): string {
  const t = sayIn(lang);
  return signInPage(
    lang,
    ['Xác nhận đăng nhập', 'Confirm sign-in'],
    `<h1>${t('Đăng nhập', 'Sign in')}</h1><p>${t('Đăng nhập với tư cách', 'Sign in as')} <strong>${e(name)}</strong>.</p>
<form method="post" action="${e(action)}"><button type="submit">${t('Đăng nhập', 'Sign in')}</button></form>`,
  );
}

export function signedInPageHtml(
  lang: Lang,
  name: string,
  roles: Role[],
  csrfToken: string,
): string {
  const t = sayIn(lang);
  const held = roles
    .map((r) => `<li>${e(lang === 'en' ? roleNamesEn[r] : roleNamesVi[r])}</li>`)
    .join('');
  return signInPage(
    lang,
    ['Đã đăng nhập', 'Signed in'],
    `<h1>${t('Đã đăng nhập', 'Signed in')}</h1><p>${t('Xin chào', 'Hello')} ${e(name)}.</p>${held ? `<ul>${held}</ul>` : ''}
<p><a href="/">${t('Vào trang chính', 'Go to the dashboard')}</a></p>
<form method="post" action="/auth/sign-out"><input type="hidden" name="${csrfField}" value="${e(csrfToken)}">
<button type="submit">${t('Đăng xuất', 'Sign out')}</button></form>`,
  );
}

export function signInStalePageHtml(
  lang: Lang,
  kind: Exclude<SignInLinkState['kind'], 'open'>,
): { status: number; html: string } {
  const t = sayIn(lang);
  const again = `<p><a href="/auth/sign-in">${t('Yêu cầu đường dẫn mới', 'Ask for a new link')}</a></p>`;
  const stale = (status: number, title: [string, string], text: string) => ({
    status,
    html: signInPage(lang, title, `<h1>${e(say(lang, ...title))}</h1>${text}${again}`),
  });
  switch (kind) {
    case 'unknown':
      return stale(
        404,
        ['Đường dẫn không hợp lệ', 'Invalid link'],
        `<p>${t('Đường dẫn này không tồn tại hoặc bị sao chép thiếu.', 'This link does not exist or was copied incompletely.')}</p>`,
      );
    case 'used':
      return stale(
        409,
        ['Đường dẫn đã được dùng', 'Link already used'],
        `<p>${t('Mỗi đường dẫn đăng nhập chỉ dùng được một lần.', 'Each sign-in link works once.')}</p>`,
      );
    case 'expired':
      return stale(410, ['Đường dẫn đã hết hạn', 'Link expired'], '');
  }
}

export function crossSitePageHtml(lang: Lang): string {
  const t = sayIn(lang);
  return signInPage(
    lang,
    ['Yêu cầu bị từ chối', 'Request refused'],
    `<h1>${t('Yêu cầu bị từ chối', 'Request refused')}</h1><p>${t('Biểu mẫu đăng nhập được gửi từ một trang web khác.', 'The sign-in form was sent from another website.')}</p>`,
  );
}
