// Fault: the API process is stopped while units submit and approvers decide — politely
// (SIGTERM, as an orchestrator does on deploy) and not (SIGKILL, as the OOM killer does) — and
// started again on the same port. Nothing half-written, nothing sent twice, nothing lost.
import { describeReport, cleanReport, settledIntegrityReport } from './support/integrityReport';
import { FaultRun } from './support/faultRun';
import { startFaultStack, type FaultStack } from './support/faultStack';
import { sleep } from './support/serverProcess';

/** SIGTERM: the API drains what it is answering and exits by itself within this. */
const shutdownBoundMs = 20_000;

let stack: FaultStack;
beforeAll(async () => {
  stack = await startFaultStack({ name: 'api-shutdown' });
}, 400_000);
afterAll(() => stack?.stop(), 60_000);

describe.each(['SIGTERM', 'SIGKILL'] as const)('API %s', (signal) => {
  test(`under concurrent submissions and decisions: consistent rows and workflows, one decision each, no duplicate mail, no 500 or hang, all done after restart`, async () => {
    const run = new FaultRun(stack, signal.toLowerCase());
    await run.prepareUnits(60);
    const before = await run.submitAccepted(6);
    const decisions = await run.committeeDecisions(before);

    let exitMs: number | undefined;
    const fault = (async () => {
      await sleep(2500);
      exitMs = await stack.api.stop(signal, shutdownBoundMs);
      const gone = Date.now();
      await stack.api.start();
      run.markOutage(gone, Date.now());
      await sleep(3000);
    })();
    await run.loadUntil(fault, {
      submitters: 3,
      pauseMs: 300,
      decisions,
      spreadMs: 4000,
    });

    await run.finishAfterRecovery();
    // After the restart: new proposals still go through, and decisions on proposals made
    // while the API was going down are recorded.
    await run.submitAccepted(3);
    const madeDuring = run.submissions.filter((s) => s.acceptedId).slice(6, 8);
    for (const s of madeDuring) {
      const op = await run.decisionOn(s, 'cuong', 'approve');
      await run.decideUntilSettled(op, 60_000);
    }

    const report = await settledIntegrityReport(run);
    console.log(
      `${describeReport(run, report)}\nAPI exit after ${signal}: ${exitMs ?? 'killed at the bound'} ms`,
    );
    expect({
      ...report,
      ...(signal === 'SIGTERM' ? { exitedWithinBound: exitMs !== undefined } : {}),
    }).toEqual({
      ...cleanReport(),
      ...(signal === 'SIGTERM' ? { exitedWithinBound: true } : {}),
    });
  });
});
