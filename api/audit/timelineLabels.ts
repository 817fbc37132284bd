// The words of the audit timeline in Vietnamese (the default) and English (?lang=en).
import { decisionNamesVi, type DecisionKind } from '../../domain/decision';
import { ratingNamesVi, type Rating } from '../../domain/review';
import { stageNamesVi, type Stage } from '../../domain/stage';
import type { TimelineKind } from './timelineEntry';

export type Lang = 'vi' | 'en';

export const langOf = (q: unknown): Lang => (q === 'en' ? 'en' : 'vi');

export const say = (lang: Lang, vi: string, en: string): string => (lang === 'en' ? en : vi);

/** `say` in one language: a page's `t(vi, en)`. */
export const sayIn =
  (lang: Lang) =>
  (vi: string, en: string): string =>
    say(lang, vi, en);

const stageNamesEn: Record<Stage, string> = {
  committee_review: 'Direct party committee review',
  amendment_requested: 'Returned for changes',
  standing_committee_review: 'Standing committee review',
  awaiting_departure: 'Approved, awaiting departure',
  on_trip: 'On the trip',
  report_due: 'Report due',
  accountability_review: 'Accountability review',
  closed: 'Closed',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
  lapsed: 'Lapsed (not decided in time)',
};

const decisionNamesEn: Record<DecisionKind, string> = {
  approve: 'Approve',
  reject: 'Reject',
  return: 'Return for changes',
  approve_reduced: 'Approve with a smaller team',
};

const ratingNamesEn: Record<Rating, string> = {
  excellent: 'Excellent',
  good: 'Good',
  fulfilled: 'Fulfilled',
  not_fulfilled: 'Not fulfilled',
};

/** Every notification the system sends, by the code the email log and audit rows carry. */
const notificationNames: Record<string, [vi: string, en: string]> = {
  action_request: ['Đề nghị cho ý kiến (đường dẫn)', 'Request to decide (action link)'],
  reminder: ['Nhắc lại đề nghị cho ý kiến', 'Reminder to decide'],
  escalation: ['Chuyển lên cấp trên quyết định', 'Escalated for decision'],
  approved: ['Đề xuất được chấp thuận', 'Proposal approved'],
  rejected: ['Đề xuất không được chấp thuận', 'Proposal rejected'],
  returned: ['Đề xuất được trả lại để chỉnh sửa', 'Proposal returned for changes'],
  report_due: ['Nhắc hạn nộp báo cáo', 'Report due soon'],
  report_overdue: ['Quá hạn nộp báo cáo', 'Report overdue'],
  lapsed: ['Đề xuất hết hiệu lực', 'Proposal lapsed'],
  trip_changed: ['Đoàn thay đổi thành phần hoặc thời gian', 'Members or dates changed'],
  cancelled: ['Đoàn bị hủy', 'Delegation cancelled'],
  team_trimmed: ['Đoàn đã rút gọn danh sách', 'Team trimmed'],
};

const kindNames: Record<TimelineKind, [vi: string, en: string]> = {
  submitted: ['Nộp đề xuất', 'Submitted'],
  policy: ['Chính sách áp dụng', 'Policy applied'],
  stage: ['Chuyển bước', 'Stage change'],
  decision: ['Quyết định', 'Decision'],
  email: ['Gửi thư', 'Email sent'],
  reminder: ['Nhắc lại', 'Reminder'],
  escalation: ['Chuyển cấp', 'Escalation'],
  deadline: ['Tính hạn', 'Deadline computed'],
  proposal_version: ['Phiên bản đề xuất', 'Proposal version'],
  return_date: ['Ngày về thực tế', 'Actual return date'],
  cancellation: ['Hủy đoàn', 'Cancellation'],
  report: ['Báo cáo kết quả', 'Report'],
  review: ['Đánh giá kết quả', 'Review'],
  update_refused: ['Yêu cầu bị từ chối', 'Request refused'],
  workflow_closed: ['Kết thúc quy trình', 'Workflow closed'],
  other: ['Khác', 'Other'],
};

const pick = (lang: Lang, [vi, en]: [string, string]) => say(lang, vi, en);

export const stageName = (stage: string, lang: Lang): string =>
  (lang === 'en' ? stageNamesEn : stageNamesVi)[stage as Stage] ?? stage;

export const decisionName = (decision: string, lang: Lang): string =>
  (lang === 'en' ? decisionNamesEn : decisionNamesVi)[decision as DecisionKind] ?? decision;

export const ratingName = (rating: string, lang: Lang): string =>
  (lang === 'en' ? ratingNamesEn : ratingNamesVi)[rating as Rating] ?? rating;

export const notificationName = (code: string, lang: Lang): string => {
  const names = notificationNames[code];
  return names ? pick(lang, names) : code;
};

export const kindName = (kind: TimelineKind, lang: Lang): string => pick(lang, kindNames[kind]);

/** Column headers of the CSV and the HTML table. */
export const columnNames = {
  localTime: ['Thời gian (giờ Việt Nam)', 'Time (Asia/Ho_Chi_Minh)'],
  at: ['Thời điểm UTC', 'UTC instant'],
  kind: ['Loại', 'Kind'],
  summary: ['Nội dung', 'What happened'],
  actor: ['Người thực hiện', 'By'],
  onBehalfOf: ['Thay cho', 'On behalf of'],
  to: ['Người nhận', 'To'],
  comment: ['Ý kiến', 'Comment'],
  ip: ['Địa chỉ IP', 'IP address'],
  userAgent: ['Trình duyệt', 'User agent'],
  auditSeq: ['Số thứ tự bản ghi kiểm toán', 'Audit record seq'],
  auditId: ['Mã bản ghi kiểm toán', 'Audit record id'],
  historyEventId: ['Sự kiện Temporal', 'Temporal event id'],
} satisfies Record<string, [string, string]>;

export const columnName = (c: keyof typeof columnNames, lang: Lang): string =>
  pick(lang, columnNames[c]);
