// R-NOTICE: the written proposal reaches the direct party committee at least N working days
// before the planned departure.
import type { WorkingCalendar } from '../calendar';
import { localDateOf } from '../calendar/vnTime';
import type { PolicyValues } from '../policy';
import type { CheckableProposal } from '../checkableProposal';
import type { RuleViolation } from '../ruleViolation';
import { formatDateVi } from '../vnFormat';
import { violation } from './violation';

/**
 * The working days counted are those after the local day of submission, up to and including
 * the departure day: workingDaysBetween(submitted, departure). The submission day does not count
 * (the committee receives it at some hour of that day), so submitting on day S is in time
 * exactly when the departure is on or after addWorkingDays(S, N) — the same count the workflow
 * uses for the last day a resubmission still meets the rule.
 */
export function checkNoticePeriod(
  p: CheckableProposal,
  policy: PolicyValues,
  calendar: WorkingCalendar,
  submittedAt: string,
): RuleViolation[] {
  const submitted = localDateOf(submittedAt);
  const required = policy.noticeWorkingDays;
  const days = calendar.workingDaysBetween(submitted, p.departureDate);
  if (days >= required) return [];
  const earliest = calendar.addWorkingDays(submitted, required);
  return [
    violation(
      'R-NOTICE',
      'departureDate',
      `Submitted on ${submitted}, ${days} working day(s) before the departure on ${p.departureDate}; at least ${required} are required, so the earliest departure is ${earliest}.`,
      `Đề xuất gửi ngày ${formatDateVi(submitted)}, chỉ trước ngày khởi hành ${formatDateVi(p.departureDate)} ${days} ngày làm việc; cần ít nhất ${required} ngày làm việc, nên ngày khởi hành sớm nhất là ${formatDateVi(earliest)}.`,
    ),
  ];
}
