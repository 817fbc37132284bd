import type { z } from 'zod';
import type { Response } from 'express';
import type { RuleId, RuleViolation } from '../domain/ruleViolation';

/** zod issues as rule violations, naming the field (for bodies that are not proposals). */
export function zodViolations(error: z.ZodError, rule: RuleId = 'R-INPUT'): RuleViolation[] {
  return error.issues.map((i) => {
    const field = i.path.join('.');
    // A schema's own check in both languages carries its Vietnamese in params.messageVi.
    const vi: unknown = i.code === 'custom' ? i.params?.messageVi : undefined;
    return {
      rule,
      field,
      message: i.message,
      messageVi: `Trường ${field || '(nội dung)'} không hợp lệ: ${typeof vi === 'string' ? vi : i.message}`,
    };
  });
}

/**
 * The input parsed by `schema`, or undefined once a 422 listing every issue (as violations of
 * `rule`, by field) has been answered.
 */
export function parsedOr422<T>(
  schema: z.ZodType<T>,
  input: unknown,
  res: Response,
  rule: RuleId = 'R-INPUT',
): T | undefined {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  res.status(422).json({ errors: zodViolations(parsed.error, rule) });
  return undefined;
}
