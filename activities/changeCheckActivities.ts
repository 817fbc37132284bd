import { checkProposal, validateProposalInput } from '../domain/checkProposal';
import type { Proposal } from '../domain/proposal';
import type { RuleViolation } from '../domain/ruleViolation';
import type { Db } from '../prisma/client';
import { loadCalendar } from './calendarActivities';
import { storedDelegation } from './delegationRecord';
import { policyById } from './policyStore';
import { proposalCheckContext } from './proposalCheckContext';

/** Rules whose breach by a change of an approved trip calls for a new review, not a refusal. */
const reviewableRules = new Set(['R-NOTICE', 'R-ANNUAL-QUOTA']);

export function changeCheckActivities(db: Db) {
  return {
    /**
     * Runs every rule again on a new version of a proposal, by the policy the delegation was
     * submitted under. An amendment must pass them all; a change before departure is refused
     * only for content errors, and sent back to review when it breaks the notice period or the
     * quota, enlarges the approved team, or moves the trip into another year.
     */
    async checkProposalChange(i: {
      delegationId: string;
      kind: 'amendment' | 'change';
      proposal: Proposal;
      previous: Proposal;
      approvedTeamSize?: number;
    }): Promise<{ violations: RuleViolation[]; reviewReasons: string[] }> {
      // As at submission: schema errors and rule violations are reported together when the
      // fields the rules read are themselves valid.
      const parsed = validateProposalInput(i.proposal);
      const proposal = parsed.ok ? parsed.proposal : parsed.checkable;
      const invalid = parsed.ok ? [] : parsed.violations;
      if (!proposal) return { violations: invalid, reviewReasons: [] };
      const { row } = await storedDelegation(db, i.delegationId);
      const policy = await policyById(db, row.policyVersionId ?? 'default', row.unit.provinceId);
      const now = new Date();
      const year = Number(proposal.departureDate.slice(0, 4));
      const context = await proposalCheckContext(db, {
        unitId: row.unitId,
        provinceId: row.unit.provinceId,
        year,
        policy,
        now,
        excludeDelegationId: i.delegationId,
      });
      const checked = checkProposal(proposal, {
        policy,
        calendar: await loadCalendar(db),
        submittedAt: now.toISOString(),
        ...context,
      });
      const size = proposal.members.length;
      if (i.kind === 'amendment') {
        const violations = [...invalid, ...checked.violations];
        if (i.approvedTeamSize !== undefined && size > i.approvedTeamSize) {
          violations.push({
            rule: 'R-TEAM-SIZE',
            field: 'members',
            message: `The standing committee approved at most ${i.approvedTeamSize} members; the list has ${size}.`,
            messageVi: `Thường trực Tỉnh ủy chỉ đồng ý tối đa ${i.approvedTeamSize} thành viên; danh sách có ${size} người.`,
          });
        }
        return { violations, reviewReasons: [] };
      }
      const reviewReasons = checked.violations
        .filter((v) => reviewableRules.has(v.rule))
        .map((v) => `${v.rule}: ${v.message}`);
      if (i.approvedTeamSize !== undefined && size > i.approvedTeamSize) {
        reviewReasons.push(
          `R-TEAM-SIZE: the team grows from the approved ${i.approvedTeamSize} to ${size}`,
        );
      }
      if (i.previous.departureDate.slice(0, 4) !== proposal.departureDate.slice(0, 4)) {
        reviewReasons.push('R-ANNUAL-QUOTA: the trip moves into another year');
      }
      return {
        violations: [...invalid, ...checked.violations.filter((v) => !reviewableRules.has(v.rule))],
        reviewReasons,
      };
    },
  };
}
