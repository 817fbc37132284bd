// What reviewers see of an amendment: the fields that changed, old and new.
import type { Proposal } from '../../domain/proposal';
import { diffProposals } from '../../domain/proposalDiff';
import { destination, member, members, proposal } from './proposalFixture';

const base = proposal();
const changes = (after: Proposal) =>
  diffProposals(base, after).map(({ field, change, oldValue, newValue }) => ({
    field,
    change,
    oldValue,
    newValue,
  }));

describe('diffProposals', () => {
  it('finds nothing between equal proposals', () => {
    expect(diffProposals(base, structuredClone(base))).toEqual([]);
  });

  it('labels a change in both languages', () => {
    expect(diffProposals(base, { ...base, departureDate: '2025-03-17' })).toEqual([
      {
        field: 'departureDate',
        label: { en: 'departure date', vi: 'ngày khởi hành' },
        change: 'changed',
        oldValue: '2025-03-10',
        newValue: '2025-03-17',
      },
    ]);
  });

  const five = members(5);
  it.each<[string, Partial<Proposal>, ReturnType<typeof changes>]>([
    [
      'the funding amount',
      { funding: { ...base.funding, amountVnd: 90_000_000 } },
      [
        {
          field: 'funding.amountVnd',
          change: 'changed',
          oldValue: 85_000_000,
          newValue: 90_000_000,
        },
      ],
    ],
    [
      'a member removed from the middle (the others are not "changed")',
      { members: five.filter((_, i) => i !== 1) },
      [{ field: 'members.1', change: 'removed', oldValue: five[1], newValue: undefined }],
    ],
    [
      'a member added',
      { members: [...five, member(6)] },
      [{ field: 'members.5', change: 'added', oldValue: undefined, newValue: member(6) }],
    ],
    [
      'a member moved and promoted: matched by e-mail',
      {
        members: [
          five[3]!,
          five[0]!,
          five[1]!,
          five[2]!,
          { ...five[4]!, position: 'Phó Giám đốc' },
        ],
      },
      [
        {
          field: 'members.4.position',
          change: 'changed',
          oldValue: 'Chuyên viên',
          newValue: 'Phó Giám đốc',
        },
      ],
    ],
    [
      'an e-mail corrected in place',
      {
        members: five.map((m, i) => (i === 2 ? { ...m, email: 'member3@camau.gov.vn.fixed' } : m)),
      },
      [
        {
          field: 'members.2.email',
          change: 'changed',
          oldValue: 'member3@camau.gov.vn',
          newValue: 'member3@camau.gov.vn.fixed',
        },
      ],
    ],
    [
      'topics, shown as the whole list',
      { destinations: [destination({ topics: ['chuyển đổi số', 'một cửa liên thông'] })] },
      [
        {
          field: 'destinations.0.topics',
          change: 'changed',
          oldValue: ['chuyển đổi số', 'thủ tục hành chính'],
          newValue: ['chuyển đổi số', 'một cửa liên thông'],
        },
      ],
    ],
    [
      'the same province written differently, and a destination added',
      {
        destinations: [
          destination({ province: 'TP. Đà Nẵng' }),
          destination({ province: 'Hà Nội' }),
        ],
        returnDate: '2025-03-16',
      },
      [
        {
          field: 'destinations.0.province',
          change: 'changed',
          oldValue: 'Đà Nẵng',
          newValue: 'TP. Đà Nẵng',
        },
        {
          field: 'destinations.1',
          change: 'added',
          oldValue: undefined,
          newValue: destination({ province: 'Hà Nội' }),
        },
        { field: 'returnDate', change: 'changed', oldValue: '2025-03-13', newValue: '2025-03-16' },
      ],
    ],
    [
      'a problem’s target, and a second problem',
      {
        problems: [
          { ...base.problems[0]!, target: '60% vào cuối năm' },
          { statement: 'Hồ sơ trễ hạn', indicator: 'Tỷ lệ trễ hạn', baseline: '7%', target: '2%' },
        ],
      },
      [
        {
          field: 'problems.0.target',
          change: 'changed',
          oldValue: '50% vào cuối năm',
          newValue: '60% vào cuối năm',
        },
        {
          field: 'problems.1',
          change: 'added',
          oldValue: undefined,
          newValue: {
            statement: 'Hồ sơ trễ hạn',
            indicator: 'Tỷ lệ trễ hạn',
            baseline: '7%',
            target: '2%',
          },
        },
      ],
    ],
  ])('%s', (_what, change, expected) => {
    expect(changes({ ...base, ...change })).toEqual(expected);
  });

  it('labels a removed item by its old position', () => {
    const [removed] = diffProposals(base, { ...base, members: five.slice(0, 4) });
    expect(removed?.label).toEqual({ en: 'member 5', vi: 'thành viên thứ 5' });
  });
});
