import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { delegationSearchAttributes } from '../workflows/searchAttributes';
import { startChild, waitForPort, type RunningChild, type ChildOptions } from './childProcess';
import { temporalCliPath } from './temporalBinaries';

/** The Temporal dev server with its UI, keeping its state in a file under ./data/. */
export async function startTemporalDevServer(
  port: number,
  uiPort: number,
  log: (l: string) => void,
  options: ChildOptions = {},
): Promise<RunningChild> {
  const dataDir = path.resolve(__dirname, '../data');
  mkdirSync(dataDir, { recursive: true });
  const attrs = delegationSearchAttributes.flatMap((k) => [
    '--search-attribute',
    `${k.name}=${k.type === 'INT' ? 'Int' : 'Keyword'}`,
  ]);
  const child = startChild(
    'temporal',
    temporalCliPath(),
    [
      'server',
      'start-dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--ui-port',
      String(uiPort),
      '--db-filename',
      path.join(dataDir, 'temporal.db'),
      '--log-level',
      'warn',
      ...attrs,
    ],
    log,
    options,
  );
  await waitForPort('127.0.0.1', port, 60000);
  return child;
}
