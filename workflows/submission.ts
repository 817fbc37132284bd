// A new delegation starts with its submission (Update-with-Start): the submit handler is
// registered before anything is awaited, the store activity checks the rules under the quota lock
// and inserts the row, and the answer waits until every other handler is registered, so a client
// that has the id can cancel at once. A submission not stored ends the workflow with no row.
import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { Policy } from '../domain/policy';
import type { DelegationInput } from './delegationContext';
import { submitUpdate, type SubmitOutcome } from './messages';
import { delegationStageKey } from './searchAttributes';
import { workflowNow } from './timeUntil';

// Short attempts: the API waits for the answer only for a few seconds (domain/submissionWindow).
const store = proxyActivities<Activities>({
  startToCloseTimeout: '5 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '2 seconds' },
});

/** The search-attribute stage of a workflow whose submission was not stored (it has no row). */
export const notStoredStage = 'refused';

export interface Submission {
  /** Stores the delegation; its policy, or undefined when it was refused or too late. */
  stored(): Promise<Policy | undefined>;
  /** Lets the submit Update answer: every other handler is registered now. */
  open(): void;
}

export function acceptSubmission(input: DelegationInput): Submission {
  const submission = input.submission;
  if (!submission) throw new Error('acceptSubmission needs a submission');
  let outcome: SubmitOutcome | undefined;
  let open = false;
  setHandler(submitUpdate, async (): Promise<SubmitOutcome> => {
    await condition(() => outcome !== undefined && (open || !outcome.ok));
    return outcome as SubmitOutcome;
  });
  return {
    async stored() {
      try {
        const r = await store.storeSubmission({
          delegationId: input.delegationId,
          proposal: input.proposal,
          submittedAt: input.submittedAt,
          ...submission,
        });
        // Taken in after the keeping instant (a worker was down): the real clock decides.
        const late = r.outcome.ok && workflowNow() > submission.keepBy;
        if (
          late &&
          !(await store.keepLateSubmission({
            delegationId: input.delegationId,
            keepBy: submission.keepBy,
          }))
        ) {
          outcome = { ok: false, refused: 'expired' };
        } else {
          outcome = r.outcome;
          if (r.outcome.ok) return r.policy;
        }
      } catch (err) {
        // Input the database cannot store (activities/unstorableInput): refused, not retried.
        if (!(err instanceof ActivityFailure && err.cause instanceof ApplicationFailure)) throw err;
        outcome = {
          ok: false,
          refused: 'rules',
          errors: [
            {
              rule: 'R-INPUT',
              field: 'proposal',
              message: 'The proposal contains text that cannot be stored.',
              messageVi: 'Đề xuất có nội dung không lưu được.',
            },
          ],
        };
      }
      upsertSearchAttributes([{ key: delegationStageKey, value: notStoredStage }]);
      return undefined;
    },
    open() {
      open = true;
    },
  };
}
