/**
 * Where a delegation is in its life (regulation.md, "The life of one delegation").
 * Terminal stages end the workflow.
 */
export const stages = [
  'committee_review',
  'amendment_requested',
  'standing_committee_review',
  'awaiting_departure',
  'on_trip',
  'report_due',
  'accountability_review',
  'closed',
  'rejected',
  'cancelled',
  'lapsed',
] as const;
export type Stage = (typeof stages)[number];

export const terminalStages: readonly Stage[] = ['closed', 'rejected', 'cancelled', 'lapsed'];

/** Stages whose delegation does not count toward R-ANNUAL-QUOTA. */
export const stagesFreeingQuota: readonly Stage[] = ['rejected', 'cancelled', 'lapsed'];

/** Stages in which someone decides through an action link. */
export const decisionStages = ['committee_review', 'standing_committee_review'] as const;
export type DecisionStage = (typeof decisionStages)[number];

export const stageNamesVi: Record<Stage, string> = {
  committee_review: 'Cấp ủy trực tiếp xem xét',
  amendment_requested: 'Chờ đơn vị chỉnh sửa',
  standing_committee_review: 'Thường trực Tỉnh ủy xem xét',
  awaiting_departure: 'Chờ khởi hành',
  on_trip: 'Đang đi học tập',
  report_due: 'Chờ báo cáo kết quả',
  accountability_review: 'Đánh giá trách nhiệm giải trình',
  closed: 'Đã kết thúc',
  rejected: 'Không được chấp thuận',
  cancelled: 'Đã hủy',
  lapsed: 'Hết hiệu lực (quá hạn xem xét)',
};
