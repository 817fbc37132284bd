import type { Response } from 'express';
import { sayIn, type Lang } from '../audit/timelineLabels';
import { delegationReaders, delegationRunners, policyReaders } from '../access/roleGroups';
import { escapeHtml as e, pageHtml } from '../pages/layout';
import { languageSwitchHtml } from './languageSwitch';
import type { WebCaller } from './webCaller';

/** Styles the web pages add to pageHtml's: a red that passes WCAG AA on white, visible focus. */
const webStyle = `<style>
.overdue{color:#b91c1c;font-weight:bold}.ok{color:#166534}nav{display:flex;gap:16px;flex-wrap:wrap;margin-bottom:8px}
a{color:#1d4ed8}:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
input[type=text],input[type=email],input[type=date],select{width:100%;box-sizing:border-box;font-size:16px;padding:8px}
.row{border:1px dashed #bbb;padding:8px;margin:8px 0}
.inline{display:inline}.inline button{width:auto;padding:6px 12px;background:#374151}
</style>`;

const holdsAny = (caller: WebCaller, group: readonly string[]) =>
  caller.roles.some((r) => group.includes(r));

/** Administration for administrators; the policies page (read-only) for the others who read it. */
function adminLinkHtml(caller: WebCaller): string {
  const t = sayIn(caller.lang);
  if (caller.roles.includes('administrator'))
    return `<a href="/admin">${t('Quản trị', 'Administration')}</a>`;
  return holdsAny(caller, policyReaders)
    ? `<a href="/admin/policies">${t('Chính sách', 'Policies')}</a>`
    : '';
}

/** Only the links the caller's roles open (an administrator alone has no dashboard). */
function workLinksHtml(caller: WebCaller): string {
  const t = sayIn(caller.lang);
  const dashboard = holdsAny(caller, delegationReaders)
    ? `<a href="/dashboard">${t('Trang chính', 'Dashboard')}</a>`
    : '';
  const propose = holdsAny(caller, delegationRunners)
    ? `<a href="/delegations/new">${t('Đề xuất đoàn mới', 'New proposal')}</a>`
    : '';
  return dashboard + propose;
}

/** The navigation every signed-in page starts with; sign-out is a form (a POST with the token). */
export function navHtml(caller: WebCaller): string {
  const t = sayIn(caller.lang);
  return `<nav aria-label="${t('Chính', 'Main')}">${workLinksHtml(caller)}${adminLinkHtml(caller)}
${languageSwitchHtml(caller.lang, caller.path)}
<span>${e(caller.name)}</span><form class="inline" method="post" action="/auth/sign-out"><input type="hidden" name="_csrf" value="${e(caller.csrf)}"><button type="submit">${t('Đăng xuất', 'Sign out')}</button></form></nav>`;
}

/** A page of the web app: never cached (it shows a person's work), never leaks its URL. */
export function sendPage(
  res: Response,
  status: number,
  title: string,
  body: string,
  lang: Lang = 'vi',
): void {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .set('Referrer-Policy', 'no-referrer')
    .type('html')
    .send(pageHtml(title, webStyle + body, lang));
}
