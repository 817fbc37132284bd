import type { Request, Response } from 'express';
import { approversFor } from '../../activities/approvers';
import { decisionFormSchema, type DecisionForm, type DecisionRequest } from '../../domain/decision';
import { reviewSchema } from '../../domain/review';
import type { DecisionStage, Stage } from '../../domain/stage';
import { decideUpdate, fileReviewUpdate } from '../../workflows/messages';
import { principalOf } from '../access/principal';
import { actionLinkOf, type OpenToken } from '../actionLinkState';
import type { ApiDeps } from '../apiDeps';
import { decisionName, langOf, say, stageName, type Lang } from '../audit/timelineLabels';
import { logger } from '../logger';
import { actionPageHtml, recordedPageHtml } from '../pages/actionPage';
import { stalePageHtml, type StaleLinkState } from '../pages/stalePage';
import type { RouteSpec } from '../routeSpec';
import { workflowIdOf } from '../startDelegationWorkflow';
import { updateRefusalOf, type UpdateRefusal } from '../updateFailure';
import { withinDecisionWait } from '../decisionWait';
import { zodProblems, type FieldProblem } from '../web/delegationPageForms';
import { formBody } from '../web/formBody';
import { formValuesOf } from '../web/proposalFormInput';
import { reviewFormFieldOf, reviewOfForm } from '../web/reviewFormInput';
import { chosenWebLang } from '../web/webLang';

const html = (res: Response, status: number, body: string) => {
  res
    .status(status)
    .set('Referrer-Policy', 'no-referrer')
    .set('Cache-Control', 'no-store')
    .type('html')
    .send(body);
};

/** The refusal of a workflow Update as the stale state it stands for. */
function staleOf(r: UpdateRefusal): StaleLinkState {
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
    default:
      return { kind: 'stage_moved', stage: text(d.stage) };
  }
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

/**
 * What the workflow would refuse of a well-formed decision, checked here so the approver gets
 * the form again naming the field (422) rather than a page about the stage: a choice this step
 * does not offer, or a "reduced" team that is not smaller than the proposed one.
 */
