import type { WorkingCalendar } from '../calendar';
import { localDateOf } from '../calendar';
import type { Policy } from '../policy';
import type { Proposal } from '../proposal';
import type { RuleViolation } from '../ruleViolation';
import { violation } from './violation';

/**
 * R-NOTICE: the proposal reaches the committee at least N working days before departure. The
 * working days counted are those after the submission day up to and including the departure
 * day, so submitting on S is in time exactly when departure ≥ addWorkingDays(S, N).
 */
export function noticePeriod(p: Proposal, policy: Policy, calendar: WorkingCalendar, submittedAt: string): RuleViolation[] {
  const submitted = localDateOf(submittedAt);
  const days = calendar.workingDaysBetween(submitted, p.departureDate);
  if (days >= policy.noticeWorkingDays) return [];
  return [
    violation(
      'R-NOTICE',
      'departureDate',
      `The proposal must reach the committee at least ${policy.noticeWorkingDays} working days before departure; ${days} working day(s) remain.`,
      `Đề xuất phải gửi cấp ủy trực tiếp ít nhất ${policy.noticeWorkingDays} ngày làm việc trước ngày khởi hành; hiện chỉ còn ${days} ngày làm việc.`,
    ),
  ];
}
