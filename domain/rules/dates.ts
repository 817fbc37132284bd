import { dayNumber } from '../calendar/localDate';
import type { Proposal } from '../proposal';
import type { RuleViolation } from '../ruleViolation';
import { violation } from './violation';

/** R-DATES: return not before departure, and the days on site fit between them. */
export function tripDates(p: Proposal): RuleViolation[] {
  const span = dayNumber(p.returnDate) - dayNumber(p.departureDate) + 1;
  if (span < 1) {
    return [violation('R-DATES', 'returnDate', 'The return date is before the departure date.', 'Ngày về trước ngày khởi hành.')];
  }
  const onSite = p.destinations.reduce((sum, d) => sum + d.daysOnSite, 0);
  if (onSite <= span) return [];
  return [
    violation(
      'R-DATES',
      'destinations',
      `${onSite} days on site do not fit in a trip of ${span} day(s).`,
      `Tổng ${onSite} ngày làm việc tại các địa điểm không vừa với chuyến đi ${span} ngày.`,
    ),
  ];
}
