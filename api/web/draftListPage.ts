// The unit's drafts: a short list above the empty form, and the whole list at /delegations/drafts,
// each to reopen or delete (a form post: pages work without JavaScript).
import { sayIn, type Lang } from '../audit/timelineLabels';
import { formatDateVi, vietnamClockOf } from '../../domain/vnFormat';
import { escapeHtml as e } from '../pages/layout';
import type { DraftSummary } from './draftStore';

/** hh:mm dd/mm/yyyy in Vietnam. */
export const whenVi = (instant: string): string =>
  `${vietnamClockOf(instant)} ${formatDateVi(instant)}`;

function draftTableHtml(lang: Lang, drafts: DraftSummary[], csrf: string): string {
  const t = sayIn(lang);
  const rows = drafts
    .map((d) => {
      const name = d.title || t('(chưa đặt tên)', '(untitled)');
      return `<tr data-draft="${e(d.id)}"><td><a href="/delegations/drafts/${e(d.id)}">${e(name)}</a></td><td>${e(d.unitName)}</td><td>${e(d.authorName)}</td><td>${whenVi(d.updatedAt)}</td>
<td><form class="inline" method="post" action="/delegations/drafts/${e(d.id)}/delete"><input type="hidden" name="_csrf" value="${e(csrf)}"><button type="submit" aria-label="${e(`${t('Xóa bản nháp', 'Delete the draft')} ${name}`)}">${t('Xóa', 'Delete')}</button></form></td></tr>`;
    })
    .join('');
  return `<table id="drafts"><thead><tr><th scope="col">${t('Tên đoàn', 'Title')}</th><th scope="col">${t('Đơn vị', 'Unit')}</th><th scope="col">${t('Người lưu', 'Saved by')}</th><th scope="col">${t('Lưu lúc', 'Saved at')}</th><th scope="col"><span class="visually-hidden">${t('Xóa', 'Delete')}</span></th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The page of all drafts. */
export function draftListPageHtml(lang: Lang, drafts: DraftSummary[], csrf: string): string {
  const t = sayIn(lang);
  const body =
    drafts.length === 0
      ? `<p>${t('Đơn vị chưa có bản nháp nào.', 'Your unit has no drafts.')}</p>`
      : draftTableHtml(lang, drafts, csrf);
  return `<style>.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}</style>
<h1>${t('Bản nháp đề xuất của đơn vị', 'Your unit’s draft proposals')}</h1>${body}
<p><a href="/delegations/new">${t('Lập đề xuất mới', 'Start a new proposal')}</a></p>`;
}

/** Above the empty form: the newest drafts, and the way to all of them. */
export function recentDraftsHtml(lang: Lang, drafts: DraftSummary[], total: number): string {
  if (drafts.length === 0) return '';
  const t = sayIn(lang);
  const items = drafts
    .map(
      (d) =>
        `<li><a href="/delegations/drafts/${e(d.id)}">${e(d.title || t('(chưa đặt tên)', '(untitled)'))}</a> — ${e(d.authorName)}, ${whenVi(d.updatedAt)}</li>`,
    )
    .join('');
  return `<aside class="notice" aria-labelledby="recent-drafts"><h2 id="recent-drafts">${t('Bản nháp của đơn vị', 'Your unit’s drafts')}</h2><ul>${items}</ul>
<p><a href="/delegations/drafts">${t(`Tất cả bản nháp (${total})`, `All drafts (${total})`)}</a></p></aside>`;
}
