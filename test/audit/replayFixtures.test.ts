// Every recorded history of every path a delegation can take (npm run record-histories) replays
// against the current workflow code, so a change that would break running delegations fails here.
import path from 'node:path';
import { historiesInDir } from '../../api/audit/historySources';
import { bundleCurrentWorkflows, replayHistories } from '../../api/audit/replay';
import { historyScenarios } from '../support/historyScenarios';

const fixtureDir = path.resolve(__dirname, '../fixtures/histories');

test('every path has its recorded history, and every history replays identically', async () => {
  const histories = await historiesInDir(fixtureDir);
  expect(histories.map((h) => h.workflowId)).toEqual(
    expect.arrayContaining(historyScenarios.map((s) => s.name)),
  );
  const verdicts = await replayHistories(histories, await bundleCurrentWorkflows());
  expect(verdicts.filter((v) => !v.identical)).toEqual([]);
  expect(verdicts).toHaveLength(histories.length);
});
