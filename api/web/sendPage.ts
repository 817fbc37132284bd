import type { Response } from 'express';
import { escapeHtml as e, pageHtml } from '../pages/layout';

/** Styles the web pages add to pageHtml's: a red that passes WCAG AA on white, visible focus. */
const webStyle = `<style>
.overdue{color:#b91c1c;font-weight:bold}.ok{color:#166534}nav{display:flex;gap:16px;flex-wrap:wrap;margin-bottom:8px}
a{color:#1d4ed8}:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
input[type=text],input[type=email],input[type=date],select{width:100%;box-sizing:border-box;font-size:16px;padding:8px}
.err{color:#b91c1c;margin:4px 0}.row{border:1px dashed #bbb;padding:8px;margin:8px 0}
.inline{display:inline}.inline button{width:auto;padding:6px 12px;background:#374151}
</style>`;

/** The navigation every signed-in page starts with; sign-out is a form (a POST with the token). */
export function navHtml(name: string, csrfToken: string): string {
  return `<nav aria-label="Chính"><a href="/dashboard">Trang chính</a><a href="/delegations/new">Đề xuất đoàn mới</a>
<span>${e(name)}</span><form class="inline" method="post" action="/auth/sign-out"><input type="hidden" name="_csrf" value="${e(csrfToken)}"><button type="submit">Đăng xuất</button></form></nav>`;
}

/** A page of the web app: never cached (it shows a person's work), never leaks its URL. */
export function sendPage(res: Response, status: number, title: string, body: string): void {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .set('Referrer-Policy', 'no-referrer')
    .type('html')
    .send(pageHtml(title, webStyle + body));
}
