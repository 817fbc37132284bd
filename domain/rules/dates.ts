// R-DATES: the return is not before the departure, and the days on site fit in the trip.
import { dayNumber } from '../calendar/localDate';
import type { CheckableProposal } from '../checkableProposal';
import type { RuleViolation } from '../ruleViolation';
import { formatDateVi } from '../vnFormat';
import { violation } from './violation';

export function checkDates(p: CheckableProposal): RuleViolation[] {
  const span = dayNumber(p.returnDate) - dayNumber(p.departureDate) + 1;
  if (span < 1) {
    return [
      violation(
        'R-DATES',
        'returnDate',
        `The return date ${p.returnDate} is before the departure date ${p.departureDate}.`,
        `Ngày về ${formatDateVi(p.returnDate)} trước ngày khởi hành ${formatDateVi(p.departureDate)}.`,
      ),
    ];
  }
  // Days on site must fit between departure and return, both days included (a trip may work on
  // its travel days when the host is near).
  const onSite = p.destinations.reduce((sum, d) => sum + d.daysOnSite, 0);
  if (onSite <= span) return [];
  return [
    violation(
      'R-DATES',
      'destinations',
      `${onSite} days on site do not fit in a trip of ${span} day(s) from ${p.departureDate} to ${p.returnDate}.`,
      `Tổng ${onSite} ngày làm việc tại các địa phương vượt quá ${span} ngày của chuyến đi (từ ${formatDateVi(p.departureDate)} đến ${formatDateVi(p.returnDate)}).`,
    ),
  ];
}
