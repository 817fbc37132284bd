// The timeline as CSV for auditors' spreadsheets: RFC 4180, UTF-8 with a byte-order mark (Excel
// otherwise reads Vietnamese as Latin-1), both the local time and the UTC instant.
import type { Timeline, TimelineEntry } from './timelineEntry';
import { columnName, columnNames, kindName, type Lang } from './timelineLabels';

const bom = '\uFEFF';

function csvField(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula (CSV injection).
  const safe = typeof value === 'string' && /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const cells: Record<
  keyof typeof columnNames,
  (e: TimelineEntry, lang: Lang) => string | number | undefined
> = {
  localTime: (e) => e.localTime,
  at: (e) => e.at,
  kind: (e, lang) => kindName(e.kind, lang),
  summary: (e) => e.summary,
  actor: (e) => e.actor && (e.actor.name ?? e.actor.id),
  onBehalfOf: (e) => e.actor?.onBehalfOf && (e.actor.onBehalfOf.name ?? e.actor.onBehalfOf.id),
  to: (e) => e.to?.join('; '),
  comment: (e) => e.comment,
  ip: (e) => e.ip,
  userAgent: (e) => e.userAgent,
  auditSeq: (e) => e.source.audit?.seq,
  auditId: (e) => e.source.audit?.id,
  historyEventId: (e) => e.source.historyEventId,
};

const columns = Object.keys(cells) as (keyof typeof columnNames)[];

export function timelineCsv(t: Timeline): string {
  const lines = [
    columns.map((c) => csvField(columnName(c, t.lang))),
    ...t.entries.map((e) => columns.map((c) => csvField(cells[c](e, t.lang)))),
  ];
  return bom + lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}
