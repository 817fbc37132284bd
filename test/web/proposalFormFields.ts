// A complete proposal form of Sở Nội vụ as a browser without the script posts it (blank rows
// included), for the tests that post the form over plain HTTP.
import type { TestSession } from '../support/testCredentials';

/** An ISO day `days` after today in Vietnam. */
export const isoIn = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
/** An ISO day as the form writes it (dd/mm/yyyy). */
export const vn = (iso: string) => iso.split('-').reverse().join('/');

interface FormChoices {
  title?: string;
  unitId?: string;
  /** dd/mm/yyyy; 40 days from today unless told. */
  departureDate?: string;
  /** dd/mm/yyyy; 42 days from today unless told. */
  returnDate?: string;
}

export function proposalFormOf(s: TestSession, o: FormChoices = {}): URLSearchParams {
  const form = new URLSearchParams({
    _csrf: s.csrfToken,
    unitId: o.unitId ?? 'so-noi-vu',
    title: o.title ?? 'Đoàn học tập chuyển đổi số',
    purpose: 'Học cách giải quyết thủ tục hành chính trực tuyến',
    studyContent: 'Số hóa hồ sơ',
    studyPlan: 'Ngày 1: làm việc; ngày 2: khảo sát',
    'problems.0.statement': 'Tỷ lệ hồ sơ trực tuyến thấp',
    'problems.0.indicator': 'Tỷ lệ hồ sơ trực tuyến toàn trình',
    'problems.0.baseline': '18%',
    'problems.0.target': '50%',
    'destinations.0.province': 'Đà Nẵng',
    'destinations.0.hostBody': 'Trung tâm Phục vụ hành chính công',
    'destinations.0.goodPracticeJustification': 'Dẫn đầu chỉ số chuyển đổi số',
    'destinations.0.topics': 'chuyển đổi số',
    'destinations.0.daysOnSite': '2',
    departureDate: o.departureDate ?? vn(isoIn(40)),
    returnDate: o.returnDate ?? vn(isoIn(42)),
    leaderRank: 'head',
    'members.0.name': 'Nguyễn Văn Trưởng',
    'members.0.email': 'truong@camau.gov.vn',
    'members.0.position': 'Giám đốc Sở',
    'members.0.isKeyLeader': 'on',
    leader: '0',
    'funding.source': 'Ngân sách nhà nước',
    'funding.amountVnd': '85.000.000',
  });
  for (let i = 1; i < 10; i++) form.set(`members.${i}.name`, '');
  return form;
}
