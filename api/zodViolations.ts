import type { z } from 'zod';
import type { RuleId, RuleViolation } from '../domain/ruleViolation';

/** zod issues as rule violations, naming the field (for bodies that are not proposals). */
export function zodViolations(error: z.ZodError, rule: RuleId = 'R-INPUT'): RuleViolation[] {
  return error.issues.map((i) => ({
    rule,
    field: i.path.join('.'),
    message: i.message,
    messageVi: `Trường ${i.path.join('.') || '(nội dung)'} không hợp lệ: ${i.message}`,
  }));
}
