// R-DUPLICATE is a warning, not a refusal: the reviewers see the earlier delegations that went
// (or are planned to go) to the same province on an overlapping topic.
import { addMonths } from '../calendar/localDate';
import type { PolicyValues } from '../policy';
import type { CheckableProposal } from '../checkableProposal';
import type { Proposal } from '../proposal';
import type { RuleViolation } from '../ruleViolation';
import { stagesFreeingQuota, type Stage } from '../stage';
import { formatDateVi } from '../vnFormat';
import { provinceKey, topicsOverlap } from './placeAndTopic';

/** A delegation proposed before this one, as R-DUPLICATE compares it. */
export interface EarlierDelegation {
  id: string;
  title: string;
  unitId: string;
  departureDate: string;
  destinations: { province: string; topics: string[] }[];
  /** When known: a rejected, cancelled or lapsed delegation never went and is not compared. */
  stage?: Stage;
}

export interface DuplicateWarning extends RuleViolation {
  rule: 'R-DUPLICATE';
  earlierDelegationId: string;
}

/**
 * At most this many earlier delegations are named, the nearest in departure date; the others are
 * counted in one more warning. A popular place and topic would otherwise make every new proposal
 * carry (and store, and mail) a warning per earlier trip: the 40th similar one stored 33 KB.
 */
export const duplicatesNamed = 5;

const daysApart = (a: string, b: string): number =>
  Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/**
 * Earlier delegations departing no more than `duplicateWindowMonths` calendar months before this
 * departure (or after it: a trip already planned by another unit is as much a duplicate), with a
 * destination in the same province and an overlapping topic. One warning per earlier delegation
 * and destination of this proposal, for the `duplicatesNamed` nearest earlier delegations, and
 * one that counts the rest; `today` (a local date) says whether the earlier trip went.
 */
export function findDuplicateDelegations(
  p: CheckableProposal,
  earlier: EarlierDelegation[],
  policy: PolicyValues,
  today: string,
): DuplicateWarning[] {
  const windowStart = addMonths(p.departureDate, -policy.duplicateWindowMonths);
  const candidates = earlier.filter(
    (e) =>
      e.departureDate >= windowStart &&
      !(e.stage !== undefined && stagesFreeingQuota.includes(e.stage)),
  );
  const found = candidates
    .map((e) => ({ e, warnings: warningsAbout(p, e, today) }))
    .filter((f) => f.warnings.length > 0)
    .sort(
      (a, b) =>
        daysApart(a.e.departureDate, p.departureDate) -
          daysApart(b.e.departureDate, p.departureDate) || a.e.id.localeCompare(b.e.id),
    );
  const named = found.slice(0, duplicatesNamed).flatMap((f) => f.warnings);
  const rest = found.slice(duplicatesNamed);
  const nearestUnnamed = rest[0];
  if (!nearestUnnamed) return named;
  const { e } = nearestUnnamed;
  const first = nearestUnnamed.warnings[0];
  return [
    ...named,
    {
      rule: 'R-DUPLICATE' as const,
      field: first?.field ?? 'destinations',
      earlierDelegationId: e.id,
      message: `Possible duplicates: ${rest.length} more earlier delegations went or are planned to go to the same places on overlapping topics; the nearest of them is "${e.title}" (${e.id}) of unit ${e.unitId}, departing ${e.departureDate}.`,
      messageVi: `Có thể trùng lặp: còn ${rest.length} đoàn khác đã đi hoặc dự kiến đi cùng nơi với chủ đề trùng lặp; gần nhất trong số đó là đoàn «${e.title}» (mã ${e.id}) của đơn vị ${e.unitId}, khởi hành ngày ${formatDateVi(e.departureDate)}.`,
    },
  ];
}

/** One warning per destination of this proposal that the earlier delegation overlaps. */
function warningsAbout(
  p: CheckableProposal,
  e: EarlierDelegation,
  today: string,
): DuplicateWarning[] {
  return p.destinations.flatMap((d, i) => {
    const match = topicMatch(d, e);
    if (!match) return [];
    const went = e.departureDate <= today;
    return [
      {
        rule: 'R-DUPLICATE' as const,
        field: `destinations.${i}.topics.${match.topicIndex}`,
        earlierDelegationId: e.id,
        message: `Possible duplicate: the delegation "${e.title}" (${e.id}) of unit ${e.unitId} ${went ? 'went' : 'is planned to go'} to ${match.province} on ${e.departureDate}; its topic "${match.earlierTopic}" overlaps "${match.topic}".`,
        messageVi: `Có thể trùng lặp: đoàn «${e.title}» (mã ${e.id}) của đơn vị ${e.unitId} ${went ? 'đã đi' : 'dự kiến đi'} ${match.province} ngày ${formatDateVi(e.departureDate)}, với chủ đề «${match.earlierTopic}» trùng với «${match.topic}».`,
      },
    ];
  });
}

function topicMatch(d: Proposal['destinations'][number], e: EarlierDelegation) {
  for (const x of e.destinations) {
    if (provinceKey(x.province) !== provinceKey(d.province)) continue;
    for (const [topicIndex, topic] of d.topics.entries()) {
      const earlierTopic = x.topics.find((u) => topicsOverlap(topic, u));
      if (earlierTopic !== undefined) {
        return { topicIndex, topic, earlierTopic, province: x.province };
      }
    }
  }
  return undefined;
}
