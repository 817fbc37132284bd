// R-DESTINATION: each destination is a locality that has done well on the topic, and the
// proposal says why. Issues on where the delegation goes and why belong here; the days spent
// there are time (R-CONTENT).
import { fieldPattern } from '../proposalFields';
import type { RuleViolation } from '../ruleViolation';
import { isMissing, issueViolation, type SchemaIssue } from './schemaIssue';

const destinationFields = new Set([
  'destinations',
  'destinations.*',
  'destinations.*.province',
  'destinations.*.hostBody',
  'destinations.*.goodPracticeJustification',
  'destinations.*.topics',
  'destinations.*.topics.*',
]);

export function destinationViolationOf(issue: SchemaIssue): RuleViolation | undefined {
  const field = fieldPattern(issue.path);
  if (!destinationFields.has(field)) return undefined;
  if (field === 'destinations' && isMissing(issue)) {
    return issueViolation('R-DESTINATION', issue, {
      en: 'Name at least one destination that has done well on the topic.',
      vi: 'Cần nêu ít nhất một địa phương đến học tập đã làm tốt về nội dung cần học.',
    });
  }
  if (field === 'destinations.*.goodPracticeJustification' && isMissing(issue)) {
    const n = Number(issue.path[1]) + 1;
    return issueViolation('R-DESTINATION', issue, {
      en: `Destination ${n}: say why this locality is a good practice to learn from (results, a new model, a leading field).`,
      vi: `Địa điểm thứ ${n}: cần nêu lý do chọn — địa phương đã làm tốt, có mô hình mới, cách làm hay hoặc dẫn đầu về lĩnh vực cần học tập.`,
    });
  }
  return issueViolation('R-DESTINATION', issue);
}
