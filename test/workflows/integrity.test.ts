// No input can wedge a delegation: what the database cannot store is refused with the field and
// R-INPUT, the claim on the stage is released, and the delegation can still be decided or
// cancelled. A delegation can be cancelled the moment its submission answers, whoever holds an
// open link hears of it, and an ended delegation answers 409 "already ended".
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { demoEmail } from '../../prisma/seedDemo';
import { workflowIdOf } from '../../api/startDelegationWorkflow';
import { changeTripUpdate, decideUpdate } from '../../workflows/messages';
import { DelegationDriver } from '../support/delegationDriver';
import { startTestStack, type TestStack } from '../support/testStack';

let stack: TestStack;
let drive: DelegationDriver;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  drive = new DelegationDriver(stack);
});
afterAll(() => stack?.stop());

const handleOf = (id: string) => stack.env.client.workflow.getHandle(workflowIdOf(id));

/** The workflow's refusal of an Update: its type and the fields it names. */
async function refusalOf(
  run: () => Promise<unknown>,
): Promise<{ type?: string; fields: string[] }> {
  try {
    await run();
  } catch (err) {
    if (!(err instanceof WorkflowUpdateFailedError) || !(err.cause instanceof ApplicationFailure))
      throw err;
    const details = err.cause.details?.[0] as { violations?: { field: string }[] } | undefined;
    return {
      type: err.cause.type ?? undefined,
      fields: (details?.violations ?? []).map((v) => v.field),
    };
  }
  throw new Error('the Update was accepted');
}

test('a delegation is cancelled right after its submission answers; reason and actor are recorded', async () => {
  const proposal = await drive.proposal({ title: 'Đoàn hủy ngay' });
  const created = await drive.submit(proposal);
  expect(created.status).toBe(201);
  const id = created.body.id;
  const cancelled = await drive.postJson(`/api/delegations/${id}/cancellation`, {
    reason: 'Trùng lịch họp HĐND',
  });
  expect(cancelled.status).toBe(200);
  expect(cancelled.body.stage).toBe('cancelled');
  await drive.waitForStage(id, 'cancelled');
  const asked = await stack.db.auditEvent.findFirstOrThrow({
    where: { delegationId: id, kind: 'cancellation_requested' },
  });
  expect(asked.data).toMatchObject({ reason: 'Trùng lịch họp HĐND', stage: 'committee_review' });
  const entered = await stack.db.auditEvent.findFirstOrThrow({
    where: {
      delegationId: id,
      kind: 'stage_entered',
      data: { path: ['stage'], equals: 'cancelled' },
    },
  });
  expect(entered.data).toMatchObject({ note: 'Trùng lịch họp HĐND' });
});

test('cancelling a delegation under review tells the committee members holding its links', async () => {
  const proposal = await drive.proposal({ title: 'Đoàn hủy khi đang xét' });
  const { body } = await drive.submit(proposal);
  await drive.linkFor('cuong', 'Đoàn hủy khi đang xét');
  await drive.linkFor('dung', 'Đoàn hủy khi đang xét');
  const cancelled = await drive.postJson(`/api/delegations/${body.id}/cancellation`, {
    reason: 'Đơn vị đổi kế hoạch',
  });
  expect(cancelled.status).toBe(200);
  for (const person of ['cuong', 'dung']) {
    const told = await stack.mailbox.waitFor(
      (m) =>
        m.to.some((t) => t.address === demoEmail(person)) &&
        m.subject === 'Đoàn hủy khi đang xét: Đơn vị đã hủy đoàn.',
    );
    expect(told).toHaveLength(1);
  }

  // While the workflow finishes its last steps, and after it has closed: the same answer.
  for (const when of ['ending', 'closed']) {
    if (when === 'closed') await handleOf(body.id).result();
    const again = await drive.postJson(`/api/delegations/${body.id}/cancellation`, {
      reason: 'Lần nữa',
    });
    expect({ when, status: again.status, error: again.body.error }).toEqual({
      when,
      status: 409,
      error: 'Ended',
    });
    expect(again.body.message).toContain('đã kết thúc');
    expect(again.body.message).toContain('already ended');
  }
});

test('a decision the database cannot store is refused by field, and the stage can still be decided', async () => {
  const proposal = await drive.proposal({ title: 'Đoàn ý kiến có NUL' });
  const { body } = await drive.submit(proposal);
  const link = await drive.linkFor('cuong', 'Đoàn ý kiến có NUL');
  // Past the API's own checks (the second line of defence): straight to the workflow.
  const refused = await refusalOf(() =>
    handleOf(body.id).executeUpdate(decideUpdate, {
      args: [
        {
          stage: 'committee_review',
          proposalVersion: 1,
          decision: 'reject',
          comment: 'không\u0000đồng ý',
          actor: { personId: 'dung', personName: 'Phạm Thị Dung' },
        },
      ],
    }),
  );
  expect(refused).toEqual({ type: 'RuleViolations', fields: ['comment'] });
  expect(await stack.db.decision.count({ where: { delegationId: body.id } })).toBe(0);

  const decided = await drive.postForm(link, { decision: 'approve' });
  expect(decided.status).toBe(200);
  const approved = await drive.waitForStage(body.id, 'awaiting_departure');
  expect(approved.decisions.map((d) => d.decision)).toEqual(['approve']);
});

test('a cancellation reason the database cannot store is refused, and the delegation can still be cancelled', async () => {
  const proposal = await drive.proposal({ title: 'Đoàn lý do có NUL' });
  const { body } = await drive.submit(proposal);
  const refused = await refusalOf(() =>
    handleOf(body.id).executeUpdate(changeTripUpdate, {
      args: [{ kind: 'cancel', reason: 'lý do\u0000' }],
    }),
  );
  expect(refused).toEqual({ type: 'RuleViolations', fields: ['reason'] });
  const cancelled = await drive.postJson(`/api/delegations/${body.id}/cancellation`, {
    reason: 'Lý do hợp lệ',
  });
  expect(cancelled.status).toBe(200);
  await drive.waitForStage(body.id, 'cancelled');
});
