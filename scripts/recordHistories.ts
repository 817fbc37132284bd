// `npm run record-histories`: runs every path of a delegation (test/support/historyScenarios.ts)
// on the time-skipping server with the real activities, database and SMTP server, and writes each
// workflow history to test/fixtures/histories/<name>.json, which the test suite replays.
// Run it after a change of workflow logic (guarded by patched()) and commit the new fixtures.
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DelegationDriver } from '../test/support/delegationDriver';
import { historyScenarios } from '../test/support/historyScenarios';
import { settledHistory } from '../test/support/settledHistory';
import { startTestStack } from '../test/support/testStack';

const fixtureDir = path.resolve(__dirname, '../test/fixtures/histories');

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  Runtime.install({ logger: new DefaultLogger('WARN') });
  await mkdir(fixtureDir, { recursive: true });
  const stack = await startTestStack('time-skipping');
  try {
    const drive = new DelegationDriver(stack);
    for (const scenario of historyScenarios.filter(
      (s) => only.length === 0 || only.includes(s.name),
    )) {
      const delegationId = await scenario.run({ drive, stack });
      const history = await settledHistory(
        stack.env.client.workflow.getHandle(`delegation-${delegationId}`),
      );
      const file = path.join(fixtureDir, `${scenario.name}.json`);
      await writeFile(file, `${historyToJSON(history)}\n`);
      console.log(
        `${scenario.name}: ${history.events?.length ?? 0} events → ${path.relative(process.cwd(), file)}`,
      );
    }
  } finally {
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('recording failed', err);
    process.exit(1);
  },
);
