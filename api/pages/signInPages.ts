// The sign-in pages: ask for an address, confirm from the emailed link, signed in, stale links.
import { roleNamesVi, type Role } from '../../domain/roles';
import { csrfField } from '../access/csrf';
import type { SignInLinkState } from '../signInLinkState';
import { escapeHtml as e, pageHtml } from './layout';

export function signInRequestPageHtml(action: string, error?: string): string {
  return pageHtml(
    'Đăng nhập',
    `<h1>Đăng nhập</h1>${error ? `<p class="warn">${e(error)}</p>` : ''}
<p>Nhập địa chỉ thư điện tử công vụ; hệ thống sẽ gửi đường dẫn đăng nhập dùng một lần.</p>
<form method="post" action="${e(action)}"><label>Thư điện tử<input type="email" name="email" required autocomplete="email"></label>
<button type="submit">Gửi đường dẫn đăng nhập</button></form>`,
  );
}

export function signInSentPageHtml(): string {
  return pageHtml(
    'Đã gửi đường dẫn',
    '<h1>Vui lòng kiểm tra hộp thư</h1><p>Nếu địa chỉ này có trong hệ thống, một đường dẫn đăng nhập vừa được gửi đến. Đường dẫn chỉ dùng được một lần.</p>',
  );
}

/** Shown when the emailed link is opened: nothing happens until the person presses the button. */
export function signInConfirmPageHtml(name: string, action: string): string {
  return pageHtml(
    'Xác nhận đăng nhập',
    `<h1>Đăng nhập</h1><p>Đăng nhập với tư cách <strong>${e(name)}</strong>.</p>
<form method="post" action="${e(action)}"><button type="submit">Đăng nhập</button></form>`,
  );
}

export function signedInPageHtml(name: string, roles: Role[], csrfToken: string): string {
  const held = roles.map((r) => `<li>${e(roleNamesVi[r])}</li>`).join('');
  return pageHtml(
    'Đã đăng nhập',
    `<h1>Đã đăng nhập</h1><p>Xin chào ${e(name)}.</p>${held ? `<ul>${held}</ul>` : ''}
<form method="post" action="/auth/sign-out"><input type="hidden" name="${csrfField}" value="${e(csrfToken)}">
<button type="submit">Đăng xuất</button></form>`,
  );
}

export function signInStalePageHtml(kind: Exclude<SignInLinkState['kind'], 'open'>): {
  status: number;
  html: string;
} {
  const again = '<p><a href="/auth/sign-in">Yêu cầu đường dẫn mới</a></p>';
  switch (kind) {
    case 'unknown':
      return {
        status: 404,
        html: pageHtml(
          'Đường dẫn không hợp lệ',
          `<h1>Đường dẫn không hợp lệ</h1><p>Đường dẫn này không tồn tại hoặc bị sao chép thiếu.</p>${again}`,
        ),
      };
    case 'used':
      return {
        status: 409,
        html: pageHtml(
          'Đường dẫn đã được dùng',
          `<h1>Đường dẫn đã được dùng</h1><p>Mỗi đường dẫn đăng nhập chỉ dùng được một lần.</p>${again}`,
        ),
      };
    case 'expired':
      return {
        status: 410,
        html: pageHtml('Đường dẫn đã hết hạn', `<h1>Đường dẫn đã hết hạn</h1>${again}`),
      };
  }
}

export function crossSitePageHtml(): string {
  return pageHtml(
    'Yêu cầu bị từ chối',
    '<h1>Yêu cầu bị từ chối</h1><p>Biểu mẫu đăng nhập được gửi từ một trang web khác.</p>',
  );
}
