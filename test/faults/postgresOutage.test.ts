// Fault: PostgreSQL is down for 60 s (stopped as if it crashed, then started again) while
// units submit and approvers decide. The stack runs on a cluster this test starts itself, on a
// free port, removed afterwards: the machine's PostgreSQL is never stopped.
import { cleanReport, describeReport } from './support/integrityReport';
import { startFaultStack, type FaultStack } from './support/faultStack';
import { runOutage } from './support/outageScenario';

let stack: FaultStack;
beforeAll(async () => {
  stack = await startFaultStack({ name: 'postgres-outage', ownPostgres: true });
}, 400_000);
afterAll(() => stack?.stop(), 60_000);

test('PostgreSQL down 60 s: every answer meanwhile a 503 or a connection error, nothing stored by a refused submission, consistent rows and workflows, one decision each, no duplicate mail, all done after recovery', async () => {
  const postgres = stack.postgres;
  if (!postgres) throw new Error('the stack must run on its own PostgreSQL cluster');
  const { run, report } = await runOutage(stack, {
    label: 'postgres',
    downMs: 60_000,
    takeDown: () => postgres.stop('immediate'),
    bringUp: () => postgres.start(),
    apiNeedsIt: true,
    submitPauseMs: 2000,
    submissionsDuring: 35,
  });
  console.log(describeReport(run, report));
  expect(report).toEqual(cleanReport());
});
