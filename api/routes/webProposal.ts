// The proposal form: shown, checked live as the person types, and submitted through the same
// code as POST /api/delegations (submitProposal), so the browser and the API cannot disagree.
// A returned proposal is amended in the same form, through the same code as
// POST /api/delegations/:id/amendments (amendProposal).
import type { Request } from 'express';
import { z } from 'zod';
import { say } from '../audit/timelineLabels';
import { reachesDelegation } from '../access/delegationReach';
import { delegationRunners } from '../access/roleGroups';
import { accessOf } from '../access/routeAccess';
import { delegationInPath, ownUnitInProposal } from '../access/scopes';
import { amendProposal } from '../amendProposal';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { errorsSchema } from '../schemas';
import { submitProposal } from '../submitProposal';
import { loadAmendment, notAmendableHtml, reviewerCommentsHtml } from '../web/amendPage';
import { deleteDraft, draftsOf } from '../web/draftStore';
import { recentDraftsHtml } from '../web/draftListPage';
import { checkDraft } from '../web/proposalDraftCheck';
import { sendProposalForm, staffUnitIdsOf, staffUnitsOf } from '../web/proposalFormSend';
import {
  formFieldOf,
  formValuesOf,
  proposalOfForm,
  rowGroupAsked,
  type FormValues,
} from '../web/proposalFormInput';
import { proposalFormScript } from '../web/proposalFormScript';
import { navHtml, sendPage } from '../web/sendPage';
import { webCallerOf } from '../web/webCaller';
import { refusalSchema } from './adminAnswers';
import type { Db } from '../../prisma/client';
import { formBody } from '../web/formBody';

const html = { description: 'Page', contentType: 'text/html' };
const isForm = (req: Request) => req.is('application/x-www-form-urlencoded') !== false;
const violationSchema = errorsSchema.shape.errors.element;
const draftCheckSchema = z.object({
  errors: errorsSchema.shape.errors,
  warnings: z.array(
    violationSchema.extend({
      earlierDelegationId: z.string(),
      title: z.string(),
      href: z.string().nullable(),
    }),
  ),
  workingDaysToDeparture: z.number().int().nullable(),
  noticeWorkingDays: z.number().int().nullable(),
  earliestDeparture: z.string().nullable(),
  teamSizeCap: z.object({ head: z.number(), deputy: z.number() }).nullable(),
  teamSize: z.object({ cap: z.number(), size: z.number(), exceeds: z.boolean() }).nullable(),
  escalation: z.object({ message: z.string(), messageVi: z.string() }).nullable(),
});
const checkQuery = z.object({
  amending: z
    .string()
    .optional()
    .describe('the delegation whose returned proposal is being amended: judged as an amendment'),
});

/** The delegation a live check judges an amendment of, when the caller may amend it. */
async function amendedOf(db: Db, req: Request) {
  const id = req.query.amending;
  if (typeof id !== 'string') return { ok: true as const, amending: undefined };
  const d = await db.delegation.findUnique({
    where: { id },
    select: { id: true, policyVersionId: true },
  });
  return d && (await reachesDelegation(db, accessOf(req).grants, id))
    ? { ok: true as const, amending: d }
    : { ok: false as const };
}

