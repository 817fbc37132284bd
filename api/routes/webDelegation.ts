// The delegation page and its forms: the report (multipart/form-data, with attachments) and the
// accountability review, each filed through the same code as its JSON route. A refused post shows
// the page again with what was typed and each problem by field and rule; a filed one goes back
// to the page (303), which then shows what was recorded.
import type { Request, Response } from 'express';
import { proposalSchema } from '../../domain/proposal';
import { delegationReaders, delegationRunners } from '../access/roleGroups';
import { accessOf } from '../access/routeAccess';
import { delegationInPath } from '../access/scopes';
import type { ApiDeps } from '../apiDeps';
import { attachmentMaxBytes } from '../attachmentLimit';
import type { RouteSpec } from '../routeSpec';
import { delegationPageHtml, type DelegationPageData } from '../web/delegationPage';
import { loadDelegationPage } from '../web/delegationPageData';
import type { FormFiling } from '../web/delegationPageForms';
import { formValuesOf } from '../web/proposalFormInput';
import { fileReportForm } from '../web/reportFormFiling';
import { filesOf, reportFormReader } from '../web/reportFormUpload';
import { fileReviewForm } from '../web/reviewFormFiling';
import { navHtml, sendPage } from '../web/sendPage';
import { webCallerOf } from '../web/webCaller';
import { webLangOf } from '../web/webLang';

type Refusal = Extract<FormFiling, { ok: false }>;

const html = { description: 'Page', contentType: 'text/html' };
const refused = {
  description: 'The page again: what was typed, each problem by field and rule',
  contentType: 'text/html',
};

export function webDelegationRoutes({ db, temporal }: ApiDeps): RouteSpec[] {
  const maxBytes = attachmentMaxBytes();

  /** The page as the caller sees it now, or undefined once a 404 has been answered. */
  async function pageFor(req: Request, res: Response): Promise<DelegationPageData | undefined> {
    const caller = webCallerOf(req);
    const d = await loadDelegationPage({ db, temporal }, String(req.params.id), {
      ...caller,
      grants: accessOf(req).grants,
    });
    if (!d) res.status(404).json({ error: 'NotFound', message: 'No such delegation' });
    return d;
  }

  /** What a post needs before it is filed; the whole page is read only to show a refusal. */
  async function postedTo(req: Request, res: Response) {
    const row = await db.delegation.findUnique({
      where: { id: String(req.params.id) },
      select: { id: true, proposal: true },
    });
    if (!row) {
      res.status(404).json({ error: 'NotFound', message: 'No such delegation' });
      return undefined;
    }
    const problemCount = proposalSchema.parse(row.proposal).problems.length;
    return { id: row.id, problemCount, lang: webLangOf(req) };
  }

  const show = (req: Request, res: Response, status: number, d: DelegationPageData) =>
    sendPage(res, status, d.title, navHtml(webCallerOf(req)) + delegationPageHtml(d), d.lang);

  /**
   * After a post: back to the page at what was recorded, or the page again with the refusal and
   * the form as sent (`formAgain`), read after the refusal (the stage may have moved on, and the
   * page may no longer offer the form).
   */
  async function answer(
    req: Request,
    res: Response,
    id: string,
    filing: FormFiling,
    formAgain: (page: DelegationPageData, f: Refusal) => DelegationPageData,
  ): Promise<void> {
    if (filing.ok) {
      res.redirect(303, `/delegations/${id}`);
      return;
    }
    const page = await pageFor(req, res);
    if (page) show(req, res, filing.status, { ...formAgain(page, filing), notice: filing.notice });
  }

  return [
    {
      method: 'get',
      path: '/delegations/:id',
      summary:
        'Delegation page: stage, deadlines, decisions, report, review, timeline (auditors), proposal; the report or review form when the caller is due to give it',
      tags: ['web'],
      access: { roles: delegationReaders, scope: delegationInPath(db) },
      responses: { 200: html, 404: { description: 'No such delegation' } },
      async handler(req, res) {
        const d = await pageFor(req, res);
        if (d) show(req, res, 200, d);
      },
    },
    {
      method: 'post',
      path: '/delegations/:id/report',
      summary:
        'File the report from the delegation page (multipart/form-data with files in "file", or url-encoded); 303 back to the page',
      tags: ['web'],
      access: { roles: delegationRunners, scope: delegationInPath(db) },
      readBody: reportFormReader(maxBytes),
      responses: {
        303: { description: 'Filed: back to the delegation page' },
        404: { description: 'No such delegation' },
        422: refused,
      },
      async handler(req, res) {
        const d = await postedTo(req, res);
        if (!d) return;
        const { principal } = accessOf(req);
        const filing = await fileReportForm({ db, temporal }, req, {
          delegationId: d.id,
          problemCount: d.problemCount,
          filedById: principal.kind === 'person' ? principal.personId : undefined,
          maxBytes,
          lang: d.lang,
        });
        await answer(req, res, d.id, filing, (page, f) => ({
          ...page,
          reportForm: page.reportForm && {
            values: formValuesOf(req.body),
            problems: f.problems,
            filesNotKept: filesOf(req).map((x) => x.originalname),
          },
        }));
      },
    },
    {
      method: 'post',
      path: '/delegations/:id/review',
      summary:
        'Record the accountability review from the delegation page (form post); not by the submitter or a member; 303 back to the page',
      tags: ['web'],
      access: { roles: ['provincial_leadership'], scope: delegationInPath(db) },
      responses: {
        303: { description: 'Recorded: back to the delegation page' },
        403: {
          description: 'The page again, saying why this leader may not review it',
          contentType: 'text/html',
        },
        404: { description: 'No such delegation' },
        422: refused,
      },
      async handler(req, res) {
        const d = await postedTo(req, res);
        if (!d) return;
        const values = formValuesOf(req.body);
        const filing = await fileReviewForm({ db, temporal }, accessOf(req).principal, {
          delegationId: d.id,
          problemCount: d.problemCount,
          values,
          lang: d.lang,
        });
        await answer(req, res, d.id, filing, (page, f) => ({
          ...page,
          reviewForm: page.reviewForm && { values, problems: f.problems },
        }));
      },
    },
  ];
}
