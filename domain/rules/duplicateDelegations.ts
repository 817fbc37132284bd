import type { Policy } from '../policy';
import type { Proposal } from '../proposal';
import type { RuleViolation } from '../ruleViolation';
import { foldVietnamese } from '../textFold';
import { violation } from './violation';

/** An earlier delegation, as R-DUPLICATE compares it. */
export interface EarlierDelegation {
  id: string;
  title: string;
  unitId: string;
  departureDate: string;
  destinations: { province: string; topics: string[] }[];
}

const provinceKey = (p: string) => foldVietnamese(p).replace(/^(tinh|thanh pho|tp\.?)\s+/, '');

/** Words that say nothing about a topic. */
const stopWords = new Set(['va', 'cua', 'cac', 'trong', 'cho', 've', 'mo', 'hinh', 'linh', 'vuc', 'cong', 'tac']);
const topicWords = (t: string) =>
  new Set(foldVietnamese(t).split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !stopWords.has(w)));

/** Two topics overlap when they are equal or share two meaningful words (or one, for one-word topics). */
export function topicsOverlap(a: string, b: string): boolean {
  if (foldVietnamese(a) === foldVietnamese(b)) return true;
  const wa = topicWords(a);
  const wb = topicWords(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared >= Math.min(2, wa.size, wb.size) && shared > 0;
}

/** The date `months` calendar months before `date` (clamped to the month's last day). */
function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * R-DUPLICATE (a warning, not a refusal): earlier delegations of the province to the same
 * destination province with an overlapping topic, departing within the window before this one.
 */
export function duplicateDelegations(p: Proposal, earlier: EarlierDelegation[], policy: Policy): RuleViolation[] {
  const from = monthsBefore(p.departureDate, policy.duplicateWindowMonths);
  return earlier.flatMap((e) => {
    if (e.departureDate < from || e.departureDate > p.departureDate) return [];
    const match = p.destinations.find((d) =>
      e.destinations.some(
        (x) => provinceKey(x.province) === provinceKey(d.province) && d.topics.some((t) => x.topics.some((u) => topicsOverlap(t, u))),
      ),
    );
    if (!match) return [];
    return [
      violation(
        'R-DUPLICATE',
        'destinations',
        `Possible duplicate of "${e.title}" (${e.departureDate}, ${match.province}).`,
        `Có thể trùng với đoàn «${e.title}» (khởi hành ${e.departureDate.split('-').reverse().join('/')}, ${match.province}).`,
      ),
    ];
  });
}
