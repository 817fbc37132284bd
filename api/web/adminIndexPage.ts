// The administration index: one link per section, with what it is for.
import { say, type Lang } from '../audit/timelineLabels';
import { escapeHtml as e } from '../pages/layout';
import { adminSections } from './adminNav';

const purposes: Record<(typeof adminSections)[number][0], [vi: string, en: string]> = {
  '/admin/people': ['Ai đăng nhập được (bằng thư điện tử)', 'Who can sign in (by e-mail)'],
  '/admin/units': [
    'Các sở, ban, ngành, địa phương; sáp nhập, giải thể',
    'Departments and districts; mergers',
  ],
  '/admin/roles': ['Ai giữ vai trò gì, ở đơn vị hay cơ quan nào', 'Who holds which role, where'],
  '/admin/substitutes': [
    'Người quyết định thay khi người phê duyệt vắng mặt',
    'Who decides while an approver is away',
  ],
  '/admin/policies': [
    'Các con số của quy định mà tỉnh áp dụng, theo phiên bản',
    'The numbers of the regulation the province applies, by version',
  ],
  '/admin/calendar': [
    'Ngày nghỉ, ngày làm bù Chính phủ công bố thêm',
    'Days off and make-up working days announced later',
  ],
};

export function adminIndexHtml(lang: Lang): string {
  const items = adminSections
    .map(
      ([href, vi, en]) =>
        `<li><a href="${href}">${e(say(lang, vi, en))}</a>: ${e(say(lang, ...purposes[href]))}</li>`,
    )
    .join('');
  return `<ul>${items}</ul>`;
}
