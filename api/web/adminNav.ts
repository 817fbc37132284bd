// The administration sections and the navigation between them.
import { say, type Lang } from '../audit/timelineLabels';
import { escapeHtml as e } from '../pages/layout';

export const adminSections = [
  ['/admin/people', 'Người dùng', 'People'],
  ['/admin/units', 'Đơn vị', 'Units'],
  ['/admin/roles', 'Vai trò', 'Roles'],
  ['/admin/substitutes', 'Người thay thế', 'Substitutes'],
  ['/admin/policies', 'Chính sách', 'Policies'],
  ['/admin/calendar', 'Lịch làm việc', 'Working calendar'],
] as const;

/** The administration sections, the current one marked for screen readers. */
export function adminNavHtml(lang: Lang, current: string): string {
  const link = (href: string, text: string) =>
    `<a href="${href}"${href === current ? ' aria-current="page"' : ''}>${e(text)}</a>`;
  return `<nav aria-label="${say(lang, 'Quản trị', 'Administration')}">${link('/admin', say(lang, 'Quản trị', 'Administration'))}${adminSections
    .map(([href, vi, en]) => link(href, say(lang, vi, en)))
    .join('')}</nav>`;
}
