// A deliberately non-deterministic variant of the workflow, built only here: a temporary workflows
// file re-exports the real workflows and adds one interceptor that changes one step. Replaying the
// recorded histories against it must report the divergence at the right event, in plain words.
import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { activityCalls } from '../../api/audit/historyEvents';
import { historiesInDir } from '../../api/audit/historySources';
import { replayHistories, type HistoryToReplay } from '../../api/audit/replay';

const root = path.resolve(__dirname, '../..');

// Before the trip stage is recorded, the variant waits a minute (replaying `closed`) or runs one
// more activity (replaying `late-report`): the replay's workflow id is the fixture's name.
const variantSource = `
import { sleep, workflowInfo, type WorkflowInterceptorsFactory } from '@temporalio/workflow';
export * from ${JSON.stringify(path.join(root, 'workflows'))};

export const interceptors: WorkflowInterceptorsFactory = () => ({
  outbound: [
    {
      async scheduleActivity(input, next) {
        const stage = (input.args[0] as { stage?: string } | undefined)?.stage;
        if (input.activityType === 'recordStage' && stage === 'on_trip') {
          if (workflowInfo().workflowId === 'late-report') {
            await next({ ...input, activityType: 'workingDaysLate', args: [{ dueDate: '2027-01-04', at: '2027-01-05T00:00:00Z' }] });
          } else {
            await sleep('1 minute');
          }
        }
        return next(input);
      },
    },
  ],
});
`;

let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The event where the recorded history scheduled the activity that records the trip stage. */
function onTripEvent(h: HistoryToReplay): number {
  const call = activityCalls(h.history).find(
    (c) => c.activityType === 'recordStage' && (c.input as { stage: string }).stage === 'on_trip',
  );
  return call?.scheduledEventId as number;
}

test('a variant that adds a timer or an activity is reported as diverging at that event, in plain words', async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nondeterministic-workflows-'));
  const file = path.join(dir, 'workflows.ts');
  writeFileSync(file, variantSource);
  const { code } = await bundleWorkflowCode({
    workflowsPath: file,
    workflowInterceptorModules: [file],
    // The file lives outside the project: resolve the SDK from the project's node_modules.
    webpackConfigHook: (c) => ({
      ...c,
      resolve: { ...c.resolve, modules: [path.join(root, 'node_modules'), 'node_modules'] },
    }),
    logger: {
      log: () => undefined,
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: console.error,
    },
  });
  const fixtures = await historiesInDir(path.join(root, 'test/fixtures/histories'));
  const pick = (name: string) => fixtures.find((h) => h.workflowId === name) as HistoryToReplay;
  const [closed, late, rejected] = [pick('closed'), pick('late-report'), pick('rejected')];

  const verdicts = await replayHistories([closed, late, rejected], { code });
  const byId = new Map(verdicts.map((v) => [v.workflowId, v]));

  const timer = onTripEvent(closed);
  expect(byId.get('closed')).toMatchObject({
    identical: false,
    divergence: { eventId: timer, eventType: 'ActivityTaskScheduled' },
  });
  expect(byId.get('closed')?.divergence?.description).toBe(
    `At event ${timer} (ActivityTaskScheduled) the history records that the activity "recordStage" was scheduled (stage "on_trip"), but the current code starts a timer there instead.`,
  );

  // The SDK names no event for a different activity: the replayer locates it itself.
  const activity = onTripEvent(late);
  expect(byId.get('late-report')).toMatchObject({
    identical: false,
    divergence: { eventId: activity, eventType: 'ActivityTaskScheduled' },
  });
  expect(byId.get('late-report')?.divergence?.description).toBe(
    `At event ${activity} (ActivityTaskScheduled) the history records that the activity "recordStage" was scheduled (stage "on_trip"), but the current code schedules the activity "workingDaysLate" there instead.`,
  );

  // A delegation rejected before any trip never reaches the changed step.
  expect(byId.get('rejected')).toMatchObject({ identical: true });
});
