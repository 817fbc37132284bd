// R-ANNUAL-REPORT on demand: compile a province's summary of a year (the same workflow the yearly
// Schedule starts), and read the stored summary as JSON, CSV or an HTML page.
import type { Request, Response } from 'express';
import { z } from 'zod';
import { storableId } from '../../domain/storableText';
import { annualSummarySchema, type AnnualSummary } from '../../domain/annualSummary';
import { annualSummaryCsv, annualSummaryCsvFilename } from '../../domain/annualSummaryCsv';
import { annualSummaryPath, annualSummaryWorkflowId } from '../../domain/annualSummaryLinks';
import { summaryYearSchema } from '../../domain/annualSummaryYear';
import type { annualSummaryWorkflow } from '../../workflows/annualSummary';
import { provinceNamed } from '../access/scopes';
import type { ApiDeps } from '../apiDeps';
import { annualSummaryPageHtml } from '../pages/annualSummaryPage';
import type { RouteSpec } from '../routeSpec';
import { errorsSchema } from '../schemas';
import { zodViolations, parsedOr422 } from '../zodViolations';

const refusalSchema = z.object({ error: z.string(), message: z.string() });
const yearOf = () => summaryYearSchema(new Date().toISOString());
const compileSchema = z.object({ provinceId: storableId(), year: z.number().int() });
const startedSchema = z.object({
  workflowId: z.string(),
  runId: z.string(),
  summary: z.string().describe('where the summary will be'),
});
const storedSchema = annualSummarySchema.extend({ generatedAt: z.string() });

export function annualSummaryRoutes({ db, temporal, taskQueue }: ApiDeps): RouteSpec[] {
  /** The stored summary the path names, or the refusal already sent. */
  async function stored(
    req: Request,
    res: Response,
  ): Promise<{ summary: AnnualSummary; generatedAt: Date } | undefined> {
    // Parsed as a field, so the refusal names it in both languages.
    const parsed = z.object({ year: yearOf() }).safeParse({ year: req.params.year });
    if (!parsed.success) {
      res.status(422).json({ errors: zodViolations(parsed.error, 'R-ANNUAL-REPORT') });
      return undefined;
    }
    const { year } = parsed.data;
    const provinceId = String(req.params.provinceId);
    const row = await db.annualSummary.findUnique({
      where: { provinceId_year: { provinceId, year } },
    });
    if (!row) {
      res.status(404).json({
        error: 'NotFound',
        message: `No summary of ${year} for ${provinceId} yet; POST /api/annual-summaries compiles it.`,
      });
      return undefined;
    }
    return { summary: annualSummarySchema.parse(row.data), generatedAt: row.generatedAt };
  }

  const compilers = { roles: ['organization_board', 'provincial_leadership'] } as const;
  const readers = {
    roles: ['organization_board', 'provincial_leadership', 'standing_committee_member', 'auditor'],
    scope: provinceNamed({ param: 'provinceId' }),
  } as const;

  const readResponses = (ok: RouteSpec['responses'][number]): RouteSpec['responses'] => ({
    200: ok,
    404: { description: 'Not compiled yet', schema: refusalSchema },
    422: { description: 'Not a year that can be summarized', schema: errorsSchema },
  });

  return [
    {
      method: 'post',
      path: '/api/annual-summaries',
      summary:
        'Compile (again) and send the annual summary of a province and year (R-ANNUAL-REPORT); the workflow is annual-summary-<province>-<year>',
      tags: ['annual summaries'],
      access: { ...compilers, scope: provinceNamed({ bodyField: 'provinceId' }) },
      body: { schema: compileSchema },
      responses: {
        202: {
          description: 'Started (or already running); the summary appears at `summary`',
          schema: startedSchema,
        },
        404: { description: 'No such province', schema: refusalSchema },
        422: { description: 'Invalid body or year', schema: errorsSchema },
      },
      async handler(req, res) {
        const body = parsedOr422(
          compileSchema.extend({ year: yearOf() }),
          req.body,
          res,
          'R-ANNUAL-REPORT',
        );
        if (!body) return;
        const { provinceId, year } = body;
        if (!(await db.province.findUnique({ where: { id: provinceId } }))) {
          res.status(404).json({ error: 'NotFound', message: `No province ${provinceId}` });
          return;
        }
        const handle = await temporal.workflow.start<typeof annualSummaryWorkflow>(
          'annualSummaryWorkflow',
          {
            workflowId: annualSummaryWorkflowId(provinceId, year),
            taskQueue,
            args: [{ provinceId, year }],
            // A second request while one runs joins it; one after it finished compiles afresh.
            workflowIdConflictPolicy: 'USE_EXISTING',
            workflowIdReusePolicy: 'ALLOW_DUPLICATE',
          },
        );
        const summary = annualSummaryPath(provinceId, year, 'json');
        res
          .status(202)
          .location(summary)
          .json({ workflowId: handle.workflowId, runId: handle.firstExecutionRunId, summary });
      },
    },
    {
      method: 'get',
      path: '/api/annual-summaries/:provinceId/:year.csv',
      summary:
        'The stored annual summary as CSV (UTF-8 with BOM, one row per unit and a totals row)',
      tags: ['annual summaries'],
      access: readers,
      responses: readResponses({ description: 'CSV', contentType: 'text/csv' }),
      async handler(req, res) {
        const found = await stored(req, res);
        if (!found) return;
        res
          .attachment(annualSummaryCsvFilename(found.summary.provinceId, found.summary.year))
          .type('text/csv; charset=utf-8')
          .send(annualSummaryCsv(found.summary));
      },
    },
    {
      method: 'get',
      path: '/api/annual-summaries/:provinceId/:year.html',
      summary: 'The stored annual summary as a page in Vietnamese',
      tags: ['annual summaries'],
      access: readers,
      responses: readResponses({ description: 'HTML page', contentType: 'text/html' }),
      async handler(req, res) {
        const found = await stored(req, res);
        if (!found) return;
        res.type('html').send(annualSummaryPageHtml(found.summary, found.generatedAt));
      },
    },
    {
      method: 'get',
      path: '/api/annual-summaries/:provinceId/:year',
      summary: 'The stored annual summary as JSON',
      tags: ['annual summaries'],
      access: readers,
      responses: readResponses({ description: 'The summary', schema: storedSchema }),
      async handler(req, res) {
        const found = await stored(req, res);
        if (!found) return;
        res.json({ ...found.summary, generatedAt: found.generatedAt.toISOString() });
      },
    },
  ];
}
