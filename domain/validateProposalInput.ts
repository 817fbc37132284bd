// A proposal as a client sends it, checked against the schema; every issue is reported at once,
// by the rule it breaks (R-CONTENT, R-FOCUS, R-DESTINATION, R-MEMBERS, otherwise R-INPUT).
import { proposalSchema, type Proposal } from './proposal';
import { contentViolationOf } from './rules/content';
import { destinationViolationOf } from './rules/destination';
import { focusViolationOf } from './rules/focus';
import { memberEmailViolationOf } from './rules/members';
import { issueViolation, type SchemaIssue } from './rules/schemaIssue';
import type { RuleViolation } from './ruleViolation';

export type ValidatedInput =
  { ok: true; proposal: Proposal } | { ok: false; violations: RuleViolation[] };

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
  return parsed.success
    ? { ok: true, proposal: parsed.data }
    : { ok: false, violations: parsed.error.issues.map(violationOf) };
}
