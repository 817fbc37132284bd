import { z } from 'zod';
/**
 * The numbers of the regulation a province sets for itself. A delegation is judged by the
 * version in force when it was submitted, so every value lives here, never in code paths.
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
