// Where histories to audit come from: the Temporal server (one delegation, or every workflow a
// visibility query matches) or a folder of exported JSON histories (offline, no server).
import type { Client } from '@temporalio/client';
import { historyFromJSON, type History } from '@temporalio/common/lib/proto-utils';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { workflowIdOf } from '../startDelegationWorkflow';
import { grpcStatus, grpcStatusOf } from './grpcStatus';
import type { HistoryToReplay } from './replay';

/** A delegation's history, or undefined when the server has none (never started, or past retention). */
export async function delegationHistory(
  temporal: Client,
  delegationId: string,
): Promise<History | undefined> {
  try {
    return await temporal.workflow.getHandle(workflowIdOf(delegationId)).fetchHistory();
  } catch (err) {
    if (grpcStatusOf(err) === grpcStatus.notFound) return undefined;
    throw err;
  }
}

/** Without a query: every delegation workflow (other workflow types in the namespace are not ours). */
export const defaultReplayQuery = "WorkflowType = 'delegationWorkflow'";

export async function* historiesMatching(
  temporal: Client,
  query: string = defaultReplayQuery,
): AsyncIterable<HistoryToReplay> {
  for await (const { workflowId, history } of temporal.workflow
    .list({ query })
    .intoHistories({ concurrency: 2 })) {
    yield { workflowId, history: history as History };
  }
}

/** Every *.json in a folder, as `temporal workflow show --output json` or GET …/history wrote it. */
export async function historiesInDir(dir: string): Promise<HistoryToReplay[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (f) => ({
      workflowId: path.basename(f, '.json'),
      history: historyFromJSON(JSON.parse(await readFile(path.join(dir, f), 'utf8'))),
    })),
  );
}
