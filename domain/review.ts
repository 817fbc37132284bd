import { z } from 'zod';
import { vnText } from './vnText';

/** The four levels of the Party's evaluation rules (R-ACCOUNTABILITY). */
export const ratings = ['excellent', 'good', 'fulfilled', 'not_fulfilled'] as const;
export type Rating = (typeof ratings)[number];

export const ratingNamesVi: Record<Rating, string> = {
  excellent: 'Hoàn thành xuất sắc',
  good: 'Hoàn thành tốt',
  fulfilled: 'Hoàn thành',
  not_fulfilled: 'Không hoàn thành',
};

export const problemOutcomes = ['resolved', 'partly', 'not_resolved'] as const;
export type ProblemOutcome = (typeof problemOutcomes)[number];

export const reviewSchema = z.object({
  outcomes: z
    .array(
      z.object({
        problemIndex: z.number().int().min(0).max(99),
        outcome: z.enum(problemOutcomes),
        evidence: vnText(5000),
      }),
    )
    .min(1),
  rating: z.enum(ratings),
  comment: vnText(5000).optional(),
});
export type ReviewContent = z.infer<typeof reviewSchema>;