function decisionRefusalOf(d: DecisionForm, t: OpenToken, lang: Lang): FieldProblem[] {
  if (!t.allowedDecisions.includes(d.decision)) {
    const message = say(
      lang,
      'Lựa chọn này không dùng được ở bước này.',
      'That choice is not open at this step.',
    );
    return [{ field: 'decision', rule: 'R-INPUT', message }];
  }
  const size = t.proposal.members.length;
  if (d.decision === 'approve_reduced' && (d.maxTeamSize ?? Infinity) >= size) {
    const message = say(
      lang,
      `Số thành viên tối đa phải nhỏ hơn số thành viên đề xuất (${size}).`,
      `The largest team allowed must be smaller than the proposed team (${size}).`,
    );
    return [{ field: 'maxTeamSize', rule: 'R-TEAM-SIZE', message }];
  }
  return [];
}

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

  /** The language the browser chose with the switch, else the one the approver chose for mail. */
  const pageLang = (req: Request, approverLocale: string | null): Lang =>
    chosenWebLang(req) ?? langOf(approverLocale);

  const sendStale = (res: Response, s: StaleLinkState, lang: Lang, back: string) => {
    const page = stalePageHtml(s, lang, back);
    html(res, page.status, page.html);
  };

  async function decide(req: Request, res: Response, t: OpenToken, lang: Lang): Promise<void> {
    const values = formValuesOf(req.body);
    const form = decisionFormSchema.safeParse(values);
    const refused = form.success
      ? decisionRefusalOf(form.data, t, lang)
      : zodProblems(form.error, 'R-INPUT', (path) => path, lang);
    if (!form.success || refused.length > 0) {
      html(res, 422, actionPageHtml(t, req.originalUrl, lang, { values, problems: refused }));
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
    // One Update per link (its id): a second press while the first is under way joins it. The
    // page waits only a few seconds: a slow worker records the decision after the page answers.
    const result = await withinDecisionWait(temporal, () =>
      temporal.workflow
        .getHandle(workflowIdOf(t.delegationId))
        .executeUpdate(decideUpdate, { args: [request], updateId: `decision-${t.id}` }),
    );
    const what = decisionName(form.data.decision, lang);
    if (result === 'pending') {
      const pending = say(
        lang,
        `Hệ thống đã nhận ý kiến «${what}» của anh/chị và đang xử lý; việc này có thể mất vài phút. Anh/chị không cần gửi lại: mở lại liên kết này để xem ý kiến đã được ghi nhận chưa (nếu một thành viên khác đã cho ý kiến trước, trang sẽ cho biết).`,
        `Your decision «${what}» was received and is being processed; this may take a few minutes. There is no need to send it again: open this link again to see whether it was recorded (if another member decided first, the page will say so).`,
      );
      html(res, 202, recordedPageHtml(pending, lang));
      return;
    }
    const stage = stageName(result.stage, lang);
    const message = say(
      lang,
      `Ý kiến «${what}» của anh/chị đã được ghi nhận. Bước hiện tại: ${stage}.`,
      `Your decision «${what}» is recorded. The proposal is now at: ${stage}.`,
    );
    html(res, 200, recordedPageHtml(message, lang));
  }

  async function review(req: Request, res: Response, t: OpenToken, lang: Lang): Promise<void> {
    const values = formValuesOf(req.body);
    const parsed = reviewSchema.safeParse(reviewOfForm(values, t.proposal.problems.length));
    if (!parsed.success) {
      const problems = zodProblems(parsed.error, 'R-ACCOUNTABILITY', reviewFormFieldOf, lang);
      html(res, 422, actionPageHtml(t, req.originalUrl, lang, { values, problems }));
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
    const message = say(lang, 'Đánh giá của anh/chị đã được ghi nhận.', 'Your review is recorded.');
    html(res, 200, recordedPageHtml(message, lang));
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
        const link = await actionLinkOf(db, String(req.params.token));
        const [s, lang, back] = [link.state, pageLang(req, link.approverLocale), req.originalUrl];
        if (s.kind !== 'open') {
          sendStale(res, s, lang, back);
          return;
        }
        if (await openedBySomeoneElse(req, s.token)) {
          sendStale(res, { kind: 'not_for_you', approverName: s.token.approverName }, lang, back);
          return;
        }
        html(res, 200, actionPageHtml(s.token, back, lang));
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
        202: {
          description:
            'Received, still being processed (the worker is slow): the page says so; reopening the link shows the outcome',
          contentType: 'text/html',
        },
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
        const link = await actionLinkOf(db, String(req.params.token));
        const [s, lang, back] = [link.state, pageLang(req, link.approverLocale), req.originalUrl];
        if (s.kind !== 'open') {
          logRefused(req, s.kind);
          sendStale(res, s, lang, back);
          return;
        }
        const t = s.token;
        if (await openedBySomeoneElse(req, t)) {
          logRefused(req, 'not_for_you');
          sendStale(res, { kind: 'not_for_you', approverName: t.approverName }, lang, back);
          return;
        }
        // Authority comes from the database now, not from whoever the link was mailed to.
        const current = await approversFor(db, t.delegationId, t.stage as Stage, new Date());
        const entitled = current.some(
          (r) => r.id === t.approverId || r.onBehalfOf?.id === (t.onBehalfOfId ?? t.approverId),
        );
        if (!entitled) {
          logRefused(req, 'not_entitled');
          sendStale(res, { kind: 'not_entitled' }, lang, back);
          return;
        }
        try {
          await (t.purpose === 'review' ? review(req, res, t, lang) : decide(req, res, t, lang));
        } catch (err) {
          const refusal = updateRefusalOf(err);
          if (!refusal) throw err;
          logRefused(req, refusal.type);
          if (refusal.type === 'NotAllowed') {
            // The workflow refused the choice itself (checked above too): the form again.
            const field = /team/i.test(refusal.message) ? 'maxTeamSize' : 'decision';
            const message = say(lang, 'Lựa chọn này không được chấp nhận.', refusal.message);
            const problems: FieldProblem[] = [{ field, rule: 'R-INPUT', message }];
            const values = formValuesOf(req.body);
            html(res, 422, actionPageHtml(t, req.originalUrl, lang, { values, problems }));
            return;
          }
          // The workflow may have ended with the decision that won the race (a rejection): the
          // link's own state says who decided, which the ended workflow cannot.
          const now =
            refusal.type === 'Ended' ? (await actionLinkOf(db, String(req.params.token))).state : s;
          sendStale(res, now.kind === 'open' ? staleOf(refusal) : now, lang, back);
        }
      },
    },
  ];
}
