// The only place tests create Temporal servers: always from the project's provisioned binaries
// (existing-path), never downloaded. test/platform/noDownload.test.ts holds every test to this.
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { temporalCliPath, testServerPath } from '../../scripts/temporalBinaries';
import { delegationSearchAttributes } from '../../workflows/searchAttributes';

/** The time-skipping server knows no custom search attributes until they are added. */
export async function timeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: testServerPath() } },
  });
  const { IndexedValueType } = temporal.api.enums.v1;
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      delegationSearchAttributes.map((k) => [
        k.name,
        k.type === 'INT'
          ? IndexedValueType.INDEXED_VALUE_TYPE_INT
          : IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
      ]),
    ),
  });
  return env;
}

export function devServerEnv(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: temporalCliPath() },
      ip: '127.0.0.1',
      searchAttributes: delegationSearchAttributes,
    },
  });
}
