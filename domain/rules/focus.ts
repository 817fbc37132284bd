// R-FOCUS: the trip targets the unit's weak points or difficulties, so the proposal names at
// least one problem, each with the indicator, baseline and target it will be judged by.
import type { RuleViolation } from '../ruleViolation';
import { isMissing, issueViolation, type SchemaIssue } from './schemaIssue';

export function focusViolationOf(issue: SchemaIssue): RuleViolation | undefined {
  if (issue.path[0] !== 'problems') return undefined;
  if (issue.path.length === 1 && isMissing(issue)) {
    return issueViolation('R-FOCUS', issue, {
      en: "Name at least one weak point or difficulty in the unit's work that the trip must solve.",
      vi: 'Cần nêu ít nhất một hạn chế, khó khăn trong công tác của đơn vị mà chuyến đi phải giải quyết.',
    });
  }
  return issueViolation('R-FOCUS', issue);
}
