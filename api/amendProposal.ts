// Amending a proposal returned for changes, for the JSON route (POST
// /api/delegations/:id/amendments) and the web form (POST /delegations/:id/amend) alike: the same
// parsing, the same workflow Update, the same answers.
import type { Client } from '@temporalio/client';
import type { Response } from 'express';
import { z } from 'zod';
import { validateProposalInput } from '../domain/checkProposal';
import { proposalSchema } from '../domain/proposal';
import type { RuleViolation } from '../domain/ruleViolation';
import { amendUpdate, type StageResult } from '../workflows/messages';
import { workflowIdOf } from './startDelegationWorkflow';
import { proposalVersionInput } from './schemas';
import { updateRefusalOf } from './updateFailure';
import { zodViolations } from './zodViolations';

export const amendmentSchema = z.object({
  basedOnVersion: proposalVersionInput,
  proposal: proposalSchema,
});

export type UpdateOutcome =
  | { ok: true; result: StageResult }
  | { ok: false; status: 422; errors: RuleViolation[] }
  | { ok: false; status: 409; error: string; message: string };

/**
 * Runs an Update: a refusal by the rules is a 422 that lists them, any other refusal a 409 with
 * the workflow's reason (an ended delegation's: "already ended").
 */
export async function updateOutcomeOf(run: () => Promise<StageResult>): Promise<UpdateOutcome> {
  try {
    return { ok: true, result: await run() };
  } catch (err) {
    const refusal = updateRefusalOf(err);
    if (!refusal) throw err;
    if (refusal.type === 'RuleViolations') {
      return { ok: false, status: 422, errors: refusal.details.violations as RuleViolation[] };
    }
    return {
      ok: false,
      status: 409,
      error: refusal.type,
      message: refusal.message,
    };
  }
}

/** An outcome as the JSON routes answer it. */
export function sendUpdateOutcome(res: Response, o: UpdateOutcome): void {
  if (o.ok) res.json(o.result);
  else if (o.status === 422) res.status(422).json({ errors: o.errors });
  else res.status(o.status).json({ error: o.error, message: o.message });
}

const fieldOf = (body: unknown, name: string): unknown =>
  body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;

/**
 * Sends the unit's new version to the workflow, which runs every rule again. The proposal's
 * schema errors are named by the rule they break, as at submission, with fields under
 * `proposal.`; `actorId` is the person amending (none for a machine client).
 */
export async function amendProposal(
  temporal: Client,
  delegationId: string,
  body: unknown,
  actorId: string | undefined,
): Promise<UpdateOutcome> {
  const version = amendmentSchema.pick({ basedOnVersion: true }).safeParse(body);
  const proposal = validateProposalInput(fieldOf(body, 'proposal'));
  if (!version.success || !proposal.ok) {
    const errors = [
      ...(version.success ? [] : zodViolations(version.error)),
      ...(proposal.ok ? [] : proposal.violations).map((v) => ({
        ...v,
        field: v.field ? `proposal.${v.field}` : 'proposal',
      })),
    ];
    return { ok: false, status: 422, errors };
  }
  const basedOnVersion = version.data.basedOnVersion;
  return updateOutcomeOf(() =>
    temporal.workflow.getHandle(workflowIdOf(delegationId)).executeUpdate(amendUpdate, {
      args: [{ basedOnVersion, proposal: proposal.proposal, actorId }],
    }),
  );
}