export function webProposalRoutes({ db, temporal, taskQueue }: ApiDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/delegations/new',
      summary: 'Proposal form page (unit staff), with the unit’s newest drafts',
      tags: ['web'],
      access: { roles: delegationRunners },
      responses: { 200: html },
      async handler(req, res) {
        const caller = webCallerOf(req);
        const unitIds = staffUnitIdsOf(req);
        const [units, drafts, total] = await Promise.all([
          staffUnitsOf(db, req),
          draftsOf(db, unitIds, 5),
          db.proposalDraft.count({ where: { unitId: { in: unitIds } } }),
        ]);
        sendProposalForm(res, 200, caller, {
          values: {},
          errors: [],
          units,
          mode: { kind: 'new' },
          before: recentDraftsHtml(caller.lang, drafts, total),
        });
      },
    },
    {
      method: 'post',
      path: '/delegations/new',
      summary:
        'Submit the proposal form (same checks as POST /api/delegations); 303 to the new delegation, or the form again with every violation. A submitted draft (`draftId`) is deleted. `addRow=<group>` (the add-a-row buttons without the script) only shows the form again with one more row',
      tags: ['web'],
      access: { roles: delegationRunners, scope: ownUnitInProposal() },
      body: formBody,
      responses: {
        200: { description: 'The form again with one more row (addRow)', contentType: 'text/html' },
        303: { description: 'Submitted: to /delegations/:id' },
        422: {
          description: 'The form again, violations next to their fields',
          contentType: 'text/html',
        },
        503: {
          description:
            'Not submitted (the system could not store it now): the form again, to send later',
          contentType: 'text/html',
        },
      },
      async handler(req, res) {
        const caller = webCallerOf(req);
        const values = formValuesOf(req.body);
        const mode = { kind: 'new' as const, draftId: values.draftId || undefined };
        const addedRow = rowGroupAsked(values);
        if (addedRow) {
          const units = await staffUnitsOf(db, req);
          sendProposalForm(res, 200, caller, { values, errors: [], units, mode, addedRow });
          return;
        }
        const { input, rowOf } = proposalOfForm(values);
        // The form's hidden key makes a second press of the button (or a resent form) reach the
        // same delegation instead of submitting twice.
        const result = await submitProposal(db, temporal, taskQueue, input, {
          submittedById: caller.personId,
          idempotencyKey:
            values.submissionKey && caller.personId
              ? { caller: `person:${caller.personId}`, key: values.submissionKey }
              : undefined,
        });
        if (result.ok) {
          if (values.draftId) await deleteDraft(db, values.draftId, staffUnitIdsOf(req));
          res.redirect(303, `/delegations/${result.id}`);
          return;
        }
        const units = await staffUnitsOf(db, req);
        if (result.status === 503 || result.status === 409) {
          if (result.status === 503) res.set('Retry-After', String(result.retryAfterSeconds));
          sendProposalForm(res, result.status, caller, {
            values,
            errors: [],
            units,
            mode,
            notice: say(
              caller.lang,
              'Đề xuất chưa được gửi: hệ thống tạm thời không lưu được. Nội dung vẫn còn trên trang này; vui lòng gửi lại sau ít phút.',
              'The proposal was not sent: the system cannot store it right now. Everything you typed is still here; please send it again in a few minutes.',
            ),
          });
          return;
        }
        const errors = result.errors.map((x) => ({ ...x, formField: formFieldOf(x.field, rowOf) }));
        sendProposalForm(res, 422, caller, { values, errors, units, mode });
      },
    },
    {
      method: 'post',
      path: '/api/proposals/check',
      summary:
        'Check a proposal being written, stores nothing: every violation (same rules as submission), possible duplicates (R-DUPLICATE) with the earlier delegations’ titles, working days to departure, team-size caps and whether the standing committee would decide. Takes the JSON proposal or the form fields; `?amending=` judges an amendment of that delegation',
      tags: ['delegations'],
      access: { roles: delegationRunners, scope: ownUnitInProposal() },
      query: checkQuery,
      responses: {
        200: { description: 'What the rules say now', schema: draftCheckSchema },
        404: { description: 'No such delegation to amend', schema: refusalSchema },
        422: { description: 'A unit the caller is not staff of', schema: errorsSchema },
      },
      async handler(req, res) {
        const amended = await amendedOf(db, req);
        if (!amended.ok) {
          res.status(404).json({ error: 'NotFound', message: 'No such delegation' });
          return;
        }
        const options = { amending: amended.amending };
        const { grants } = accessOf(req);
        if (!isForm(req)) {
          res.json(await checkDraft(db, req.body, grants, options));
          return;
        }
        const { input, rowOf } = proposalOfForm(formValuesOf(req.body));
        const checked = await checkDraft(db, input, grants, options);
        const onForm = <T extends { field: string }>(x: T): T => ({
          ...x,
          field: formFieldOf(x.field, rowOf),
        });
        res.json({
          ...checked,
          errors: checked.errors.map(onForm),
          warnings: checked.warnings.map(onForm),
        });
      },
    },
    {
      method: 'get',
      path: '/web/proposal-form.js',
      summary: 'The proposal form’s script (live checks, adding rows); the form works without it',
      tags: ['web'],
      access: { public: true },
      responses: { 200: { description: 'JavaScript', contentType: 'text/javascript' } },
      handler(_req, res) {
        res.type('text/javascript').set('Cache-Control', 'no-cache').send(proposalFormScript);
      },
    },
    {
      method: 'get',
      path: '/delegations/:id/amend',
      summary:
        'Amend a proposal returned for changes: the form filled with the current proposal, beside it the reviewers’ comments',
      tags: ['web'],
      access: { roles: delegationRunners, scope: delegationInPath(db) },
      responses: {
        200: html,
        404: { description: 'No such delegation' },
        409: { description: 'Not waiting for an amendment', contentType: 'text/html' },
      },
      async handler(req, res) {
        const caller = webCallerOf(req);
        const a = await loadAmendment(db, String(req.params.id));
        if (!a) {
          res.status(404).json({ error: 'NotFound', message: 'No such delegation' });
          return;
        }
        if (a.stage !== 'amendment_requested') {
          const title = say(caller.lang, 'Chỉnh sửa đề xuất', 'Amend a proposal');
          sendPage(
            res,
            409,
            title,
            navHtml(caller) + notAmendableHtml(caller.lang, a),
            caller.lang,
          );
          return;
        }
        sendProposalForm(res, 200, caller, {
          values: a.values,
          errors: [],
          units: [a.unit],
          mode: { kind: 'amend', delegationId: a.id, basedOnVersion: a.proposalVersion },
          before: reviewerCommentsHtml(caller.lang, a.comments),
        });
      },
    },
    {
      method: 'post',
      path: '/delegations/:id/amend',
      summary:
        'Resubmit the amended proposal (same code as POST /api/delegations/:id/amendments); 303 to the delegation page, or the form again with every violation. `addRow=<group>` only shows the form again with one more row',
      tags: ['web'],
      access: { roles: delegationRunners, scope: delegationInPath(db) },
      body: formBody,
      responses: {
        200: { description: 'The form again with one more row (addRow)', contentType: 'text/html' },
        303: { description: 'Resubmitted: to /delegations/:id' },
        404: { description: 'No such delegation' },
        409: {
          description: 'The form again: not waiting for an amendment, or a newer version exists',
          contentType: 'text/html',
        },
        422: {
          description: 'The form again, violations next to their fields',
          contentType: 'text/html',
        },
      },
      async handler(req, res) {
        const caller = webCallerOf(req);
        const id = String(req.params.id);
        const a = await loadAmendment(db, id);
        if (!a) {
          res.status(404).json({ error: 'NotFound', message: 'No such delegation' });
          return;
        }
        // The unit is not the form's to change: the delegation and its quota belong to it.
        const values: FormValues = { ...formValuesOf(req.body), unitId: a.unit.id };
        const basedOnVersion = Number(values.basedOnVersion);
        const mode = { kind: 'amend' as const, delegationId: id, basedOnVersion };
        const before = reviewerCommentsHtml(caller.lang, a.comments);
        const addedRow = rowGroupAsked(values);
        if (addedRow) {
          const again = { values, errors: [], units: [a.unit], mode, before, addedRow };
          sendProposalForm(res, 200, caller, again);
          return;
        }
        const { input, rowOf } = proposalOfForm(values);
        const outcome = await amendProposal(
          temporal,
          id,
          { basedOnVersion, proposal: input },
          caller.personId ?? undefined,
        );
        if (outcome.ok) {
          res.redirect(303, `/delegations/${id}`);
          return;
        }
        const errors =
          outcome.status === 422
            ? outcome.errors.map((x) => ({
                ...x,
                formField: formFieldOf(x.field.replace(/^proposal\./, ''), rowOf),
              }))
            : [];
        const notice =
          outcome.status === 422
            ? undefined
            : outcome.error === 'Superseded'
              ? say(
                  caller.lang,
                  'Đề xuất đã có phiên bản mới hơn: hãy mở lại trang chỉnh sửa.',
                  'A newer version of the proposal exists: open the amendment page again.',
                )
              : say(
                  caller.lang,
                  'Đề xuất không còn chờ chỉnh sửa nên chưa gửi lại được.',
                  'The proposal is no longer waiting for changes, so it was not resubmitted.',
                );
        sendProposalForm(res, outcome.status === 422 ? 422 : 409, caller, {
          values,
          errors,
          units: [a.unit],
          mode,
          notice,
          before,
        });
      },
    },
  ];
}
