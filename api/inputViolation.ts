import type { RuleViolation } from '../domain/ruleViolation';

/** A refusal of one field of a request body that is not a rule of the regulation. */
export const inputViolation = (field: string, message: string): RuleViolation => ({
  rule: 'R-INPUT',
  field,
  message,
  messageVi: `Trường ${field} không hợp lệ: ${message}`,
});
