// A zod issue said as a rule violation: which field, and what is wrong with it, in English and
// Vietnamese. Which rule an issue belongs to is decided by the rule files (content, focus,
// destination, members); what none of them claims is R-INPUT.
import type { z } from 'zod';
import { capitalised, dottedField, fieldLabel } from '../proposalFields';
import type { RuleId, RuleViolation } from '../ruleViolation';

export type SchemaIssue = z.core.$ZodIssue;

/** Nothing given, or an empty list or text: "state it", rather than "fix it". */
export const isMissing = (issue: SchemaIssue): boolean =>
  issue.input === undefined || issue.input === null || issue.code === 'too_small';

function wording(issue: SchemaIssue): { en: string; vi: string } {
  const label = fieldLabel(issue.path);
  const en = capitalised(label.en);
  const vi = capitalised(label.vi);
  if (issue.input === undefined || issue.input === null) {
    return { en: `${en} is missing.`, vi: `Thiếu ${label.vi}.` };
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return { en: `${en} must not be empty.`, vi: `${vi} không được để trống.` };
      }
      return issue.origin === 'array'
        ? {
            en: `${en} needs at least ${issue.minimum} item(s).`,
            vi: `${vi} cần có ít nhất ${issue.minimum} mục.`,
          }
        : {
            en: `${en} must be at least ${issue.minimum}.`,
            vi: `${vi} phải từ ${issue.minimum} trở lên.`,
          };
    case 'too_big':
      return {
        en: `${en} is too long (at most ${issue.maximum} characters).`,
        vi: `${vi} quá dài (tối đa ${issue.maximum} ký tự).`,
      };
    case 'invalid_format':
      if (issue.format === 'email') {
        return {
          en: `${en} is not a valid e-mail address.`,
          vi: `${vi} không phải là địa chỉ e-mail hợp lệ.`,
        };
      }
      if (issue.format === 'date') {
        return {
          en: `${en} is not a valid date (YYYY-MM-DD).`,
          vi: `${vi} không phải là ngày hợp lệ (YYYY-MM-DD).`,
        };
      }
      return { en: `${en} is invalid.`, vi: `${vi} không hợp lệ.` };
    case 'invalid_value':
      return {
        en: `${en} must be one of: ${issue.values.join(', ')}.`,
        vi: `${vi} phải là một trong các giá trị: ${issue.values.join(', ')}.`,
      };
    case 'invalid_type':
      return issue.expected === 'int'
        ? { en: `${en} must be a whole number.`, vi: `${vi} phải là số nguyên.` }
        : { en: `${en} must be of type ${issue.expected}.`, vi: `${vi} không đúng kiểu dữ liệu.` };
    default:
      return { en: `${en} is invalid.`, vi: `${vi} không hợp lệ.` };
  }
}

/** The violation of `rule` for an issue, with its generic wording unless the rule has its own. */
export function issueViolation(
  rule: RuleId,
  issue: SchemaIssue,
  own?: { en: string; vi: string },
): RuleViolation {
  const text = own ?? wording(issue);
  return { rule, field: dottedField(issue.path), message: text.en, messageVi: text.vi };
}
