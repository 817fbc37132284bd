import type { Proposal } from '../../domain/proposal';
import { formatDate } from '../../activities/emails/proposalSummary';
import { formatNumberVi } from '../../domain/vnFormat';
import { sayIn, type Lang } from '../audit/timelineLabels';
import { escapeHtml as e } from './layout';

const row = (label: string, value: string) =>
  `<tr><th scope="row">${e(label)}</th><td>${e(value)}</td></tr>`;

/** The whole proposal as the approver must see it before deciding; Vietnamese unless told. */
export function proposalViewHtml(p: Proposal, lang: Lang = 'vi'): string {
  const t = sayIn(lang);
  const members = p.members
    .map(
      (m) =>
        `<li>${e(m.name)} — ${e(m.position)}${m.isDelegationLeader ? ` <strong>(${t('trưởng đoàn', 'leader')})</strong>` : ''}${m.isKeyLeader ? ` (${t('lãnh đạo chủ chốt', 'key leader')})` : ''}</li>`,
    )
    .join('');
  const problems = p.problems
    .map(
      (x) =>
        `<li>${e(x.statement)}<br><small>${t('Chỉ tiêu', 'Indicator')}: ${e(x.indicator)}; ${t('hiện tại', 'now')} ${e(x.baseline)} → ${t('mục tiêu', 'target')} ${e(x.target)}</small></li>`,
    )
    .join('');
  const destinations = p.destinations
    .map(
      (d) =>
        `<li><strong>${e(d.hostBody)}</strong> (${e(d.province)}), ${d.daysOnSite} ${t('ngày', 'days')} — ${e(d.topics.join(', '))}<br><small>${e(d.goodPracticeJustification)}</small></li>`,
    )
    .join('');
  return `<table>
${row(t('Tên đoàn', 'Title'), p.title)}
${row(t('Mục đích', 'Purpose'), p.purpose)}
${row(t('Thời gian', 'Dates'), `${formatDate(p.departureDate)} – ${formatDate(p.returnDate)}`)}
${row(t('Trưởng đoàn', 'Led by'), p.leaderRank === 'head' ? t('Người đứng đầu', 'The head') : t('Cấp phó', 'A deputy'))}
${row(t('Kinh phí', 'Funding'), `${p.funding.source}: ${formatNumberVi(p.funding.amountVnd)} ${t('đồng', 'VND')}`)}
${row(t('Nội dung học tập', 'Study content'), p.studyContent)}
${row(t('Kế hoạch', 'Plan'), p.studyPlan)}
</table>
<h2>${t('Vấn đề cần giải quyết', 'Problems to solve')}</h2><ol>${problems}</ol>
<h2>${t('Địa điểm', 'Destinations')}</h2><ol>${destinations}</ol>
<h2>${t(`Thành phần (${p.members.length} người)`, `Members (${p.members.length})`)}</h2><ol>${members}</ol>`;
}
