// Submitting a proposal, for the JSON route (POST /api/delegations) and the web form alike.
// One durable step: the id is made here and the workflow started with Update-with-Start; its
// first activity checks every rule again under the quota lock and inserts the row
// (activities/submissionStore.ts). No row can exist without its workflow, and a client told
// 503 finds nothing stored (domain/submissionWindow.ts).
import { createHash, randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { RuleViolation } from '../domain/ruleViolation';
import { submissionDeadlines, submissionWindow } from '../domain/submissionWindow';
import { judgeProposal, proposalGrounds } from '../activities/proposalJudgement';
import type { Db } from '../prisma/client';
import type { delegationWorkflow } from '../workflows/delegation';
import { submitUpdate, type SubmitOutcome } from '../workflows/messages';
import { delegationStageKey, delegationYearKey, unitIdKey } from '../workflows/searchAttributes';
import { workflowIdOf } from './startDelegationWorkflow';

export type SubmitResult =
  | { ok: true; id: string; stage: string; warnings: RuleViolation[]; escalation: boolean }
  | { ok: false; status: 422; errors: RuleViolation[] }
  | { ok: false; status: 409; error: 'IdempotencyKeyUsed'; message: string }
  | { ok: false; status: 503; retryAfterSeconds: number };

export interface SubmitOptions {
  /** The person submitting (null for a machine client): they may not decide on it later. */
  submittedById: string | null;
  /**
   * A client's Idempotency-Key: a retry with the same key (by the same caller) reaches the
   * same delegation and gets the same answer instead of submitting twice.
   */
  idempotencyKey?: { caller: string; key: string };
  now?: Date;
}

/** A UUID derived from the caller and their key, so the key cannot reach another's delegation. */
function delegationIdFor(k: { caller: string; key: string }): string {
  const h = createHash('sha256').update(`${k.caller}\n${k.key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const unavailable: SubmitResult = {
  ok: false,
  status: 503,
  retryAfterSeconds: Math.ceil(submissionWindow.answerWithinMs / 1000),
};

function resultOf(o: SubmitOutcome): SubmitResult {
  if (o.ok) return o;
  return o.refused === 'rules' ? { ok: false, status: 422, errors: o.errors } : unavailable;
}

/**
 * Checks every rule (without the lock: most refusals are answered here and start nothing), then
 * starts the delegation's workflow with its submission and waits for the stored answer, at most
 * until the submission window closes.
 */
export async function submitProposal(
  db: Db,
  temporal: Client,
  taskQueue: string,
  input: unknown,
  options: SubmitOptions,
): Promise<SubmitResult> {
  const now = options.now ?? new Date();
  const found = await proposalGrounds(db, input, now);
  if (!found.ok) return { ok: false, status: 422, errors: found.errors };
  const g = found.grounds;
  const { checkable } = g;
  if (!checkable) return { ok: false, status: 422, errors: g.invalid };
  const { errors } = await judgeProposal(db, g, checkable, now);
  if (!g.parsed.ok || errors.length > 0) return { ok: false, status: 422, errors };

  const proposal = g.parsed.proposal;
  const id = options.idempotencyKey ? delegationIdFor(options.idempotencyKey) : randomUUID();
  const deadlines = submissionDeadlines(now);
  const start = new WithStartWorkflowOperation<typeof delegationWorkflow>('delegationWorkflow', {
    workflowId: workflowIdOf(id),
    taskQueue,
    args: [
      {
        delegationId: id,
        provinceId: g.unit.provinceId,
        proposal,
        submittedAt: now.toISOString(),
        policyVersionId: g.policy.versionId,
        submission: { submittedById: options.submittedById, ...deadlines },
      },
    ],
    // A retry with the same key joins the running workflow (and its one submit Update); a key
    // whose delegation has ended is not started again.
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    typedSearchAttributes: [
      { key: delegationStageKey, value: 'committee_review' },
      { key: unitIdKey, value: g.unit.id },
      { key: delegationYearKey, value: Number(proposal.departureDate.slice(0, 4)) },
    ],
  });
  try {
    const outcome = await temporal.withDeadline(new Date(deadlines.answerBy), () =>
      temporal.workflow.executeUpdateWithStart(submitUpdate, {
        updateId: 'submit',
        startWorkflowOperation: start,
      }),
    );
    return resultOf(outcome);
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) return storedEarlier(db, id);
    // Temporal did not answer in time, or could not be reached: nothing is stored by then.
    if (Date.now() >= Date.parse(deadlines.answerBy) || isUnreachable(err)) return unavailable;
    throw err;
  }
}

/** The answer to a retried key whose workflow has already ended. */
async function storedEarlier(db: Db, id: string): Promise<SubmitResult> {
  const row = await db.delegation.findUnique({ where: { id }, select: { id: true } });
  if (row) {
    return { ok: true, id, stage: 'committee_review', warnings: [], escalation: false };
  }
  return {
    ok: false,
    status: 409,
    error: 'IdempotencyKeyUsed',
    message:
      'Khóa Idempotency-Key này đã được dùng cho một đề xuất không được lưu; hãy gửi lại với khóa mới. / This Idempotency-Key was used by a submission that was not stored; submit again with a new key.',
  };
}

/** gRPC UNAVAILABLE or DEADLINE_EXCEEDED, directly or as the cause of the SDK's error. */
function isUnreachable(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (code === 14 || code === 4) return true;
  }
  return false;
}
