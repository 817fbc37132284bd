// What a field of a proposal is called, in English and Vietnamese, by its dotted path: for rule
// messages and for the list of changes reviewers see. `members.2.email` reads "e-mail of member 3"
// and "địa chỉ e-mail của thành viên thứ 3".

export interface FieldLabel {
  en: string;
  vi: string;
}

const fieldLabels: Record<string, FieldLabel> = {
  '': { en: 'the proposal', vi: 'đề xuất' },
  unitId: { en: 'unit', vi: 'đơn vị' },
  title: { en: 'title', vi: 'tên đoàn' },
  purpose: { en: 'purpose', vi: 'mục đích chuyến đi' },
  problems: { en: 'problems to solve', vi: 'các hạn chế, khó khăn cần giải quyết' },
  'problems.*.statement': { en: 'statement', vi: 'nội dung' },
  'problems.*.indicator': { en: 'indicator', vi: 'chỉ tiêu đo lường' },
  'problems.*.baseline': { en: 'baseline', vi: 'giá trị hiện tại' },
  'problems.*.target': { en: 'target', vi: 'mục tiêu' },
  studyContent: { en: 'study content', vi: 'nội dung học tập' },
  studyPlan: { en: 'study plan', vi: 'kế hoạch học tập' },
  destinations: { en: 'destinations', vi: 'các địa điểm đến' },
  'destinations.*.province': { en: 'province', vi: 'tỉnh, thành phố' },
  'destinations.*.hostBody': { en: 'host body', vi: 'cơ quan, đơn vị đón tiếp' },
  'destinations.*.goodPracticeJustification': {
    en: 'justification of its good practice',
    vi: 'lý do chọn (kinh nghiệm, mô hình, cách làm hay)',
  },
  'destinations.*.topics': { en: 'topics', vi: 'chủ đề học tập' },
  'destinations.*.daysOnSite': { en: 'days on site', vi: 'số ngày làm việc tại địa phương' },
  departureDate: { en: 'departure date', vi: 'ngày khởi hành' },
  returnDate: { en: 'return date', vi: 'ngày về' },
  leaderRank: { en: 'rank of the leader', vi: 'cấp lãnh đạo dẫn đoàn' },
  members: { en: 'members', vi: 'thành phần đoàn' },
  'members.*.name': { en: 'name', vi: 'họ tên' },
  'members.*.email': { en: 'e-mail', vi: 'địa chỉ e-mail' },
  'members.*.position': { en: 'position', vi: 'chức vụ' },
  'members.*.isKeyLeader': { en: 'key leader mark', vi: 'đánh dấu lãnh đạo chủ chốt' },
  'members.*.isDelegationLeader': { en: 'delegation leader mark', vi: 'đánh dấu trưởng đoàn' },
  funding: { en: 'funding', vi: 'kinh phí' },
  'funding.source': { en: 'funding source', vi: 'nguồn kinh phí' },
  'funding.amountVnd': { en: 'funding amount (VND)', vi: 'số tiền kinh phí (đồng)' },
};

/** The items of a list, numbered from 1 as people count them. */
const itemLabels: Record<string, (n: number) => FieldLabel> = {
  problems: (n) => ({ en: `problem ${n}`, vi: `vấn đề thứ ${n}` }),
  destinations: (n) => ({ en: `destination ${n}`, vi: `địa điểm thứ ${n}` }),
  'destinations.*.topics': (n) => ({ en: `topic ${n}`, vi: `chủ đề thứ ${n}` }),
  members: (n) => ({ en: `member ${n}`, vi: `thành viên thứ ${n}` }),
};

export type FieldPath = readonly PropertyKey[];

/** `members.2.email` → `members.*.email`: the field whatever the item. */
export const fieldPattern = (path: FieldPath): string =>
  path.map((k) => (typeof k === 'number' ? '*' : String(k))).join('.');

export const dottedField = (path: FieldPath): string => path.map(String).join('.');

export function fieldLabel(path: FieldPath): FieldLabel {
  const lastIndex = path.length - 1;
  const last = path[lastIndex];
  const own =
    typeof last === 'number'
      ? itemLabels[fieldPattern(path.slice(0, lastIndex))]?.(last + 1)
      : fieldLabels[fieldPattern(path)];
  if (!own) return { en: dottedField(path), vi: dottedField(path) };
  const enclosing = path
    .slice(0, lastIndex)
    .reduce<number>((found, k, i) => (typeof k === 'number' ? i : found), -1);
  if (enclosing < 0) return own;
  const parent = fieldLabel(path.slice(0, enclosing + 1));
  return { en: `${own.en} of ${parent.en}`, vi: `${own.vi} của ${parent.vi}` };
}

/** The label at the start of a sentence. */
export const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
