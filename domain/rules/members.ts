import type { Proposal } from '../proposal';
import type { RuleViolation } from '../ruleViolation';
import { foldVietnamese } from '../textFold';
import { violation } from './violation';

/** R-MEMBERS: exactly one delegation leader, and nobody listed twice (by e-mail or name). */
export function members(p: Proposal): RuleViolation[] {
  const out: RuleViolation[] = [];
  const leaders = p.members.filter((m) => m.isDelegationLeader).length;
  if (leaders !== 1) {
    out.push(
      violation(
        'R-MEMBERS',
        'members',
        `Exactly one member must be the delegation leader; ${leaders} are.`,
        `Đoàn phải có đúng một trưởng đoàn; hiện có ${leaders}.`,
      ),
    );
  }
  const seen = new Map<string, number>();
  p.members.forEach((m, i) => {
    for (const key of [`e:${m.email.toLowerCase()}`, `n:${foldVietnamese(m.name)}`]) {
      const first = seen.get(key);
      if (first !== undefined) {
        out.push(
          violation(
            'R-MEMBERS',
            `members.${i}`,
            `${m.name} is listed twice (also member ${first + 1}).`,
            `${m.name} bị trùng trong danh sách (trùng thành viên thứ ${first + 1}).`,
          ),
        );
        return;
      }
      seen.set(key, i);
    }
  });
  return out;
}
