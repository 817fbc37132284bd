// Schema issues as violations of R-CONTENT, R-FOCUS, R-DESTINATION, R-MEMBERS or R-INPUT.
import { validateProposalInput } from '../../domain/checkProposal';
import type { RuleId } from '../../domain/ruleViolation';
import { proposal } from './proposalFixture';

type Input = Record<string, unknown>;
const input = (change: (p: Input) => void): Input => {
  const p = structuredClone(proposal()) as unknown as Input;
  change(p);
  return p;
};
const at = (p: Input, key: string) => p[key] as Input[];

describe('a valid proposal', () => {
  it('passes, with defaults applied', () => {
    const raw = input((p) => {
      for (const m of at(p, 'members')) delete m.isKeyLeader;
    });
    const result = validateProposalInput(raw);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.proposal.members[1]?.isKeyLeader).toBe(false);
  });
});

describe('each issue, by rule and field', () => {
  it.each<[string, (p: Input) => void, RuleId, string, string]>([
    ['no purpose', (p) => delete p.purpose, 'R-CONTENT', 'purpose', 'Thiếu mục đích chuyến đi.'],
    [
      'an empty study content',
      (p) => (p.studyContent = '  '),
      'R-CONTENT',
      'studyContent',
      'Nội dung học tập không được để trống.',
    ],
    [
      'no study plan',
      (p) => delete p.studyPlan,
      'R-CONTENT',
      'studyPlan',
      'Thiếu kế hoạch học tập.',
    ],
    ['no funding', (p) => delete p.funding, 'R-CONTENT', 'funding', 'Thiếu kinh phí.'],
    [
      'no funding source',
      (p) => ((p.funding as Input).source = ''),
      'R-CONTENT',
      'funding.source',
      'Nguồn kinh phí không được để trống.',
    ],
    [
      'no members',
      (p) => (p.members = []),
      'R-CONTENT',
      'members',
      'Cần nêu thành phần đoàn (danh sách thành viên).',
    ],
    [
      'a member without a position',
      (p) => delete at(p, 'members')[2]?.position,
      'R-CONTENT',
      'members.2.position',
      'Thiếu chức vụ của thành viên thứ 3.',
    ],
    [
      'no departure date',
      (p) => delete p.departureDate,
      'R-CONTENT',
      'departureDate',
      'Thiếu ngày khởi hành.',
    ],
    [
      'an impossible return date',
      (p) => (p.returnDate = '2025-02-30'),
      'R-CONTENT',
      'returnDate',
      'Ngày về không phải là ngày hợp lệ (YYYY-MM-DD).',
    ],
    [
      'zero days on site',
      (p) => (at(p, 'destinations')[0]!.daysOnSite = 0),
      'R-CONTENT',
      'destinations.0.daysOnSite',
      'Số ngày làm việc tại địa phương của địa điểm thứ 1 phải từ 1 trở lên.',
    ],
    [
      'half a day on site',
      (p) => (at(p, 'destinations')[0]!.daysOnSite = 1.5),
      'R-CONTENT',
      'destinations.0.daysOnSite',
      'Số ngày làm việc tại địa phương của địa điểm thứ 1 phải là số nguyên.',
    ],
    [
      'no problems',
      (p) => (p.problems = []),
      'R-FOCUS',
      'problems',
      'Cần nêu ít nhất một hạn chế, khó khăn trong công tác của đơn vị mà chuyến đi phải giải quyết.',
    ],
    [
      'problems missing',
      (p) => delete p.problems,
      'R-FOCUS',
      'problems',
      'Cần nêu ít nhất một hạn chế, khó khăn trong công tác của đơn vị mà chuyến đi phải giải quyết.',
    ],
    [
      'a problem without a target',
      (p) => delete at(p, 'problems')[0]?.target,
      'R-FOCUS',
      'problems.0.target',
      'Thiếu mục tiêu của vấn đề thứ 1.',
    ],
    [
      'no justification',
      (p) => delete at(p, 'destinations')[0]?.goodPracticeJustification,
      'R-DESTINATION',
      'destinations.0.goodPracticeJustification',
      'Địa điểm thứ 1: cần nêu lý do chọn — địa phương đã làm tốt, có mô hình mới, cách làm hay hoặc dẫn đầu về lĩnh vực cần học tập.',
    ],
    [
      'no destinations',
      (p) => (p.destinations = []),
      'R-DESTINATION',
      'destinations',
      'Cần nêu ít nhất một địa phương đến học tập đã làm tốt về nội dung cần học.',
    ],
    [
      'a destination without topics',
      (p) => (at(p, 'destinations')[0]!.topics = []),
      'R-DESTINATION',
      'destinations.0.topics',
      'Chủ đề học tập của địa điểm thứ 1 cần có ít nhất 1 mục.',
    ],
    [
      'an empty topic',
      (p) => (at(p, 'destinations')[0]!.topics = ['chuyển đổi số', '']),
      'R-DESTINATION',
      'destinations.0.topics.1',
      'Chủ đề thứ 2 của địa điểm thứ 1 không được để trống.',
    ],
    [
      'an invalid e-mail',
      (p) => (at(p, 'members')[1]!.email = 'member2@'),
      'R-MEMBERS',
      'members.1.email',
      'Địa chỉ e-mail của thành viên thứ 2 không phải là địa chỉ e-mail hợp lệ.',
    ],
    ['no title', (p) => delete p.title, 'R-INPUT', 'title', 'Thiếu tên đoàn.'],
    [
      'an unknown leader rank',
      (p) => (p.leaderRank = 'chairman'),
      'R-INPUT',
      'leaderRank',
      'Cấp lãnh đạo dẫn đoàn phải là một trong các giá trị: head, deputy.',
    ],
    [
      'a key-leader mark that is not a boolean',
      (p) => (at(p, 'members')[0]!.isKeyLeader = 'yes'),
      'R-INPUT',
      'members.0.isKeyLeader',
      'Đánh dấu lãnh đạo chủ chốt của thành viên thứ 1 không đúng kiểu dữ liệu.',
    ],
    [
      'a title too long',
      (p) => (p.title = 'x'.repeat(301)),
      'R-INPUT',
      'title',
      'Tên đoàn quá dài (tối đa 300 ký tự).',
    ],
  ])('%s → %s at %s', (_what, change, rule, field, messageVi) => {
    const result = validateProposalInput(input(change));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations).toHaveLength(1);
    expect(result.violations[0]).toMatchObject({ rule, field, messageVi });
    expect(result.violations[0]?.message).toMatch(/^[A-Z].+\.$/);
  });

  it.each([null, 'a proposal', 42, []])('refuses %p as R-INPUT on the whole proposal', (raw) => {
    const result = validateProposalInput(raw);
    expect(result.ok ? [] : result.violations.map((v) => [v.rule, v.field])).toEqual([
      ['R-INPUT', ''],
    ]);
  });

  it('reports every issue at once', () => {
    const result = validateProposalInput(
      input((p) => {
        delete p.purpose;
        p.problems = [];
        delete at(p, 'destinations')[0]?.goodPracticeJustification;
        at(p, 'members')[3]!.email = 'not-an-email';
        delete p.title;
      }),
    );
    expect(result.ok ? [] : result.violations.map((v) => v.rule).sort()).toEqual([
      'R-CONTENT',
      'R-DESTINATION',
      'R-FOCUS',
      'R-INPUT',
      'R-MEMBERS',
    ]);
  });
});

describe('Vietnamese text typed with combining diacritics', () => {
  const precomposed = 'Học tập kinh nghiệm chuyển đổi số của Đà Nẵng';
  const combining = precomposed.normalize('NFD');

  it('is stored in NFC, identical to the precomposed text', () => {
    expect(combining).not.toBe(precomposed);
    expect(combining.length).toBeGreaterThan(precomposed.length);
    const result = validateProposalInput(input((p) => (p.purpose = `  ${combining} `)));
    expect(result.ok && result.proposal.purpose).toBe(precomposed);
  });

  it('round-trips: NFC of the NFD form is the original, and NFC is stable', () => {
    expect(combining.normalize('NFC')).toBe(precomposed);
    expect(precomposed.normalize('NFC')).toBe(precomposed);
  });

  it('counts its length in NFC for the limits (300 precomposed letters fit the title)', () => {
    const title = 'ễ'.repeat(300);
    expect(title.normalize('NFD').length).toBe(900);
    const result = validateProposalInput(input((p) => (p.title = title.normalize('NFD'))));
    expect(result.ok).toBe(true);
  });
});
