// Fault: the SMTP server (MailDev) is down for two minutes while units submit and approvers
// decide. Nobody's answer waits on the mail; every message goes out once the server is back,
// exactly once and with the link it was first made with.
import { cleanReport, describeReport } from './support/integrityReport';
import { startFaultStack, type FaultStack } from './support/faultStack';
import { runOutage } from './support/outageScenario';

let stack: FaultStack;
beforeAll(async () => {
  stack = await startFaultStack({ name: 'smtp-outage' });
}, 400_000);
afterAll(() => stack?.stop(), 60_000);

test('SMTP down two minutes: submissions and decisions answered without waiting on mail, consistent rows and workflows, one decision each, every email sent once after recovery', async () => {
  const { run, report } = await runOutage(stack, {
    label: 'smtp',
    downMs: 120_000,
    takeDown: async () => {
      await stack.mail.stop('SIGTERM');
    },
    bringUp: () => stack.mail.start(),
    apiNeedsIt: false,
    submitPauseMs: 6000,
    submissionsDuring: 25,
  });
  console.log(describeReport(run, report));
  expect(report).toEqual(cleanReport());
});
