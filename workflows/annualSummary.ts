// R-ANNUAL-REPORT: one run compiles a province's summary of a year and sends it to the
// organization board. Started by the yearly Schedule (without a year: the year before the run's
// start, Vietnam time) or on demand for a given year (workflow ID annual-summary-<province>-<year>).
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { yearSummarizedAt } from '../domain/annualSummaryTiming';

const acts = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '10 minutes' },
});

export interface AnnualSummaryRequest {
  provinceId: string;
  /** Omitted by the Schedule, whose arguments are fixed when it is created. */
  year?: number;
}

export interface AnnualSummaryOutcome {
  provinceId: string;
  year: number;
  digest: string;
  units: number;
  recipients: string[];
}

export async function annualSummaryWorkflow(
  req: AnnualSummaryRequest,
): Promise<AnnualSummaryOutcome> {
  // The start time is in the history, so a replay judges deadlines at the same instant.
  const asOf = workflowInfo().startTime.toISOString();
  const year = req.year ?? yearSummarizedAt(asOf);
  const compiled = await acts.compileAnnualSummary({ provinceId: req.provinceId, year, asOf });
  const delivered = await acts.deliverAnnualSummary({ provinceId: req.provinceId, year });
  return { provinceId: req.provinceId, year, ...compiled, ...delivered };
}
