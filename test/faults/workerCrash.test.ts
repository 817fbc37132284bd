// Fault: the worker is SIGKILLed twice (no graceful shutdown, activities cut mid-send) while 20
// proposals are submitted and approvers decide; a fresh worker process is started each time,
// as compose's `restart: unless-stopped` would.
import { cleanReport, describeReport, settledIntegrityReport } from './support/integrityReport';
import { FaultRun } from './support/faultRun';
import { startFaultStack, type FaultStack } from './support/faultStack';
import { sleep } from './support/serverProcess';

let stack: FaultStack;
beforeAll(async () => {
  stack = await startFaultStack({ name: 'worker-crash' });
}, 400_000);
afterAll(() => stack?.stop(), 60_000);

test('worker SIGKILL twice during 20 submissions and decisions: consistent rows and workflows, one decision each, no duplicate mail, no 500 or hang, all done after restart', async () => {
  const run = new FaultRun(stack, 'worker');
  await run.prepareUnits(40);
  const before = await run.submitAccepted(6);
  const decisions = await run.committeeDecisions(before);

  // Each kill comes just after a burst of 5 submissions and 2 decisions, while the worker is
  // busy sending their mail; 10 more submissions are spread over the restarts.
  const kills: number[] = [];
  const pending: Promise<unknown>[] = [];
  const burst = (n: number) => {
    for (let i = 0; i < n; i++) pending.push(run.submitOnce(run.newSubmission()));
    for (const op of decisions.splice(0, 2).flat()) pending.push(run.decideOnce(op));
  };
  for (let i = 0; i < 2; i++) {
    burst(5);
    await sleep(700);
    await stack.worker.stop('SIGKILL');
    kills.push(Date.now());
    const restarted = stack.worker.start();
    for (let j = 0; j < 5; j++) {
      await sleep(1000);
      pending.push(run.submitOnce(run.newSubmission()));
    }
    await restarted;
    await sleep(1500);
  }
  for (const op of decisions.flat()) pending.push(run.decideOnce(op));
  await Promise.all(pending);

  await run.finishAfterRecovery();
  await run.submitAccepted(2);
  for (const s of run.submissions.filter((x) => x.acceptedId).slice(6, 9)) {
    await run.decideUntilSettled(await run.decisionOn(s, 'cuong', 'approve'), 60_000);
  }

  const report = await settledIntegrityReport(run);
  console.log(
    `${describeReport(run, report)}\nworker killed at ${kills.map((k) => new Date(k).toISOString()).join(', ')}`,
  );
  expect(kills).toHaveLength(2);
  expect(report).toEqual(cleanReport());
});
