import type { Request, Response } from 'express';
import { approversFor } from '../../activities/approvers';
import { decisionFormSchema, decisionNamesVi, type DecisionRequest } from '../../domain/decision';
import { reviewSchema } from '../../domain/review';
import type { DecisionStage, Stage } from '../../domain/stage';
import { decideUpdate, fileReviewUpdate } from '../../workflows/messages';
import { principalOf } from '../access/principal';
import { actionLinkState, type ActionLinkState, type OpenToken } from '../actionLinkState';
import type { ApiDeps } from '../apiDeps';
import { logger } from '../logger';
import { actionPageHtml, recordedPageHtml } from '../pages/actionPage';
import { stalePageHtml } from '../pages/stalePage';
import type { RouteSpec } from '../routeSpec';
import { workflowIdOf } from '../startDelegationWorkflow';
import { updateRefusalOf, type UpdateRefusal } from '../updateFailure';
import { formBody } from '../web/formBody';

const html = (res: Response, status: number, body: string) => {
  res
    .status(status)
    .set('Referrer-Policy', 'no-referrer')
    .set('Cache-Control', 'no-store')
    .type('html')
    .send(body);
};

/** The refusal of a workflow Update as the stale state it stands for. */
function staleOf(r: UpdateRefusal): Exclude<ActionLinkState, { kind: 'open' }> {
  const d = r.details;
  const text = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
  switch (r.type) {
    case 'AlreadyDecided':
      return {
        kind: 'decided',
        by: text(d.by, '—'),
        at: new Date(text(d.at) || Date.now()),
        decision: text(d.decision),
      };
    case 'Superseded':
      return {
        kind: 'superseded',
        currentVersion: typeof d.currentVersion === 'number' ? d.currentVersion : 0,
      };
    case 'Cancelled':
      return { kind: 'cancelled' };
    case 'NotFound':
      return { kind: 'unknown' };
    default:
      return { kind: 'stage_moved', stage: text(d.stage) };
  }
}

/** Rebuilds the review form's flat fields into the review schema's shape. */
function reviewFromForm(body: Record<string, unknown>, problemCount: number) {
  return reviewSchema.safeParse({
    outcomes: Array.from({ length: problemCount }, (_, i) => ({
      problemIndex: i,
      outcome: body[`outcome_${i}`],
      evidence: body[`evidence_${i}`],
    })),
    rating: body.rating,
    comment: body.comment === '' ? undefined : body.comment,
  });
}

/** The pages every stale link can get, documented once for GET and POST. */
const staleLinkResponses = {
  404: { description: 'Unknown link', contentType: 'text/html' },
  409: {
    description: 'Already decided, superseded, cancelled or stage moved on',
    contentType: 'text/html',
  },
  410: { description: 'Expired link', contentType: 'text/html' },
};

