// Amending a proposal returned for changes: the current proposal in the form, and beside it what
// the reviewers asked for (their 'return' decisions, and the standing committee's smaller team).
import { decisionName, sayIn, stageName, type Lang } from '../audit/timelineLabels';
import { proposalSchema } from '../../domain/proposal';
import { formatDateVi } from '../../domain/vnFormat';
import type { Db } from '../../prisma/client';
import { escapeHtml as e } from '../pages/layout';
import { formValuesOfProposal, type FormValues } from './proposalFormInput';

/** Decisions that send a proposal back to the unit for changes. */
const changeRequests = ['return', 'approve_reduced'];

export interface ReviewerComment {
  stage: string;
  decision: string;
  actorName: string | null;
  onBehalfOfName: string | null;
  comment: string | null;
  maxTeamSize: number | null;
  proposalVersion: number;
  decidedAt: string;
}

export interface Amendment {
  id: string;
  title: string;
  stage: string;
  unit: { id: string; name: string };
  proposalVersion: number;
  policyVersionId: string | null;
  values: FormValues;
  comments: ReviewerComment[];
}

export async function loadAmendment(db: Db, id: string): Promise<Amendment | undefined> {
  const d = await db.delegation.findUnique({
    where: { id },
    include: {
      unit: { select: { id: true, name: true } },
      decisions: {
        where: { decision: { in: changeRequests } },
        orderBy: { decidedAt: 'desc' },
        include: { actor: { select: { name: true } }, onBehalfOf: { select: { name: true } } },
      },
    },
  });
  if (!d) return undefined;
  return {
    id: d.id,
    title: d.title,
    stage: d.stage,
    unit: d.unit,
    proposalVersion: d.proposalVersion,
    policyVersionId: d.policyVersionId,
    values: formValuesOfProposal(proposalSchema.parse(d.proposal)),
    comments: d.decisions.map((x) => ({
      stage: x.stage,
      decision: x.decision,
      actorName: x.actor?.name ?? null,
      onBehalfOfName: x.onBehalfOf?.name ?? null,
      comment: x.comment,
      maxTeamSize: x.maxTeamSize,
      proposalVersion: x.proposalVersion,
      decidedAt: x.decidedAt.toISOString(),
    })),
  };
}

/** On a wide screen the comments stay beside the form as the person scrolls; above it on a phone. */
const besideStyle = `<style>@media (min-width:1200px){body:has(#reviewer-comments){max-width:1180px}
#reviewer-comments{float:right;position:sticky;top:16px;width:380px;max-height:90vh;overflow:auto;margin:0 0 16px 24px}
body:has(#reviewer-comments) #proposal-form{margin-right:420px}}</style>`;

/** The reviewers' requests, newest first, each with who asked, when, and on which version. */
export function reviewerCommentsHtml(lang: Lang, comments: ReviewerComment[]): string {
  const t = sayIn(lang);
  const items = comments
    .map((c) => {
      // A decision without a person was recorded by a machine client (an API key).
      const who = c.actorName ?? t('Ứng dụng (khóa API)', 'An application (API key)');
      const behalf = c.onBehalfOfName ? ` (${t('thay cho', 'for')} ${e(c.onBehalfOfName)})` : '';
      const cap =
        c.maxTeamSize !== null
          ? `<p>${t(`Số thành viên tối đa: ${c.maxTeamSize}`, `Largest team: ${c.maxTeamSize}`)}</p>`
          : '';
      return `<li class="comment"><p><strong>${e(who)}</strong>${behalf} — ${e(stageName(c.stage, lang))}, <time datetime="${e(c.decidedAt)}">${formatDateVi(c.decidedAt)}</time>, ${t('phiên bản', 'version')} ${c.proposalVersion}: ${e(decisionName(c.decision, lang))}</p>
${c.comment ? `<blockquote>${e(c.comment)}</blockquote>` : ''}${cap}</li>`;
    })
    .join('');
  const body = items
    ? `<ul>${items}</ul>`
    : `<p>${t('Không có ý kiến kèm theo.', 'No comments were given.')}</p>`;
  return `${besideStyle}<aside class="notice" id="reviewer-comments" aria-labelledby="reviewer-comments-h"><h2 id="reviewer-comments-h">${t('Ý kiến của người xét duyệt', 'What the reviewers asked')}</h2>${body}</aside>`;
}

/** When the delegation is not waiting for an amendment: say so, and where it is. */
export function notAmendableHtml(lang: Lang, a: Amendment): string {
  const t = sayIn(lang);
  return `<h1>${e(a.title)}</h1><p class="warn" role="alert">${t('Đề xuất này không chờ chỉnh sửa', 'This proposal is not waiting for changes')} (${e(stageName(a.stage, lang))}).</p>
<p><a href="/delegations/${e(a.id)}">${t('Về trang của đoàn', 'Back to the delegation')}</a></p>`;
}
