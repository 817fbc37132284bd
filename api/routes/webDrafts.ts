// Proposal drafts of a unit's staff: saved from the form ("Lưu nháp"), listed, reopened in the
// form, deleted; submitting the form deletes its draft (webProposal.ts). Any staff member of the
// unit sees its drafts, so a colleague can finish one; other units' drafts answer 404.
import type { Request, Response } from 'express';
import { z } from 'zod';
import { staffedUnitIds } from '../../domain/accessReach';
import { say, sayIn } from '../audit/timelineLabels';
import { delegationRunners } from '../access/roleGroups';
import type { AccessScope } from '../access/routeAccess';
import { ownUnitInProposal } from '../access/scopes';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { draftListPageHtml, whenVi } from '../web/draftListPage';
import {
  deleteDraft,
  draftContentOf,
  draftLimits,
  draftOf,
  draftValuesOf,
  draftsOf,
  saveDraft,
} from '../web/draftStore';
import { formValuesOf } from '../web/proposalFormInput';
import { sendProposalForm, staffUnitIdsOf, staffUnitsOf } from '../web/proposalFormSend';
import { navHtml, sendPage } from '../web/sendPage';
import { webCallerOf } from '../web/webCaller';
import type { Db } from '../../prisma/client';
import { formBody } from '../web/formBody';

const html = { description: 'Page', contentType: 'text/html' };
const refusal = z.object({ error: z.literal('NotFound'), message: z.string() });
const notFound = (res: Response) => {
  res.status(404).json({ error: 'NotFound', message: 'No such draft' });
};

/** `/delegations/drafts/:id` names a draft of one of the caller's units. */
function draftInPath(db: Db): AccessScope {
  return {
    async reaches(req, grants) {
      return (await draftOf(db, String(req.params.id), staffedUnitIds(grants))) !== null;
    },
    refuse: (_req, res) => notFound(res),
    refusal: { status: 404, description: 'No such draft of the caller’s units', schema: refusal },
  };
}

export function webDraftRoutes({ db }: ApiDeps): RouteSpec[] {
  /** Saves the posted form as a new draft (no id) or over one; 303 back to it in the form. */
  async function save(req: Request, res: Response, id: string | undefined): Promise<void> {
    const caller = webCallerOf(req);
    const t = sayIn(caller.lang);
    const values = formValuesOf(req.body);
    const unitIds = staffUnitIdsOf(req);
    const again = async (status: number, notice: string) =>
      sendProposalForm(res, status, caller, {
        values,
        errors: [],
        units: await staffUnitsOf(db, req),
        mode: { kind: 'new', draftId: id },
        notice,
      });
    const content = draftContentOf(values);
    if (!content) {
      await again(
        413,
        t(
          `Bản nháp quá lớn: mỗi mục tối đa ${draftLimits.fieldChars} ký tự, tổng cộng ${draftLimits.totalChars}, tối đa ${draftLimits.rows} dòng mỗi phần.`,
          `The draft is too large: at most ${draftLimits.fieldChars} characters a field, ${draftLimits.totalChars} in all, ${draftLimits.rows} rows a section.`,
        ),
      );
      return;
    }
    const unitId = values.unitId;
    // A draft has an author to show the unit; a machine client has its proposals' JSON instead.
    if (!caller.personId || !unitId || !unitIds.includes(unitId)) {
      await again(
        422,
        caller.personId
          ? t('Hãy chọn đơn vị đề xuất.', 'Choose the proposing unit.')
          : t('Bản nháp chỉ lưu được khi đăng nhập.', 'Drafts are saved for a signed-in person.'),
      );
      return;
    }
    const saved = await saveDraft(db, { id, unitId, authorId: caller.personId, content }, unitIds);
    if (!saved) {
      notFound(res);
      return;
    }
    res.redirect(303, `/delegations/drafts/${saved}?saved=1`);
  }

  return [
    {
      method: 'get',
      path: '/delegations/drafts',
      summary: 'The drafts of the caller’s units, newest first, to reopen or delete',
      tags: ['web'],
      access: { roles: delegationRunners },
      responses: { 200: html },
      async handler(req, res) {
        const caller = webCallerOf(req);
        const drafts = await draftsOf(db, staffUnitIdsOf(req));
        const title = say(caller.lang, 'Bản nháp', 'Drafts');
        const body = draftListPageHtml(caller.lang, drafts, caller.csrf);
        sendPage(res, 200, title, navHtml(caller) + body, caller.lang);
      },
    },
    {
      method: 'post',
      path: '/delegations/drafts',
      summary:
        'Save the proposal form as a new draft (not checked against the rules; size bounded); 303 to the draft',
      tags: ['web'],
      access: { roles: delegationRunners, scope: ownUnitInProposal() },
      body: formBody,
      responses: {
        303: { description: 'Saved: to /delegations/drafts/:id' },
        413: { description: 'The form again: the draft is too large', contentType: 'text/html' },
        422: { description: 'The form again: no unit, or not signed in', contentType: 'text/html' },
      },
      handler: (req, res) => save(req, res, undefined),
    },
    {
      method: 'get',
      path: '/delegations/drafts/:id',
      summary: 'A draft reopened in the proposal form',
      tags: ['web'],
      access: { roles: delegationRunners, scope: draftInPath(db) },
      responses: { 200: html, 404: { description: 'No such draft' } },
      async handler(req, res) {
        const caller = webCallerOf(req);
        const draft = await draftOf(db, String(req.params.id), staffUnitIdsOf(req));
        if (!draft) {
          notFound(res);
          return;
        }
        const saved = whenVi(draft.updatedAt.toISOString());
        sendProposalForm(res, 200, caller, {
          values: draftValuesOf(draft.content),
          errors: [],
          units: await staffUnitsOf(db, req),
          mode: { kind: 'new', draftId: draft.id },
          notice:
            req.query.saved === '1'
              ? say(caller.lang, `Đã lưu nháp lúc ${saved}.`, `Draft saved at ${saved}.`)
              : say(caller.lang, `Bản nháp lưu lúc ${saved}.`, `Draft last saved at ${saved}.`),
        });
      },
    },
    {
      method: 'post',
      path: '/delegations/drafts/:id',
      summary: 'Save the proposal form over a draft; 303 to the draft',
      tags: ['web'],
      access: { roles: delegationRunners, scope: draftInPath(db) },
      body: formBody,
      responses: {
        303: { description: 'Saved: to /delegations/drafts/:id' },
        404: { description: 'No such draft' },
        413: { description: 'The form again: the draft is too large', contentType: 'text/html' },
        422: { description: 'The form again: no unit, or not signed in', contentType: 'text/html' },
      },
      handler: (req, res) => save(req, res, String(req.params.id)),
    },
    {
      method: 'post',
      path: '/delegations/drafts/:id/delete',
      summary: 'Delete a draft (a form post); 303 to the list of drafts',
      tags: ['web'],
      access: { roles: delegationRunners, scope: draftInPath(db) },
      responses: {
        303: { description: 'Deleted: to /delegations/drafts' },
        404: { description: 'No such draft' },
      },
      async handler(req, res) {
        if (!(await deleteDraft(db, String(req.params.id), staffUnitIdsOf(req)))) {
          notFound(res);
          return;
        }
        res.redirect(303, '/delegations/drafts');
      },
    },
  ];
}
