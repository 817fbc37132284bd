// R-DUPLICATE: a warning naming the earlier delegation, never a refusal.
import type { EarlierDelegation } from '../../domain/checkProposal';
import { duplicatesNamed, findDuplicateDelegations } from '../../domain/rules/duplicateDelegations';
import { provinceKey, topicsOverlap } from '../../domain/rules/placeAndTopic';
import { destination, policy, proposal } from './proposalFixture';

const earlier = (e: Partial<EarlierDelegation> = {}): EarlierDelegation => ({
  id: 'd-1',
  title: 'Học tập chuyển đổi số tại Đà Nẵng',
  unitId: 'so-tttt',
  departureDate: '2024-03-15',
  destinations: [
    { province: 'Thành phố Đà Nẵng', topics: ['Chuyển đổi số trong cải cách hành chính'] },
  ],
  ...e,
});

// The new delegation departs on 2026-03-10.
const fresh = proposal({ departureDate: '2026-03-10', returnDate: '2026-03-13' });
const today = '2026-02-10';

describe('R-DUPLICATE window (24 months before the new departure)', () => {
  it.each([
    ['2024-04-10', 'found', 23],
    ['2024-03-10', 'found', 24],
    ['2024-03-09', 'not found', 24],
    ['2024-02-10', 'not found', 25],
    ['2026-05-01', 'found', -2],
  ])('an earlier departure on %s is %s (%i months back)', (departureDate, found) => {
    const warnings = findDuplicateDelegations(fresh, [earlier({ departureDate })], policy, today);
    expect(warnings.length).toBe(found === 'found' ? 1 : 0);
  });

  it('follows the policy', () => {
    const warnings = findDuplicateDelegations(
      fresh,
      [earlier({ departureDate: '2024-02-10' })],
      { ...policy, duplicateWindowMonths: 36 },
      today,
    );
    expect(warnings).toHaveLength(1);
  });
});

describe('R-DUPLICATE warning', () => {
  it('names the earlier delegation, its date and the overlapping topics', () => {
    const [w] = findDuplicateDelegations(fresh, [earlier()], policy, today);
    expect(w).toEqual({
      rule: 'R-DUPLICATE',
      field: 'destinations.0.topics.0',
      earlierDelegationId: 'd-1',
      message:
        'Possible duplicate: the delegation "Học tập chuyển đổi số tại Đà Nẵng" (d-1) of unit so-tttt went to Thành phố Đà Nẵng on 2024-03-15; its topic "Chuyển đổi số trong cải cách hành chính" overlaps "chuyển đổi số".',
      messageVi:
        'Có thể trùng lặp: đoàn «Học tập chuyển đổi số tại Đà Nẵng» (mã d-1) của đơn vị so-tttt đã đi Thành phố Đà Nẵng ngày 15/03/2024, với chủ đề «Chuyển đổi số trong cải cách hành chính» trùng với «chuyển đổi số».',
    });
  });

  it('says a trip not yet made is planned', () => {
    const [w] = findDuplicateDelegations(
      fresh,
      [earlier({ departureDate: '2026-02-20' })],
      policy,
      today,
    );
    expect(w?.messageVi).toContain('dự kiến đi');
  });

  it.each([
    ['another province', { destinations: [{ province: 'Hà Nội', topics: ['chuyển đổi số'] }] }],
    ['another topic', { destinations: [{ province: 'Đà Nẵng', topics: ['du lịch cộng đồng'] }] }],
    ['a rejected delegation', { stage: 'rejected' as const }],
    ['a cancelled delegation', { stage: 'cancelled' as const }],
  ])('is not raised for %s', (_what, e) => {
    expect(findDuplicateDelegations(fresh, [earlier(e)], policy, today)).toEqual([]);
  });

  it('warns once per earlier delegation and destination', () => {
    const twoStops = proposal({
      departureDate: '2026-03-10',
      returnDate: '2026-03-16',
      destinations: [destination(), destination({ province: 'Hà Nội', topics: ['chuyển đổi số'] })],
    });
    const both = earlier({
      destinations: [
        { province: 'Đà Nẵng', topics: ['chuyển đổi số'] },
        { province: 'TP. Hà Nội', topics: ['chuyển đổi số', 'thủ tục hành chính'] },
      ],
    });
    const warnings = findDuplicateDelegations(
      twoStops,
      [both, earlier({ id: 'd-2' })],
      policy,
      today,
    );
    expect(warnings.map((w) => [w.earlierDelegationId, w.field])).toEqual([
      ['d-1', 'destinations.0.topics.0'],
      ['d-1', 'destinations.1.topics.0'],
      ['d-2', 'destinations.0.topics.0'],
    ]);
  });
});

