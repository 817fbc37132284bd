import { z } from 'zod';

/**
 * The range each number of a policy may take, so that no version can stall the proposals judged
 * by it (a link valid for 359 820 052 days overflows the deadline arithmetic and fails every
 * review). Wide enough for any province's own rules, documented in the README.
 */
export const policyBounds = {
  noticeWorkingDays: [0, 60],
  annualQuota: [0, 100],
  teamSizeCap: { head: [1, 100], deputy: [1, 100] },
  maxDaysPerDestination: [1, 30],
  maxKeyLeaders: [0, 50],
  reportWorkingDays: [1, 60],
  duplicateWindowMonths: [0, 120],
  reminderWorkingDays: [1, 60],
  escalationWorkingDays: [1, 60],
  reportReminderWorkingDays: [0, 60],
  reviewWorkingDays: [1, 120],
  actionLinkValidDays: [1, 365],
} as const;

const bounded = ([min, max]: readonly [number, number]) => z.number().int().min(min).max(max);

/**
 * The numbers of the regulation a province sets for itself, as stored. A delegation is judged by
 * the version in force when it was submitted, so every value lives here, never in code paths.
 * Read with only the lower bounds: a version stored before the upper bounds existed still reads.
 */
export const policyValuesSchema = z.object({
  noticeWorkingDays: z.number().int().min(0),
  annualQuota: z.number().int().min(0),
  teamSizeCap: z.object({ head: z.number().int().min(1), deputy: z.number().int().min(1) }),
  maxDaysPerDestination: z.number().int().min(1),
  maxKeyLeaders: z.number().int().min(0),
  reportWorkingDays: z.number().int().min(1),
  duplicateWindowMonths: z.number().int().min(0),
  /** Working days a reviewer has before the first reminder. */
  reminderWorkingDays: z.number().int().min(1),
  /** Working days after which an undecided review escalates to the next authority. */
  escalationWorkingDays: z.number().int().min(1),
  /** Working days before the report deadline that the reminder goes out. */
  reportReminderWorkingDays: z.number().int().min(0),
  /** Working days the accountability reviewer has after the report is filed. */
  reviewWorkingDays: z.number().int().min(1),
  /** Days an action link stays valid (calendar days). */
  actionLinkValidDays: z.number().int().min(1),
});

/** The numbers of a new version, each within policyBounds (what an administrator may set). */
export const policyValuesInputSchema = z.object({
  noticeWorkingDays: bounded(policyBounds.noticeWorkingDays),
  annualQuota: bounded(policyBounds.annualQuota),
  teamSizeCap: z.object({
    head: bounded(policyBounds.teamSizeCap.head),
    deputy: bounded(policyBounds.teamSizeCap.deputy),
  }),
  maxDaysPerDestination: bounded(policyBounds.maxDaysPerDestination),
  maxKeyLeaders: bounded(policyBounds.maxKeyLeaders),
  reportWorkingDays: bounded(policyBounds.reportWorkingDays),
  duplicateWindowMonths: bounded(policyBounds.duplicateWindowMonths),
  reminderWorkingDays: bounded(policyBounds.reminderWorkingDays),
  escalationWorkingDays: bounded(policyBounds.escalationWorkingDays),
  reportReminderWorkingDays: bounded(policyBounds.reportReminderWorkingDays),
  reviewWorkingDays: bounded(policyBounds.reviewWorkingDays),
  actionLinkValidDays: bounded(policyBounds.actionLinkValidDays),
});
export type PolicyValues = z.infer<typeof policyValuesSchema>;

export interface Policy extends PolicyValues {
  /** Identifies the stored version, recorded with every deadline computed from it. */
  versionId: string;
  provinceId: string;
  effectiveFrom: string;
}

export const defaultPolicyValues: PolicyValues = {
  noticeWorkingDays: 10,
  annualQuota: 2,
  teamSizeCap: { head: 10, deputy: 7 },
  maxDaysPerDestination: 2,
  maxKeyLeaders: 2,
  reportWorkingDays: 10,
  duplicateWindowMonths: 24,
  reminderWorkingDays: 3,
  escalationWorkingDays: 5,
  reportReminderWorkingDays: 3,
  reviewWorkingDays: 15,
  actionLinkValidDays: 30,
};
