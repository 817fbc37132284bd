// A proposal as a client sends it, checked against the schema; every issue is reported at once,
// by the rule it breaks (R-CONTENT, R-FOCUS, R-DESTINATION, R-MEMBERS, otherwise R-INPUT).
import { checkableProposalSchema, type CheckableProposal } from './checkableProposal';
import { proposalSchema, type Proposal } from './proposal';
import { contentViolationOf } from './rules/content';
import { destinationViolationOf } from './rules/destination';
import { focusViolationOf } from './rules/focus';
import { memberEmailViolationOf } from './rules/members';
import { issueViolation, type SchemaIssue } from './rules/schemaIssue';
import type { RuleViolation } from './ruleViolation';

export type ValidatedInput =
  | { ok: true; proposal: Proposal }
  /** checkable: the fields the rule checks read, when those alone are valid. */
  | { ok: false; violations: RuleViolation[]; checkable?: CheckableProposal };

const ruleClaims = [
  focusViolationOf,
  destinationViolationOf,
  memberEmailViolationOf,
  contentViolationOf,
];

function violationOf(issue: SchemaIssue): RuleViolation {
  for (const claim of ruleClaims) {
    const found = claim(issue);
    if (found) return found;
  }
  return issueViolation('R-INPUT', issue);
}

export function validateProposalInput(input: unknown): ValidatedInput {
  // The input is reported so a missing field (undefined) reads "missing", not "wrong type".
  const parsed = proposalSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, proposal: parsed.data };
  const checkable = checkableProposalSchema.safeParse(input);
  return {
    ok: false,
    violations: parsed.error.issues.map(violationOf),
    ...(checkable.success ? { checkable: checkable.data } : {}),
  };
}
