import type { Proposal } from '../../domain/proposal';
import { htmlEmail, type RenderedEmail } from './layout';

export const unitNotifications = [
  'approved',
  'rejected',
  'returned',
  'report_due',
  'report_overdue',
  'lapsed',
] as const;
export type UnitNotification = (typeof unitNotifications)[number];

const texts: Record<UnitNotification, { vi: string; en: string }> = {
  approved: { vi: 'Đề xuất đã được chấp thuận.', en: 'The proposal was approved.' },
  rejected: { vi: 'Đề xuất không được chấp thuận.', en: 'The proposal was rejected.' },
  returned: {
    vi: 'Đề xuất được trả lại để chỉnh sửa.',
    en: 'The proposal was returned for changes.',
  },
  report_due: {
    vi: 'Đoàn cần nộp báo cáo kết quả đúng hạn.',
    en: 'The delegation report is due soon.',
  },
  report_overdue: {
    vi: 'Đã quá hạn nộp báo cáo kết quả (R-REPORT).',
    en: 'The delegation report is overdue (R-REPORT).',
  },
  lapsed: {
    vi: 'Đề xuất hết hiệu lực vì không còn đủ thời gian theo quy định.',
    en: 'The proposal lapsed: not enough time is left under the rules.',
  },
};

/** A notice to the proposing unit about its delegation. */
export function unitNoticeEmail(
  n: UnitNotification,
  p: Proposal,
  locale: string,
  note?: string,
  url?: string,
): RenderedEmail {
  const vi = locale !== 'en';
  const subject = `${p.title}: ${vi ? texts[n].vi : texts[n].en}`;
  const lines = [
    vi ? texts[n].vi : texts[n].en,
    ...(note ? [(vi ? 'Ghi chú: ' : 'Note: ') + note] : []),
  ];
  return {
    subject,
    text: `${lines.join('\n')}${url ? `\n\n${url}` : ''}\n`,
    html: htmlEmail(
      subject,
      lines,
      url ? { label: vi ? 'Xem đoàn' : 'Open the delegation', url } : undefined,
    ),
  };
}
