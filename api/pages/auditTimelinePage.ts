// The auditor's page of one delegation: every entry of its timeline, local time first with the UTC
// instant under it, and where each entry was read (audit record, Temporal event).
import type { Timeline, TimelineEntry } from '../audit/timelineEntry';
import { columnName, kindName, say, type Lang } from '../audit/timelineLabels';
import { escapeHtml as e, pageHtml } from './layout';

export const auditPagePath = (delegationId: string): string =>
  `/audit/delegations/${encodeURIComponent(delegationId)}`;

function detailsHtml(x: TimelineEntry, lang: Lang): string {
  const lines: string[] = [];
  if (x.actor) {
    const behalf = x.actor.onBehalfOf
      ? ` (${columnName('onBehalfOf', lang).toLowerCase()} ${e(x.actor.onBehalfOf.name ?? x.actor.onBehalfOf.id)})`
      : '';
    lines.push(`${e(columnName('actor', lang))}: ${e(x.actor.name ?? x.actor.id)}${behalf}`);
  }
  if (x.comment) lines.push(`${e(columnName('comment', lang))}: ${e(x.comment)}`);
  if (x.to?.length) lines.push(`${e(columnName('to', lang))}: ${e(x.to.join(', '))}`);
  if (x.ip) lines.push(`${e(columnName('ip', lang))}: ${e(x.ip)}`);
  if (x.userAgent) lines.push(`${e(columnName('userAgent', lang))}: ${e(x.userAgent)}`);
  return lines.map((l) => `<br><small>${l}</small>`).join('');
}

function sourceHtml(x: TimelineEntry, lang: Lang): string {
  const parts = [
    x.source.audit &&
      `${say(lang, 'bản ghi', 'record')} #${x.source.audit.seq} <small>(id ${e(x.source.audit.id)})</small>`,
    x.source.historyEventId !== undefined &&
      `${say(lang, 'sự kiện', 'event')} ${x.source.historyEventId}`,
  ].filter(Boolean);
  return parts.join('<br>');
}

export function auditTimelinePageHtml(t: Timeline, title: string): string {
  const lang = t.lang;
  const heading = `${say(lang, 'Nhật ký kiểm toán', 'Audit timeline')}: ${title}`;
  const base = `/api/delegations/${encodeURIComponent(t.delegationId)}`;
  const other =
    lang === 'en'
      ? `<a href="${auditPagePath(t.delegationId)}">Tiếng Việt</a>`
      : `<a href="${auditPagePath(t.delegationId)}?lang=en">English</a>`;
  const rows = t.entries
    .map(
      (x) =>
        `<tr><td>${e(x.localTime)}<br><small>${e(x.at)}</small></td><td>${e(kindName(x.kind, lang))}</td><td>${e(x.summary)}${detailsHtml(x, lang)}</td><td>${sourceHtml(x, lang)}</td></tr>`,
    )
    .join('\n');
  const noHistory = t.historyAvailable
    ? ''
    : `<p class="warn">${e(say(lang, 'Temporal không còn lưu lịch sử của quy trình này; nhật ký chỉ gồm các bản ghi kiểm toán.', 'Temporal no longer holds this workflow history; the timeline shows the audit records only.'))}</p>`;
  return pageHtml(
    heading,
    `<style>body{max-width:1100px}td small{color:#555}</style>
<h1>${e(heading)}</h1>
<p>${other} · <a href="${base}/timeline.csv${lang === 'en' ? '?lang=en' : ''}">CSV</a> · <a href="${base}/timeline${lang === 'en' ? '?lang=en' : ''}">JSON</a> · <a href="${base}/history">${e(say(lang, 'Lịch sử Temporal (JSON)', 'Temporal history (JSON)'))}</a></p>
<p class="notice">${e(say(lang, `Mã đoàn ${t.delegationId}, quy trình ${t.workflowId}. Giờ Việt Nam (Asia/Ho_Chi_Minh); dòng nhỏ là thời điểm UTC.`, `Delegation ${t.delegationId}, workflow ${t.workflowId}. Times in Asia/Ho_Chi_Minh; the small line is the UTC instant.`))}</p>
${noHistory}
<table><thead><tr><th>${e(columnName('localTime', lang))}</th><th>${e(columnName('kind', lang))}</th><th>${e(columnName('summary', lang))}</th><th>${e(say(lang, 'Nguồn', 'Source'))}</th></tr></thead>
<tbody>
${rows}
</tbody></table>`,
    lang,
  );
}
