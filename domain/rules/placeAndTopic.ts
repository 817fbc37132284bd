// How R-DUPLICATE decides that two delegations went to the same place on the same topic.
// People type the same province and topic in many ways (with or without diacritics, with or
// without "tỉnh", precomposed or combining marks), so both are compared in a folded form.
import { foldVietnamese } from '../textFold';

const words = (s: string): string[] =>
  foldVietnamese(s)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

const provincePrefix = /^(tinh|thanh pho|tp|thu do) /;
/** Ho Chi Minh City goes by its abbreviations as often as by its name. */
const provinceAliases: Record<string, string> = {
  hcm: 'ho chi minh',
  tphcm: 'ho chi minh',
  'sai gon': 'ho chi minh',
};

/** "Thành phố Đà Nẵng", "TP. Đà Nẵng" and "da nang" are all "da nang". */
export function provinceKey(province: string): string {
  const key = words(province).join(' ').replace(provincePrefix, '');
  return provinceAliases[key] ?? key;
}

/**
 * Vietnamese words are mostly two syllables, so a topic is compared by its pairs of adjacent
 * syllables ("chuyển đổi số" → "chuyen doi", "doi so"). Pairs that every study trip uses say
 * nothing about its topic and are left out.
 */
const genericPairs = new Set([
  'mo hinh',
  'kinh nghiem',
  'hoc tap',
  'trao doi',
  'cong tac',
  'linh vuc',
  'nang cao',
  'hieu qua',
]);

function syllablePairs(syllables: string[]): Set<string> {
  const pairs = syllables.slice(1).map((s, i) => `${syllables[i]} ${s}`);
  const telling = pairs.filter((p) => !genericPairs.has(p));
  return new Set(telling.length > 0 ? telling : pairs);
}

/**
 * Two topics overlap when more than half of the shorter one's syllable pairs occur in the
 * other: "du lịch" and "phát triển du lịch cộng đồng" overlap, "chuyển đổi số" and "chuyển
 * đổi xanh" do not (one pair of two), nor "du lịch cộng đồng" and "y tế cộng đồng" (one of
 * three). A one-syllable topic ("OCOP") overlaps any topic that contains it.
 */
export function topicsOverlap(a: string, b: string): boolean {
  const sa = words(a);
  const sb = words(b);
  if (sa.length === 0 || sb.length === 0) return false;
  if (sa.length === 1 || sb.length === 1) {
    const [single, other] = sa.length === 1 ? [sa, sb] : [sb, sa];
    return other.includes(single[0] ?? '');
  }
  const pa = syllablePairs(sa);
  const pb = syllablePairs(sb);
  const shared = [...pa].filter((p) => pb.has(p)).length;
  return shared * 2 > Math.min(pa.size, pb.size);
}
