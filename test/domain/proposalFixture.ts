// A proposal that meets every rule under the default policy when submitted on 10 Feb 2025;
// each test changes the one thing it is about.
import type { Destination, Member, Proposal } from '../../domain/proposal';
import { createWorkingCalendar } from '../../domain/calendar';
import type { CheckContext } from '../../domain/checkProposal';
import { defaultPolicyValues } from '../../domain/policy';

export const calendar = createWorkingCalendar();
export const policy = defaultPolicyValues;

export const member = (i: number, m: Partial<Member> = {}): Member => ({
  name: i === 1 ? 'Nguyễn Văn Trưởng' : `Thành viên Số ${i}`,
  email: `member${i}@camau.gov.vn`,
  position: i === 1 ? 'Giám đốc Sở' : 'Chuyên viên',
  isKeyLeader: i === 1,
  isDelegationLeader: i === 1,
  ...m,
});

export const members = (count: number): Member[] =>
  Array.from({ length: count }, (_, i) => member(i + 1));

export const destination = (d: Partial<Destination> = {}): Destination => ({
  province: 'Đà Nẵng',
  hostBody: 'Trung tâm Phục vụ hành chính công thành phố Đà Nẵng',
  goodPracticeJustification: 'Dẫn đầu cả nước về chỉ số chuyển đổi số cấp tỉnh nhiều năm liền.',
  topics: ['chuyển đổi số', 'thủ tục hành chính'],
  daysOnSite: 2,
  ...d,
});

export const proposal = (p: Partial<Proposal> = {}): Proposal => ({
  unitId: 'so-noi-vu',
  title: 'Học tập mô hình chuyển đổi số trong cải cách hành chính',
  purpose: 'Học tập kinh nghiệm giải quyết thủ tục hành chính trực tuyến toàn trình.',
  problems: [
    {
      statement: 'Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh còn thấp.',
      indicator: 'Tỷ lệ hồ sơ nộp trực tuyến toàn trình',
      baseline: '18%',
      target: '50% vào cuối năm',
    },
  ],
  studyContent: 'Quy trình số hóa hồ sơ, kết nối dữ liệu dân cư, tổ chức bộ phận một cửa.',
  studyPlan: 'Ngày 1: làm việc với Sở Nội vụ; ngày 2: khảo sát trung tâm phục vụ hành chính công.',
  destinations: [destination()],
  departureDate: '2025-03-10',
  returnDate: '2025-03-13',
  leaderRank: 'head',
  members: members(5),
  funding: { source: 'Ngân sách nhà nước cấp cho đơn vị', amountVnd: 85_000_000 },
  ...p,
});

export const context = (c: Partial<CheckContext> = {}): CheckContext => ({
  policy,
  calendar,
  submittedAt: '2025-02-10T02:00:00Z',
  quotaUsed: 0,
  earlierDelegations: [],
  ...c,
});