export function actionLinkRoutes({ db, temporal }: ApiDeps): RouteSpec[] {
  const tokenPath = '/a/:token';
  const logRefused = (req: Request, reason: string) =>
    logger.warn(
      { reason, ip: req.ip, userAgent: req.get('user-agent'), at: new Date().toISOString() },
      'action link refused',
    );

  /**
   * Links are capabilities and work without a session, but only for whom they were mailed to: a
   * person signed in as someone else (a forwarded link) is refused rather than acting as them.
   */
  async function openedBySomeoneElse(req: Request, t: OpenToken): Promise<boolean> {
    const signedIn = await principalOf(db, req);
    return signedIn?.kind === 'person' && signedIn.personId !== t.approverId;
  }

  async function decide(req: Request, res: Response, t: OpenToken): Promise<void> {
    const form = decisionFormSchema.safeParse(req.body);
    if (!form.success || !t.allowedDecisions.includes(form.data.decision)) {
      const errors = form.success
        ? ['Lựa chọn không hợp lệ.']
        : form.error.issues.map((i) => i.message);
      html(res, 422, actionPageHtml(t, req.originalUrl, errors));
      return;
    }
    const request: DecisionRequest = {
      ...form.data,
      stage: t.stage as DecisionStage,
      proposalVersion: t.proposalVersion,
      tokenId: t.id,
      actor: {
        personId: t.approverId,
        personName: t.approverName,
        onBehalfOfId: t.onBehalfOfId ?? undefined,
        onBehalfOfName: t.onBehalfOfName ?? undefined,
        ip: req.ip,
        userAgent: req.get('user-agent'),
      },
    };
    const result = await temporal.workflow
      .getHandle(workflowIdOf(t.delegationId))
      .executeUpdate(decideUpdate, { args: [request] });
    html(
      res,
      200,
      recordedPageHtml(
        `Ý kiến «${decisionNamesVi[form.data.decision]}» của anh/chị đã được ghi nhận. Bước hiện tại: ${result.stage}.`,
      ),
    );
  }

  async function review(req: Request, res: Response, t: OpenToken): Promise<void> {
    const parsed = reviewFromForm(req.body as Record<string, unknown>, t.proposal.problems.length);
    if (!parsed.success) {
      html(
        res,
        422,
        actionPageHtml(
          t,
          req.originalUrl,
          parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
        ),
      );
      return;
    }
    await temporal.workflow
      .getHandle(workflowIdOf(t.delegationId))
      .executeUpdate(fileReviewUpdate, {
        args: [
          {
            content: parsed.data,
            reviewerId: t.approverId,
            proposalVersion: t.proposalVersion,
            tokenId: t.id,
          },
        ],
      });
    html(res, 200, recordedPageHtml('Đánh giá của anh/chị đã được ghi nhận.'));
  }

  return [
    {
      method: 'get',
      path: tokenPath,
      summary: 'Action link page: shows the proposal and the choices; changes nothing (also HEAD)',
      tags: ['action links'],
      // The token in the path is the credential, bound to one approver, stage and decisions.
      access: { public: true },
      rateLimit: 'link',
      responses: {
        200: { description: 'The decision or review form', contentType: 'text/html' },
        403: {
          description:
            'The person proposed or travels in the delegation, or is signed in as someone else',
          contentType: 'text/html',
        },
        ...staleLinkResponses,
      },
      async handler(req, res) {
        const s = await actionLinkState(db, String(req.params.token));
        if (s.kind !== 'open') {
          const page = stalePageHtml(s);
          html(res, page.status, page.html);
          return;
        }
        if (await openedBySomeoneElse(req, s.token)) {
          const page = stalePageHtml({ kind: 'not_for_you', approverName: s.token.approverName });
          html(res, page.status, page.html);
          return;
        }
        html(res, 200, actionPageHtml(s.token, req.originalUrl));
      },
    },
    {
      method: 'post',
      path: tokenPath,
      summary: 'Submit the decision (or review) of an action link form',
      tags: ['action links'],
      access: { public: true },
      rateLimit: 'link',
      body: formBody,
      responses: {
        200: { description: 'Recorded', contentType: 'text/html' },
        403: {
          description:
            'The person no longer holds the role for this stage, proposed or travels in the delegation, or is signed in as someone else',
          contentType: 'text/html',
        },
        ...staleLinkResponses,
        422: {
          description: 'Form incomplete: the form again with the reason',
          contentType: 'text/html',
        },
      },
      async handler(req, res) {
        const s = await actionLinkState(db, String(req.params.token));
        if (s.kind !== 'open') {
          logRefused(req, s.kind);
          const page = stalePageHtml(s);
          html(res, page.status, page.html);
          return;
        }
        const t = s.token;
        if (await openedBySomeoneElse(req, t)) {
          logRefused(req, 'not_for_you');
          html(res, 403, stalePageHtml({ kind: 'not_for_you', approverName: t.approverName }).html);
          return;
        }
        // Authority comes from the database now, not from whoever the link was mailed to.
        const current = await approversFor(db, t.delegationId, t.stage as Stage, new Date());
        const entitled = current.some(
          (r) => r.id === t.approverId || r.onBehalfOf?.id === (t.onBehalfOfId ?? t.approverId),
        );
        if (!entitled) {
          logRefused(req, 'not_entitled');
          html(res, 403, stalePageHtml({ kind: 'not_entitled' }).html);
          return;
        }
        try {
          await (t.purpose === 'review' ? review(req, res, t) : decide(req, res, t));
        } catch (err) {
          const refusal = updateRefusalOf(err);
          if (!refusal) throw err;
          logRefused(req, refusal.type);
          const page = stalePageHtml(staleOf(refusal));
          html(res, page.status, page.html);
        }
      },
    },
  ];
}
