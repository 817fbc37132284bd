import type { Proposal } from '../../domain/proposal';
import { htmlEmail, type RenderedEmail } from './layout';
import { proposalSummaryLines } from './proposalSummary';

export const approverNotifications = [
  'trip_changed',
  'cancelled',
  'team_trimmed',
  'report_overdue',
] as const;
export type ApproverNotification = (typeof approverNotifications)[number];

const texts: Record<ApproverNotification, { vi: string; en: string }> = {
  trip_changed: {
    vi: 'Đơn vị đã thay đổi thành phần hoặc thời gian của đoàn.',
    en: 'The unit changed the members or dates of the delegation.',
  },
  cancelled: { vi: 'Đơn vị đã hủy đoàn.', en: 'The unit cancelled the delegation.' },
  team_trimmed: {
    vi: 'Đơn vị đã rút gọn danh sách theo ý kiến của Thường trực Tỉnh ủy.',
    en: 'The unit trimmed the list as the standing committee required.',
  },
  report_overdue: {
    vi: 'Đoàn đã quá hạn nộp báo cáo kết quả (R-REPORT).',
    en: 'The delegation report is overdue (R-REPORT).',
  },
};

/** A notice to those who decided on (or oversee) a delegation about what happened to it. */
export function approverNoticeEmail(
  n: ApproverNotification,
  p: Proposal,
  locale: string,
  note?: string,
  changes: string[] = [],
): RenderedEmail {
  const vi = locale !== 'en';
  const subject = `${p.title}: ${vi ? texts[n].vi : texts[n].en}`;
  const lines = [
    vi ? texts[n].vi : texts[n].en,
    ...(note ? [(vi ? 'Ghi chú: ' : 'Note: ') + note] : []),
    ...changes.map((c) => (vi ? 'Thay đổi: ' : 'Changed: ') + c),
    ...proposalSummaryLines(p, locale),
  ];
  return { subject, text: `${lines.join('\n')}\n`, html: htmlEmail(subject, lines) };
}
