// Submission is one durable step (api/submitProposal.ts, activities/submissionStore.ts): a client
// told 503 never finds its proposal stored, a retried Idempotency-Key reaches the same
// delegation, and `verify` names every row without a workflow and workflow without a row.
import { randomUUID } from 'node:crypto';
import { verifyAudit } from '../../api/audit/verifyAudit';
import { submissionWindow } from '../../domain/submissionWindow';
import { delegationStageKey } from '../../workflows/searchAttributes';
import { DelegationDriver } from '../support/delegationDriver';
import { startTestStack, type TestStack } from '../support/testStack';

let stack: TestStack;
let drive: DelegationDriver;

beforeAll(async () => {
  stack = await startTestStack('dev-server');
  drive = new DelegationDriver(stack);
});
afterAll(() => stack?.stop());

async function post(proposal: { unitId: string }, headers: Record<string, string> = {}) {
  const started = Date.now();
  const res = await fetch(`${stack.baseUrl}/api/delegations`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(await drive.staffOf(proposal.unitId)),
      ...headers,
    },
    body: JSON.stringify(proposal),
  });
  const body = (await res.json()) as { id?: string };
  return { res, body, tookMs: Date.now() - started };
}

const delegationWorkflows = async () => {
  const found = [];
  for await (const w of stack.env.client.workflow.list({
    query: "WorkflowType = 'delegationWorkflow'",
  }))
    found.push(w);
  return found;
};

async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 300));
  }
}

test('with the worker down a submission answers 503 within its window, and nothing is ever stored', async () => {
  const proposal = await drive.proposal({ title: 'Đoàn khi worker dừng' });
  const before = new Set((await delegationWorkflows()).map((w) => w.workflowId));
  await stack.stopWorker();
  let answer: Awaited<ReturnType<typeof post>>;
  try {
    answer = await post(proposal);
  } finally {
    await stack.startWorker();
  }
  expect(answer.res.status).toBe(503);
  expect(Number(answer.res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(answer.tookMs).toBeLessThan(submissionWindow.answerWithinMs + 3_000);

  // The workflow it started runs once the worker is back: too late to store, it ends rowless.
  const ended = await eventually(async () => {
    const fresh = (await delegationWorkflows()).filter((w) => !before.has(w.workflowId));
    const w = fresh[0];
    return w && w.status.name === 'COMPLETED' ? w : undefined;
  });
  expect(ended.typedSearchAttributes.get(delegationStageKey)).toBe('refused');
  expect(await stack.db.delegation.count({ where: { unitId: proposal.unitId } })).toBe(0);
});

test('a retried Idempotency-Key reaches the same delegation; one row, one workflow', async () => {
  const proposal = await drive.proposal({ title: 'Đoàn gửi hai lần' });
  const key = { 'idempotency-key': randomUUID() };
  const [a, b] = await Promise.all([post(proposal, key), post(proposal, key)]);
  expect([a.res.status, b.res.status]).toEqual([201, 201]);
  expect(a.body.id).toBe(b.body.id);
  const again = await post(proposal, key);
  expect(again.res.status).toBe(201);
  expect(again.body.id).toBe(a.body.id);
  expect(await stack.db.delegation.count({ where: { unitId: proposal.unitId } })).toBe(1);
});

test('verify names a row without a workflow and a workflow without a row; ok is false', async () => {
  const healthy = await drive.submit(await drive.proposal({ title: 'Đoàn lành' }));
  expect(healthy.status).toBe(201);

  // A workflow nobody stores a row for: on a task queue no worker polls.
  const rowless = randomUUID();
  const startedAt = Date.now();
  await stack.env.client.workflow.start('delegationWorkflow', {
    workflowId: `delegation-${rowless}`,
    taskQueue: `nobody-${rowless}`,
    args: [{}],
    typedSearchAttributes: [{ key: delegationStageKey, value: 'committee_review' }],
  });
  // A row whose workflow was never started (what the old dual write left behind).
  const unitId = await drive.newUnit();
  const orphan = await stack.db.delegation.create({
    data: {
      unitId,
      year: 2027,
      title: 'Đoàn không có quy trình',
      stage: 'committee_review',
      proposal: {},
      departureDate: new Date('2027-05-03'),
      returnDate: new Date('2027-05-05'),
      memberCount: 1,
      leaderRank: 'head',
      submittedAt: new Date(),
    },
  });
  // Past the submission window, a running workflow without a row is no longer "being stored".
  const wait = startedAt + submissionWindow.answerWithinMs + 1_000 - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));

  const report = await eventually(async () => {
    const r = await verifyAudit(stack.db, stack.env.client);
    return r.problems.some((p) => p.problem === 'missing_row') ? r : undefined;
  }, 20_000);
  expect(report.ok).toBe(false);
  expect(report.workflowsListed).toBe(true);
  expect(report.problems).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        problem: 'missing_workflow',
        table: 'delegation',
        delegationId: orphan.id,
      }),
      expect.objectContaining({ problem: 'missing_row', table: 'workflow', delegationId: rowless }),
    ]),
  );
  expect(report.problems.filter((p) => p.delegationId === healthy.body.id)).toEqual([]);
  await stack.env.client.workflow.getHandle(`delegation-${rowless}`).terminate('test over');
});
