// The one date a delegation's people must act by next, counted in working days the way every
// deadline of the regulation is counted.
import type { WorkingCalendar } from '../../domain/calendar';
import { localDateOf } from '../../domain/calendar';
import type { Stage } from '../../domain/stage';
import { say, type Lang } from '../audit/timelineLabels';

export type DeadlineKind = 'decision' | 'departure' | 'report' | 'review';

const deadlineLabels: Record<DeadlineKind, [string, string]> = {
  decision: ['Hạn cho ý kiến', 'Decision due'],
  departure: ['Ngày khởi hành', 'Departure'],
  report: ['Hạn nộp báo cáo', 'Report due'],
  review: ['Hạn đánh giá', 'Review due'],
};

export const deadlineLabel = (kind: DeadlineKind, lang: Lang): string =>
  say(lang, ...deadlineLabels[kind]);

export interface DeadlineRow {
  stage: string;
  departureDate: Date;
  reportDueAt: Date | null;
  reviewDueAt: Date | null;
  /** The latest open action link of the stage: the approvers' deadline. */
  decisionDueAt: Date | null;
}

export interface NextDeadline {
  kind: DeadlineKind;
  /** YYYY-MM-DD in Vietnam. */
  date: string;
  /** Working days from today; negative when overdue. */
  workingDaysLeft: number;
  overdue: boolean;
}

function deadlineOf(row: DeadlineRow): { kind: DeadlineKind; date: string } | undefined {
  const day = (d: Date) => localDateOf(d.toISOString());
  switch (row.stage as Stage) {
    case 'committee_review':
    case 'standing_committee_review':
      return row.decisionDueAt ? { kind: 'decision', date: day(row.decisionDueAt) } : undefined;
    case 'awaiting_departure':
      return { kind: 'departure', date: row.departureDate.toISOString().slice(0, 10) };
    case 'on_trip':
    case 'report_due':
      return row.reportDueAt ? { kind: 'report', date: day(row.reportDueAt) } : undefined;
    case 'accountability_review':
      return row.reviewDueAt ? { kind: 'review', date: day(row.reviewDueAt) } : undefined;
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
