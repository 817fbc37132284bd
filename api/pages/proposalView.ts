import type { Proposal } from '../../domain/proposal';
import { formatDate } from '../../activities/emails/proposalSummary';
import { escapeHtml as e } from './layout';

const row = (label: string, value: string) =>
  `<tr><th scope="row">${e(label)}</th><td>${e(value)}</td></tr>`;

/** The whole proposal as the approver must see it before deciding. */
export function proposalViewHtml(p: Proposal): string {
  const members = p.members
    .map(
      (m) =>
        `<li>${e(m.name)} — ${e(m.position)}${m.isDelegationLeader ? ' <strong>(trưởng đoàn)</strong>' : ''}${m.isKeyLeader ? ' (lãnh đạo chủ chốt)' : ''}</li>`,
    )
    .join('');
  const problems = p.problems
    .map(
      (x) =>
        `<li>${e(x.statement)}<br><small>Chỉ tiêu: ${e(x.indicator)}; hiện tại ${e(x.baseline)} → mục tiêu ${e(x.target)}</small></li>`,
    )
    .join('');
  const destinations = p.destinations
    .map(
      (d) =>
        `<li><strong>${e(d.hostBody)}</strong> (${e(d.province)}), ${d.daysOnSite} ngày — ${e(d.topics.join(', '))}<br><small>${e(d.goodPracticeJustification)}</small></li>`,
    )
    .join('');
  return `<table>
${row('Tên đoàn', p.title)}
${row('Mục đích', p.purpose)}
${row('Thời gian', `${formatDate(p.departureDate)} – ${formatDate(p.returnDate)}`)}
${row('Trưởng đoàn', p.leaderRank === 'head' ? 'Người đứng đầu' : 'Cấp phó')}
${row('Kinh phí', `${p.funding.source}: ${p.funding.amountVnd.toLocaleString('vi-VN')} đồng`)}
${row('Nội dung học tập', p.studyContent)}
${row('Kế hoạch', p.studyPlan)}
</table>
<h2>Vấn đề cần giải quyết</h2><ol>${problems}</ol>
<h2>Địa điểm</h2><ol>${destinations}</ol>
<h2>Thành phần (${p.members.length} người)</h2><ol>${members}</ol>`;
}
