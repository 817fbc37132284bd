// The one date a delegation's people must act by next, counted in working days the way every
// deadline of the regulation is counted.
import type { WorkingCalendar } from '../../domain/calendar';
import { localDateOf } from '../../domain/calendar';
import type { Stage } from '../../domain/stage';

export interface DeadlineRow {
  stage: string;
  departureDate: Date;
  reportDueAt: Date | null;
  reviewDueAt: Date | null;
  /** The latest open action link of the stage: the approvers' deadline. */
  decisionDueAt: Date | null;
}

export interface NextDeadline {
  label: string;
  /** YYYY-MM-DD in Vietnam. */
  date: string;
  /** Working days from today; negative when overdue. */
  workingDaysLeft: number;
  overdue: boolean;
}

function deadlineOf(row: DeadlineRow): { label: string; date: string } | undefined {
  const day = (d: Date) => localDateOf(d.toISOString());
  switch (row.stage as Stage) {
    case 'committee_review':
    case 'standing_committee_review':
      return row.decisionDueAt
        ? { label: 'Hạn cho ý kiến', date: day(row.decisionDueAt) }
        : undefined;
    case 'awaiting_departure':
      return { label: 'Ngày khởi hành', date: row.departureDate.toISOString().slice(0, 10) };
    case 'on_trip':
    case 'report_due':
      return row.reportDueAt ? { label: 'Hạn nộp báo cáo', date: day(row.reportDueAt) } : undefined;
    case 'accountability_review':
      return row.reviewDueAt ? { label: 'Hạn đánh giá', date: day(row.reviewDueAt) } : undefined;
    default:
      return undefined;
  }
}

export function nextDeadline(
  row: DeadlineRow,
  calendar: WorkingCalendar,
  now: Date,
): NextDeadline | undefined {
  const d = deadlineOf(row);
  if (!d) return undefined;
  const today = localDateOf(now.toISOString());
  const overdue = d.date < today;
  const workingDaysLeft = overdue
    ? -calendar.workingDaysBetween(d.date, today)
    : calendar.workingDaysBetween(today, d.date);
  return { ...d, workingDaysLeft, overdue };
}