describe('R-DUPLICATE for a popular place and topic', () => {
  // 39 earlier delegations on the topic, one every two weeks before the new departure.
  const many = Array.from({ length: 39 }, (_, i) =>
    earlier({
      id: `d-${String(i + 1).padStart(2, '0')}`,
      departureDate: new Date(Date.parse('2026-03-01T00:00:00Z') - i * 14 * 86_400_000)
        .toISOString()
        .slice(0, 10),
    }),
  );

  it(`names the ${duplicatesNamed} nearest in departure date and counts the rest in one warning`, () => {
    const warnings = findDuplicateDelegations(fresh, [...many].reverse(), policy, today);
    expect(warnings.map((w) => w.earlierDelegationId)).toEqual([
      'd-01',
      'd-02',
      'd-03',
      'd-04',
      'd-05',
      'd-06',
    ]);
    const summary = warnings[duplicatesNamed];
    const inWindow = many.filter((e) => e.departureDate >= '2024-03-10').length;
    expect(summary?.messageVi).toContain(`còn ${inWindow - duplicatesNamed} đoàn khác`);
    expect(summary?.message).toContain(`${inWindow - duplicatesNamed} more earlier delegations`);
    expect(summary?.messageVi).toContain('«Học tập chuyển đổi số tại Đà Nẵng» (mã d-06)');
  });

  it('stays small however many there are (the 40th similar proposal stored 33 KB)', () => {
    const warnings = findDuplicateDelegations(fresh, many, policy, today);
    expect(JSON.stringify(warnings).length).toBeLessThan(6_000);
  });

  it('lists them all, nearest first, while there are no more than the cap', () => {
    const few = many.slice(0, duplicatesNamed).reverse();
    expect(
      findDuplicateDelegations(fresh, few, policy, today).map((w) => w.earlierDelegationId),
    ).toEqual(['d-01', 'd-02', 'd-03', 'd-04', 'd-05']);
  });
});

describe('same province', () => {
  it.each([
    ['Đà Nẵng', 'Thành phố Đà Nẵng'],
    ['Đà Nẵng', 'TP. Đà Nẵng'],
    ['Đà Nẵng', 'da nang'],
    ['Đà Nẵng', '  ĐÀ  NẴNG '],
    ['Đà Nẵng', 'Đà Nẵng'.normalize('NFD')],
    ['Tỉnh Bà Rịa - Vũng Tàu', 'Bà Rịa–Vũng Tàu'],
    ['Thành phố Hồ Chí Minh', 'TP.HCM'],
    ['Hà Nội', 'Thủ đô Hà Nội'],
  ])('%s = %s', (a, b) => {
    expect(provinceKey(a)).toBe(provinceKey(b));
  });

  it.each([
    ['Quảng Nam', 'Quảng Ninh'],
    ['Hà Nam', 'Hà Nội'],
  ])('%s ≠ %s', (a, b) => {
    expect(provinceKey(a)).not.toBe(provinceKey(b));
  });
});

describe('overlapping topics', () => {
  it.each([
    ['chuyển đổi số', 'Chuyển đổi số trong cải cách hành chính', true],
    ['chuyển đổi số', 'chuyen doi so', true],
    ['du lịch', 'phát triển du lịch cộng đồng', true],
    ['xây dựng nông thôn mới', 'nông thôn mới', true],
    ['quản lý đất đai', 'quản lý về đất đai', true],
    ['sản phẩm OCOP', 'OCOP', true],
    ['mô hình chuyển đổi số', 'kinh nghiệm chuyển đổi số', true],
    ['chuyển đổi số', 'chuyển đổi xanh', false],
    ['du lịch cộng đồng', 'y tế cộng đồng', false],
    ['phát triển du lịch', 'phát triển công nghiệp', false],
    ['mô hình nông thôn mới', 'mô hình chuyển đổi số', false],
    ['thủ tục hành chính', 'nuôi tôm', false],
  ])('%s ~ %s: %s', (a, b, overlap) => {
    expect(topicsOverlap(a, b)).toBe(overlap);
    expect(topicsOverlap(b, a)).toBe(overlap);
  });
});
