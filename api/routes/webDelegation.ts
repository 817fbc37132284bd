// The delegation page, and its report form (a plain form post: the same report and the same
// workflow Update as POST /api/delegations/:id/report).
import { reportSchema } from '../../domain/report';
import { fileReportUpdate } from '../../workflows/messages';
import { delegationReaders, delegationRunners } from '../access/roleGroups';
import { accessOf } from '../access/routeAccess';
import { delegationInPath } from '../access/scopes';
import type { ApiDeps } from '../apiDeps';
import type { RouteSpec } from '../routeSpec';
import { workflowIdOf } from '../startDelegationWorkflow';
import { updateRefusalOf } from '../updateFailure';
import { delegationPageHtml, type DelegationPageData } from '../web/delegationPage';
import { loadDelegationPage } from '../web/delegationPageData';
import { formValuesOf } from '../web/proposalFormInput';
import { reportOfForm } from '../web/reportFormInput';
import { navHtml, sendPage } from '../web/sendPage';
import { webCallerOf } from '../web/webCaller';
import type { Response } from 'express';

const html = { description: 'Page', contentType: 'text/html' };

export function webDelegationRoutes({ db, temporal }: ApiDeps): RouteSpec[] {
  const show = (res: Response, status: number, d: DelegationPageData, nav: string) =>
    sendPage(res, status, d.title, nav + delegationPageHtml(d));
  return [
    {
      method: 'get',
      path: '/delegations/:id',
      summary: 'Delegation page: stage, deadlines, decisions, proposal, report form when due',
      tags: ['web'],
      access: { roles: delegationReaders, scope: delegationInPath(db) },
      responses: { 200: html, 404: { description: 'No such delegation' } },
      async handler(req, res) {
        const caller = webCallerOf(req);
        const d = await loadDelegationPage(
          db,
          String(req.params.id),
          accessOf(req).grants,
          caller.csrf,
        );
        if (!d) {
          res.status(404).json({ error: 'NotFound', message: 'No such delegation' });
          return;
        }
        show(res, 200, d, navHtml(caller));
      },
    },
    {
      method: 'post',
      path: '/delegations/:id/report',
      summary: 'File the report from the delegation page (form post); 303 back to the page',
      tags: ['web'],
      access: { roles: delegationRunners, scope: delegationInPath(db) },
      responses: {
        303: { description: 'Filed: back to the delegation page' },
        422: { description: 'The page again with the problems', contentType: 'text/html' },
      },
      async handler(req, res) {
        const id = String(req.params.id);
        const caller = webCallerOf(req);
        const d = await loadDelegationPage(db, id, accessOf(req).grants, caller.csrf);
        if (!d) {
          res.status(404).json({ error: 'NotFound', message: 'No such delegation' });
          return;
        }
        const again = (errors: string[]) =>
          show(res, 422, { ...d, reportErrors: errors }, navHtml(caller));
        const report = reportSchema.safeParse(
          reportOfForm(formValuesOf(req.body), d.proposal.problems.length),
        );
        if (!report.success) {
          again(['Vui lòng điền đủ các mục bắt buộc của báo cáo (R-REPORT).']);
          return;
        }
        try {
          await temporal.workflow
            .getHandle(workflowIdOf(id))
            .executeUpdate(fileReportUpdate, { args: [{ content: report.data }] });
        } catch (err) {
          const refusal = updateRefusalOf(err);
          if (!refusal) throw err;
          again([`Không nộp được báo cáo: ${refusal.message}`]);
          return;
        }
        res.redirect(303, `/delegations/${id}`);
      },
    },
  ];
}
