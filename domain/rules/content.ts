// R-CONTENT: the proposal states its purpose, members, time (departure, return, days per
// destination), funding source, and study content and plan. The schema requires each; this
// file claims the schema's issues on those fields.
import { fieldPattern } from '../proposalFields';
import type { RuleViolation } from '../ruleViolation';
import { isMissing, issueViolation, type SchemaIssue } from './schemaIssue';

const contentFields = new Set([
  'purpose',
  'studyContent',
  'studyPlan',
  'funding',
  'funding.source',
  'funding.amountVnd',
  'members',
  'members.*',
  'members.*.name',
  'members.*.position',
  'departureDate',
  'returnDate',
  'destinations.*.daysOnSite',
]);

export function contentViolationOf(issue: SchemaIssue): RuleViolation | undefined {
  const field = fieldPattern(issue.path);
  if (!contentFields.has(field)) return undefined;
  if (field === 'members' && isMissing(issue)) {
    return issueViolation('R-CONTENT', issue, {
      en: 'List the members of the delegation (its composition).',
      vi: 'Cần nêu thành phần đoàn (danh sách thành viên).',
    });
  }
  return issueViolation('R-CONTENT', issue);
}
