import type { RuleId, RuleViolation } from '../ruleViolation';
import { violation } from './violation';

/** Vietnamese names of the proposal's fields, for messages. */
const fieldNamesVi: Record<string, string> = {
  unitId: 'đơn vị',
  title: 'tên đoàn',
  purpose: 'mục đích',
  problems: 'vấn đề cần giải quyết',
  statement: 'nội dung vấn đề',
  indicator: 'chỉ tiêu đo lường',
  baseline: 'giá trị hiện tại',
  target: 'mục tiêu',
  studyContent: 'nội dung học tập',
  studyPlan: 'kế hoạch học tập',
  destinations: 'địa điểm',
  province: 'tỉnh, thành phố đến',
  hostBody: 'cơ quan đón tiếp',
  goodPracticeJustification: 'lý do chọn địa điểm (kinh nghiệm tốt)',
  topics: 'chủ đề',
  daysOnSite: 'số ngày tại địa điểm',
  departureDate: 'ngày khởi hành',
  returnDate: 'ngày về',
  leaderRank: 'chức vụ trưởng đoàn',
  members: 'thành phần đoàn',
  name: 'họ tên',
  email: 'thư điện tử',
  position: 'chức vụ',
  funding: 'nguồn kinh phí',
  source: 'nguồn kinh phí',
  amountVnd: 'số tiền (đồng)',
};

/** Which rule a field of the proposal belongs to. */
function ruleOf(path: PropertyKey[]): RuleId {
  const [head, , leaf] = path;
  if (head === 'problems') return 'R-FOCUS';
  if (head === 'destinations' && leaf === 'goodPracticeJustification') return 'R-DESTINATION';
  if (head === 'members' && leaf === 'email') return 'R-MEMBERS';
  return 'R-CONTENT';
}

interface Issue {
  path: PropertyKey[];
  code: string;
  message: string;
}

/** Schema issues as violations naming the rule and the field, in English and Vietnamese. */
export function schemaViolations(issues: readonly Issue[]): RuleViolation[] {
  return issues.map((i) => {
    const field = i.path.map(String).join('.');
    const last = [...i.path].reverse().find((k) => typeof k === 'string');
    const nameVi = fieldNamesVi[String(last)] ?? field;
    const missing = i.code === 'invalid_type' || i.code === 'too_small';
    return violation(
      ruleOf(i.path),
      field,
      missing ? `${field} is required (${i.message})` : `${field} is invalid: ${i.message}`,
      missing ? `Thiếu hoặc chưa đủ: ${nameVi}.` : `Không hợp lệ: ${nameVi}.`,
    );
  });
}
