// Fault: the Temporal server is down for 30 s (stopped and started again on its state file)
// while units submit and approvers decide. Clients are told 503 with Retry-After and nothing
// is stored; once Temporal is back, everything goes through.
import { cleanReport, describeReport } from './support/integrityReport';
import { startFaultStack, type FaultStack } from './support/faultStack';
import { runOutage } from './support/outageScenario';

let stack: FaultStack;
beforeAll(async () => {
  stack = await startFaultStack({ name: 'temporal-outage' });
}, 400_000);
afterAll(() => stack?.stop(), 60_000);

test('Temporal down 30 s: every answer meanwhile a 503 or a connection error, nothing stored by a refused submission, consistent rows and workflows, one decision each, no duplicate mail, all done after recovery', async () => {
  const { run, report } = await runOutage(stack, {
    label: 'temporal',
    downMs: 30_000,
    takeDown: async () => {
      await stack.temporalServer.stop('SIGTERM', 15_000);
    },
    bringUp: () => stack.temporalServer.start(),
    apiNeedsIt: true,
    submitPauseMs: 1500,
    submissionsDuring: 30,
  });
  console.log(describeReport(run, report));
  expect(report).toEqual(cleanReport());
});
