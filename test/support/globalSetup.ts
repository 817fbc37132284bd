// Runs once before all test files: bundles the workflow code once (webpack is slow on two
// cores) so every worker in every test file loads the same prebuilt bundle.
import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default async function globalSetup(): Promise<void> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('../../workflows'),
    logger: {
      log: () => undefined,
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: console.warn,
      error: console.error,
    },
  });
  const dir = path.join(os.tmpdir(), 'study-delegations-tests');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `workflow-bundle-${process.pid}.js`);
  writeFileSync(file, code);
  process.env.WORKFLOW_BUNDLE_PATH = file;
}
