// The proposal form: shown, checked live as the person types, and submitted through the same
// code as POST /api/delegations (submitProposal), so the browser and the API cannot disagree.
import type { Request } from 'express';
import { z } from 'zod';
import { delegationRunners } from '../access/roleGroups';
import { accessOf } from '../access/routeAccess';
import { ownUnitInProposal } from '../access/scopes';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { errorsSchema } from '../schemas';
import { submitProposal } from '../submitProposal';
import { checkDraft } from '../web/proposalDraftCheck';
import { proposalFormHtml } from '../web/proposalFormPage';
import { formFieldOf, formValuesOf, proposalOfForm } from '../web/proposalFormInput';
import { proposalFormScript } from '../web/proposalFormScript';
import { navHtml, sendPage } from '../web/sendPage';
import { webCallerOf } from '../web/webCaller';
import type { Db } from '../../prisma/client';

const html = { description: 'Page', contentType: 'text/html' };
const isForm = (req: Request) => req.is('application/x-www-form-urlencoded') !== false;
const draftCheckSchema = z.object({
  errors: errorsSchema.shape.errors,
  workingDaysToDeparture: z.number().int().nullable(),
  noticeWorkingDays: z.number().int().nullable(),
  teamSizeCap: z.object({ head: z.number(), deputy: z.number() }).nullable(),
  teamSize: z.object({ cap: z.number(), size: z.number(), exceeds: z.boolean() }).nullable(),
});

async function staffUnitsOf(db: Db, req: Request) {
  const ids = accessOf(req).grants.flatMap((g) => (g.unitId ? [g.unitId] : []));
  return db.unit.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
}

export function webProposalRoutes({ db, temporal, taskQueue }: ApiDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/delegations/new',
      summary: 'Proposal form page (unit staff)',
      tags: ['web'],
      access: { roles: delegationRunners },
      responses: { 200: html },
      async handler(req, res) {
        const caller = webCallerOf(req);
        const form = proposalFormHtml({
          values: {},
          errors: [],
          units: await staffUnitsOf(db, req),
          csrf: caller.csrf,
        });
        sendPage(res, 200, 'Đề xuất đoàn', navHtml(caller) + form);
      },
    },
    {
      method: 'post',
      path: '/delegations/new',
      summary:
        'Submit the proposal form (same checks as POST /api/delegations); 303 to the new delegation, or the form again with every violation',
      tags: ['web'],
      access: { roles: delegationRunners, scope: ownUnitInProposal() },
      body: {
        schema: z.record(z.string(), z.string()),
        contentType: 'application/x-www-form-urlencoded',
      },
      responses: {
        303: { description: 'Submitted: to /delegations/:id' },
        422: {
          description: 'The form again, violations next to their fields',
          contentType: 'text/html',
        },
      },
      async handler(req, res) {
        const caller = webCallerOf(req);
        const values = formValuesOf(req.body);
        const { input, rowOf } = proposalOfForm(values);
        const result = await submitProposal(db, temporal, taskQueue, input, caller.personId);
        if (result.ok) {
          res.redirect(303, `/delegations/${result.id}`);
          return;
        }
        const errors = result.errors.map((x) => ({ ...x, formField: formFieldOf(x.field, rowOf) }));
        const form = proposalFormHtml({
          values,
          errors,
          units: await staffUnitsOf(db, req),
          csrf: caller.csrf,
        });
        sendPage(res, 422, 'Đề xuất đoàn', navHtml(caller) + form);
      },
    },
    {
      method: 'post',
      path: '/api/proposals/check',
      summary:
        'Check a proposal being written, stores nothing: every violation (same rules as submission), working days to departure, team-size caps. Takes the JSON proposal or the form fields',
      tags: ['delegations'],
      access: { roles: delegationRunners, scope: ownUnitInProposal() },
      responses: { 200: { description: 'What the rules say now', schema: draftCheckSchema } },
      async handler(req, res) {
        if (!isForm(req)) {
          res.json(await checkDraft(db, req.body));
          return;
        }
        const { input, rowOf } = proposalOfForm(formValuesOf(req.body));
        const checked = await checkDraft(db, input);
        res.json({
          ...checked,
          errors: checked.errors.map((x) => ({ ...x, field: formFieldOf(x.field, rowOf) })),
        });
      },
    },
    {
      method: 'get',
      path: '/web/proposal-form.js',
      summary: 'The proposal form’s script (live checks); the form works without it',
      tags: ['web'],
      access: { public: true },
      responses: { 200: { description: 'JavaScript', contentType: 'text/javascript' } },
      handler(_req, res) {
        res.type('text/javascript').set('Cache-Control', 'no-cache').send(proposalFormScript);
      },
    },
  ];
}
