// `npm run audit -- replay --dir`: exported histories replayed offline (no Temporal server, no
// database), one line per workflow, exit status 1 when one of them does not replay.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '../..');
const fixtureDir = path.join(root, 'test/fixtures/histories');

async function audit(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(
      path.join(root, 'node_modules/.bin/tsx'),
      ['scripts/audit.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout };
  } catch (err) {
    const failed = err as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

let dir: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('replays a folder of exported histories offline and says which one was altered, and where', async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'exported-histories-'));
  copyFileSync(path.join(fixtureDir, 'approved.json'), path.join(dir, 'delegation-approved.json'));
  // An export whose activity was renamed after the fact no longer matches what the code does.
  const altered = JSON.parse(readFileSync(path.join(fixtureDir, 'rejected.json'), 'utf8')) as {
    events: {
      eventId: string;
      activityTaskScheduledEventAttributes?: { activityType: { name: string } };
    }[];
  };
  const scheduled = altered.events.find(
    (e) => e.activityTaskScheduledEventAttributes?.activityType.name === 'openReview',
  );
  (
    scheduled?.activityTaskScheduledEventAttributes as { activityType: { name: string } }
  ).activityType.name = 'sendEmail';
  writeFileSync(path.join(dir, 'delegation-rejected.json'), JSON.stringify(altered));

  const all = await audit('replay', '--dir', fixtureDir);
  expect(all.code).toBe(0);
  expect(all.stdout).toMatch(/^identical +closed \(\d+ events\)$/m);
  expect(all.stdout).toMatch(/: \d+ identical, 0 diverging\.$/m);

  const mixed = await audit('replay', '--dir', dir);
  expect(mixed.code).toBe(1);
  expect(mixed.stdout).toMatch(/^identical +delegation-approved \(\d+ events\)$/m);
  expect(mixed.stdout).toContain(
    `DIVERGES   delegation-rejected (${altered.events.length} events): At event ${scheduled?.eventId} (ActivityTaskScheduled) the history records that the activity "sendEmail" was scheduled (stage "committee_review"), but the current code schedules the activity "openReview" there instead.`,
  );
  expect(mixed.stdout).toContain(
    '2 replayed against the current workflow code: 1 identical, 1 diverging.',
  );
});
