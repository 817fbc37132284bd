import { z } from 'zod';
import { vnText } from './vnText';

/** R-REPORT: what the delegation leader files after the trip, one entry per named problem. */
export const reportSchema = z.object({
  problems: z
    .array(
      z.object({
        problemIndex: z.number().int().min(0).max(99),
        learned: vnText(5000),
        measuredValue: vnText(500).optional(),
        planToTarget: vnText(5000).optional(),
      }),
    )
    .min(1),
  goodExperiences: vnText(10000),
  effectivePractices: vnText(10000),
  recommendations: vnText(10000),
});
export type ReportContent = z.infer<typeof reportSchema>;
