// R-ANNUAL-REPORT: one Temporal Schedule per province starts the annual summary early each
// January (Vietnam time) for the year before. Created at start-up, or brought up to date when it
// exists, so every deployment converges on the same schedule however often it starts.
import {
  ScheduleAlreadyRunning,
  ScheduleOverlapPolicy,
  type Client,
  type ScheduleOptions,
} from '@temporalio/client';
import { annualSummaryMoment, annualSummaryTimeZone } from '../domain/annualSummaryTiming';
import type { Db } from '../prisma/client';
import type { annualSummaryWorkflow } from '../workflows/annualSummary';

export const annualSummaryScheduleId = (provinceId: string): string =>
  `annual-summary-${provinceId}`;

export function annualSummaryScheduleOptions(
  provinceId: string,
  taskQueue: string,
): ScheduleOptions {
  return {
    scheduleId: annualSummaryScheduleId(provinceId),
    spec: {
      calendars: [
        { ...annualSummaryMoment, comment: 'R-ANNUAL-REPORT: the summary of the year before' },
      ],
      timezone: annualSummaryTimeZone,
    },
    action: {
      type: 'startWorkflow',
      workflowType: 'annualSummaryWorkflow',
      // Temporal appends the scheduled time to this ID, so each year's run has its own.
      workflowId: `annual-summary-${provinceId}-scheduled`,
      taskQueue,
      args: [{ provinceId }] satisfies Parameters<typeof annualSummaryWorkflow>,
    },
    policies: {
      overlap: ScheduleOverlapPolicy.SKIP,
      // If the cluster was down on 5 January, the run still happens when it is back that month.
      catchupWindow: '30 days',
    },
  };
}

/** Creates or updates the schedule of every province; returns their IDs. */
export async function ensureAnnualSummarySchedules(
  client: Client,
  db: Db,
  taskQueue: string,
): Promise<string[]> {
  const provinces = await db.province.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  for (const { id } of provinces) {
    const options = annualSummaryScheduleOptions(id, taskQueue);
    try {
      await client.schedule.create(options);
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
      await client.schedule.getHandle(options.scheduleId).update((previous) => ({
        ...previous,
        spec: options.spec,
        action: options.action,
        policies: { ...previous.policies, ...options.policies },
      }));
    }
  }
  return provinces.map((p) => annualSummaryScheduleId(p.id));
}
