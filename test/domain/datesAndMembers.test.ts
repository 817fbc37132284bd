// The sanity rules: R-DATES and R-MEMBERS.
import { checkDates } from '../../domain/rules/dates';
import { checkMembers } from '../../domain/rules/members';
import { destination, member, members, proposal } from './proposalFixture';

describe('R-DATES', () => {
  it.each([
    ['2025-03-10', '2025-03-13', [2], []],
    ['2025-03-10', '2025-03-10', [1], []],
    ['2025-03-10', '2025-03-11', [1, 1], []],
    ['2025-03-10', '2025-03-09', [1], ['returnDate']],
    ['2025-03-10', '2025-03-10', [2], ['destinations']],
    ['2025-03-10', '2025-03-12', [2, 2], ['destinations']],
  ])(
    'departing %s, returning %s, days on site %p: violations at %p',
    (departureDate, returnDate, days, fields) => {
      const p = proposal({
        departureDate,
        returnDate,
        destinations: days.map((daysOnSite) => destination({ daysOnSite })),
      });
      const violations = checkDates(p);
      expect(violations.map((v) => v.field)).toEqual(fields);
      expect(violations.every((v) => v.rule === 'R-DATES')).toBe(true);
    },
  );

  it('says the dates in Vietnamese order', () => {
    const [v] = checkDates(proposal({ departureDate: '2025-03-10', returnDate: '2025-03-09' }));
    expect(v?.messageVi).toBe('Ngày về 09/03/2025 trước ngày khởi hành 10/03/2025.');
  });
});

describe('R-MEMBERS', () => {
  const nfd = (s: string) => s.normalize('NFD');
  it.each([
    ['a valid team', members(5), []],
    ['no delegation leader', [member(1, { isDelegationLeader: false }), member(2)], ['members']],
    ['two delegation leaders', [member(1), member(2, { isDelegationLeader: true })], ['members']],
    [
      'an e-mail twice, in another case',
      [member(1), member(2, { email: 'MEMBER1@CamAu.gov.vn' })],
      ['members.1.email'],
    ],
    [
      'a name twice, other case and spacing',
      [member(1), member(2, { name: 'nguyễn  văn trưởng' })],
      ['members.1.name'],
    ],
    [
      'a name twice, once typed with combining marks',
      [member(1), member(2, { name: nfd('Nguyễn Văn Trưởng') })],
      ['members.1.name'],
    ],
    [
      'the same person twice',
      [member(1), member(2, { name: 'Nguyễn Văn Trưởng', email: 'member1@camau.gov.vn' })],
      ['members.1.email', 'members.1.name'],
    ],
    [
      'names that differ only by diacritics are two people',
      [member(1, { name: 'Lê Thị Hà' }), member(2, { name: 'Lê Thị Hạ' })],
      [],
    ],
    [
      'a third copy is reported against the first',
      [member(1), member(2), member(3, { email: 'member1@camau.gov.vn' })],
      ['members.2.email'],
    ],
  ])('%s: violations at %p', (_what, team, fields) => {
    const violations = checkMembers(proposal({ members: team }));
    expect(violations.map((v) => v.field)).toEqual(fields);
    expect(violations.every((v) => v.rule === 'R-MEMBERS')).toBe(true);
  });

  it('names the members marked as leaders', () => {
    const [v] = checkMembers(
      proposal({ members: [member(1), member(2, { isDelegationLeader: true })] }),
    );
    expect(v?.messageVi).toBe(
      'Đoàn chỉ có một trưởng đoàn; đang có 2 người được đánh dấu: Nguyễn Văn Trưởng, Thành viên Số 2.',
    );
  });
});
