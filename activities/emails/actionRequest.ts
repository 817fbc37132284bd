import type { Proposal } from '../../domain/proposal';
import { stageNamesVi, type Stage } from '../../domain/stage';
import { htmlEmail, type RenderedEmail } from './layout';
import { proposalSummaryLines } from './proposalSummary';

export interface ActionRequestInput {
  stage: Stage;
  proposal: Proposal;
  recipientName: string;
  onBehalfOfName?: string;
  url: string;
  locale: string;
  reminder: boolean;
  /** Why this person is asked (e.g. an escalation), shown in the email. */
  reason?: string;
  duplicateWarnings: string[];
}

const stageNamesEn: Partial<Record<Stage, string>> = {
  committee_review: 'Direct party committee review',
  standing_committee_review: 'Standing committee decision (team above the cap)',
  accountability_review: 'Accountability review of the results',
};

/** The email asking an approver or reviewer to act through their action link. */
export function actionRequestEmail(i: ActionRequestInput): RenderedEmail {
  const vi = i.locale !== 'en';
  const stageName = vi ? stageNamesVi[i.stage] : (stageNamesEn[i.stage] ?? i.stage);
  const subject = `${i.reminder ? (vi ? '[Nhắc lại] ' : '[Reminder] ') : ''}${stageName}: ${i.proposal.title}`;
  const greeting = vi ? `Kính gửi ${i.recipientName},` : `Dear ${i.recipientName},`;
  const behalf = i.onBehalfOfName
    ? vi
      ? `Anh/chị nhận thư này thay cho ${i.onBehalfOfName} (đang vắng mặt).`
      : `You receive this on behalf of ${i.onBehalfOfName}, who is away.`
    : undefined;
  const ask = vi
    ? 'Đề nghị anh/chị xem đề xuất và cho ý kiến bằng đường dẫn dưới đây.'
    : 'Please review the proposal and decide through the link below.';
  const warnings = i.duplicateWarnings.map((w) =>
    vi ? `Lưu ý trùng lặp (R-DUPLICATE): ${w}` : `Possible duplicate (R-DUPLICATE): ${w}`,
  );
  const why = i.reason
    ? [vi ? `Lý do chuyển đến anh/chị: ${i.reason}` : `Why this comes to you: ${i.reason}`]
    : [];
  const lines = [
    greeting,
    ...(behalf ? [behalf] : []),
    ...why,
    ask,
    ...proposalSummaryLines(i.proposal, i.locale),
    ...warnings,
  ];
  const label = vi ? 'Xem và cho ý kiến' : 'Review and decide';
  return {
    subject,
    text: `${lines.join('\n')}\n\n${label}: ${i.url}\n`,
    html: htmlEmail(subject, lines, { label, url: i.url }),
  };
}
