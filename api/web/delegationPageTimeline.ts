// The delegation's audit timeline on its page, for those who may read it (auditors): the entries
// the audit page shows, in the same words, with a link to that page for the sources of each.
import type { Timeline } from '../audit/timelineEntry';
import { columnName, kindName, say, type Lang } from '../audit/timelineLabels';
import { auditPagePath } from '../pages/auditTimelinePage';
import { escapeHtml as e } from '../pages/layout';

export function timelineHtml(t: Timeline, lang: Lang): string {
  const rows = t.entries
    .map((x) => {
      const actor = x.actor ? e(x.actor.name ?? x.actor.id) : '';
      const comment = x.comment
        ? `<br><small>${e(columnName('comment', lang))}: ${e(x.comment)}</small>`
        : '';
      return `<tr><td>${e(x.localTime)}</td><td>${e(kindName(x.kind, lang))}</td><td>${e(x.summary)}${comment}</td><td>${actor}</td></tr>`;
    })
    .join('');
  const full = `${auditPagePath(t.delegationId)}${lang === 'en' ? '?lang=en' : ''}`;
  const noHistory = t.historyAvailable
    ? ''
    : `<p class="warn">${say(lang, 'Temporal không còn lưu lịch sử của quy trình này; chỉ có các bản ghi kiểm toán.', 'Temporal no longer holds this workflow history; only the audit records are shown.')}</p>`;
  const head = (['localTime', 'kind', 'summary', 'actor'] as const)
    .map((c) => `<th scope="col">${e(columnName(c, lang))}</th>`)
    .join('');
  return `<h2 id="timeline">${say(lang, 'Dòng thời gian', 'Timeline')}</h2>
<p><a href="${e(full)}">${say(lang, 'Nhật ký kiểm toán đầy đủ (nguồn, địa chỉ IP, giờ UTC)', 'Full audit timeline (sources, IP addresses, UTC)')}</a></p>${noHistory}
<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}
