// Every activity the worker registers, built from real dependencies.
import { annualSummaryActivities } from './annualSummaryActivities';
import { calendarActivities } from './calendarActivities';
import { changeCheckActivities } from './changeCheckActivities';
import type { ActivityDeps } from './deps';
import { notifyActivities } from './notifyActivities';
import { policyActivities } from './policyActivities';
import { reportActivities } from './reportActivities';
import { reviewActivities } from './reviewActivities';
import { signInActivities } from './signInActivities';
import { stageActivities } from './stageActivities';
import { submissionActivities } from './submissionStore';
import { failingFastOnUnstorableInput } from './unstorableInput';

export function createActivities(deps: ActivityDeps) {
  return failingFastOnUnstorableInput({
    ...submissionActivities(deps.db),
    ...policyActivities(deps.db),
    ...calendarActivities(deps.db),
    ...changeCheckActivities(deps.db),
    ...stageActivities(deps.db),
    ...reviewActivities(deps),
    ...reportActivities(deps.db),
    ...notifyActivities(deps),
    ...annualSummaryActivities(deps),
    ...signInActivities(deps),
  });
}

export type Activities = ReturnType<typeof createActivities>;
