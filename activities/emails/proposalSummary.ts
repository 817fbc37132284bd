import type { Proposal } from '../../domain/proposal';

/** The essentials of a proposal, as lines for an email body (Vietnamese or English). */
export function proposalSummaryLines(p: Proposal, locale: string): string[] {
  const vi = locale !== 'en';
  const leader = p.members.find((m) => m.isDelegationLeader);
  const places = p.destinations.map(
    (d) => `${d.hostBody} (${d.province}), ${d.daysOnSite} ${vi ? 'ngày' : 'day(s)'}`,
  );
  return vi
    ? [
        `Đoàn: ${p.title}`,
        `Mục đích: ${p.purpose}`,
        `Thời gian: ${formatDate(p.departureDate)} – ${formatDate(p.returnDate)}`,
        `Địa điểm: ${places.join('; ')}`,
        `Thành phần: ${p.members.length} người, trưởng đoàn ${leader?.name ?? '—'} (${p.leaderRank === 'head' ? 'người đứng đầu' : 'cấp phó'})`,
        `Kinh phí: ${p.funding.source}, ${p.funding.amountVnd.toLocaleString('vi-VN')} đồng`,
      ]
    : [
        `Delegation: ${p.title}`,
        `Purpose: ${p.purpose}`,
        `Dates: ${formatDate(p.departureDate)} – ${formatDate(p.returnDate)}`,
        `Destinations: ${places.join('; ')}`,
        `Members: ${p.members.length}, led by ${leader?.name ?? '—'} (${p.leaderRank === 'head' ? 'head' : 'deputy head'})`,
        `Funding: ${p.funding.source}, ${p.funding.amountVnd.toLocaleString('en-US')} VND`,
      ];
}

/** dd/mm/yyyy, as Vietnamese documents write dates. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}
