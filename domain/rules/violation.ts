import type { RuleId, RuleViolation } from '../ruleViolation';

export const violation = (
  rule: RuleId,
  field: string,
  message: string,
  messageVi: string,
): RuleViolation => ({
  rule,
  field,
  message,
  messageVi,
});
