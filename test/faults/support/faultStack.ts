// The whole system as separate processes on 127.0.0.1, each of which a fault test can stop and
// start: the Temporal dev server (state in a file, so it survives its own restart), MailDev
// (mail kept in a directory, so a restart loses nothing the test must count), the worker and
// the API from their real entry points, and a fresh database — on the machine's PostgreSQL, or
// on a cluster of the test's own when the test is going to stop PostgreSQL.
import { Client, Connection } from '@temporalio/client';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createDb, type Db } from '../../../prisma/client';
import { createDatabaseIfMissing, withDatabaseName } from '../../../prisma/databaseAdmin';
import { applyMigrations } from '../../../prisma/migrator';
import { seedDemo } from '../../../prisma/seedDemo';
import { freePort, waitForPort } from '../../../scripts/childProcess';
import { temporalCliPath } from '../../../scripts/temporalBinaries';
import { delegationSearchAttributes } from '../../../workflows/searchAttributes';
import { createTestDatabase } from '../../support/testDatabase';
import { MailInbox } from './receivedMail';
import { createPostgresCluster, type PostgresCluster } from './postgresCluster';
import { ServerProcess, sleep, waitUntil, type ExitRecord } from './serverProcess';

const root = path.resolve(__dirname, '../../..');

export interface FaultStack {
  name: string;
  /** Logs of every process (artifacts/faults/<name>-<time>/), kept after the run. */
  runDir: string;
  db: Db;
  dbUrl: string;
  /** The API's address, also the base of every emailed link. */
  baseUrl: string;
  inbox: MailInbox;
  /** The test's own client, for visibility queries (reconnects after a Temporal restart). */
  temporal: Client;
  taskQueue: string;
  api: ServerProcess;
  worker: ServerProcess;
  mail: ServerProcess;
  temporalServer: ServerProcess;
  /** Only when the stack runs on a cluster of its own (`ownPostgres`). */
  postgres: PostgresCluster | undefined;
  /** Exits of the API or worker nobody asked for (each was restarted, as compose would). */
  crashes(): ExitRecord[];
  stop(): Promise<void>;
}

export interface FaultStackOptions {
  name: string;
  /** Runs PostgreSQL as a cluster of the test's own, which the test may stop. */
  ownPostgres?: boolean;
}

async function freshDatabase(
  ownPostgres: boolean,
): Promise<{ url: string; db: Db; cluster: PostgresCluster | undefined; drop(): Promise<void> }> {
  if (!ownPostgres) {
    const t = await createTestDatabase();
    return { url: t.url, db: t.db, cluster: undefined, drop: () => t.drop() };
  }
  const cluster = await createPostgresCluster();
  try {
    const url = withDatabaseName(cluster.url, 'study_delegations_faults');
    await createDatabaseIfMissing(url);
    await applyMigrations(url);
    const db = createDb(url);
    return {
      url,
      db,
      cluster,
      async drop() {
        await db.$disconnect();
        await cluster.remove();
      },
    };
  } catch (err) {
    await cluster.remove();
    throw err;
  }
}

export async function startFaultStack(o: FaultStackOptions): Promise<FaultStack> {
  const runDir = path.join(
    root,
    'artifacts',
    'faults',
    `${o.name}-${new Date().toISOString().replace(/[:.]/g, '-')}`,
  );
  mkdirSync(runDir, { recursive: true });
  const database = await freshDatabase(o.ownPostgres ?? false);
  await seedDemo(database.db);

  const [temporalPort, smtpPort, webPort, apiPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const temporalAddress = `127.0.0.1:${temporalPort}`;
  const baseUrl = `http://127.0.0.1:${apiPort}`;
  const taskQueue = `faults-${randomBytes(4).toString('hex')}`;
  const mailDir = path.join(runDir, 'mail');
  mkdirSync(mailDir, { recursive: true });

  const temporalServer = new ServerProcess({
    name: 'temporal',
    command: temporalCliPath(),
    args: [
      'server',
      'start-dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(temporalPort),
      '--headless',
      '--db-filename',
      path.join(runDir, 'temporal.db'),
      '--log-level',
      'warn',
      ...delegationSearchAttributes.flatMap((k) => [
        '--search-attribute',
        `${k.name}=${k.type === 'INT' ? 'Int' : 'Keyword'}`,
      ]),
    ],
    logFile: path.join(runDir, 'temporal.log'),
    ready: () =>
      waitUntil(
        'Temporal answers',
        async () => {
          const c = await Connection.connect({ address: temporalAddress, connectTimeout: 2000 });
          try {
            await c.workflowService.describeNamespace({ namespace: 'default' });
            return true;
          } finally {
            await c.close();
          }
        },
        90_000,
        500,
      ),
  });

  const mail = new ServerProcess({
    name: 'maildev',
    command: process.execPath,
    args: [
      path.join(root, 'node_modules/maildev/dist/bin/maildev.js'),
      '--smtp',
      String(smtpPort),
      '--web',
      String(webPort),
      '--ip',
      '127.0.0.1',
      '--web-ip',
      '127.0.0.1',
      '--mail-directory',
      mailDir,
      '--silent',
    ],
    logFile: path.join(runDir, 'maildev.log'),
    ready: async () => {
      await waitForPort('127.0.0.1', smtpPort, 30_000);
      await waitForPort('127.0.0.1', webPort, 30_000);
    },
  });

  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_NAMESPACE: 'default',
    TEMPORAL_TASK_QUEUE: taskQueue,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    PUBLIC_BASE_URL: baseUrl,
    PORT: String(apiPort),
    LOG_LEVEL: 'info',
    // Every test client comes from 127.0.0.1: the per-address limits are not what is tested.
    RATE_LIMIT_LINK_MAX: '1000000',
    RATE_LIMIT_SIGN_IN_MAX: '1000000',
  };
  // `node --import tsx` is what the `tsx` command runs, minus its wrapper process: a signal
  // then reaches the server itself, and a SIGKILL leaves no orphan holding the port.
  const tsxArgs = (entry: string) => ['--import', 'tsx', entry];
  const worker = new ServerProcess({
    name: 'worker',
    command: process.execPath,
    args: tsxArgs('worker/main.ts'),
    cwd: root,
    env: appEnv,
    logFile: path.join(runDir, 'worker.log'),
    // The SDK logs each state change; RUNNING means it polls the task queue.
    ready: (p) => p.waitForOutput(/RUNNING/, 240_000),
  });
  const api = new ServerProcess({
    name: 'api',
    command: process.execPath,
    args: tsxArgs('api/main.ts'),
    cwd: root,
    env: appEnv,
    logFile: path.join(runDir, 'api.log'),
    ready: () =>
      waitUntil(
        'API health 200',
        async () =>
          (await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(5000) })).status === 200,
        120_000,
        500,
      ),
  });

  const started: ServerProcess[] = [];
  let stopped = false;
  // compose runs the worker and the API with `restart: unless-stopped`: a process that dies on
  // its own is started again (and the crash is reported by the test).
  const supervised = [worker, api];
  const supervise = async () => {
    while (!stopped) {
      for (const p of supervised) {
        const last = p.exits[p.exits.length - 1];
        if (!p.running() && last && !last.expected && started.includes(p) && !stopped) {
          await p.start().catch(() => undefined);
        }
      }
      await sleep(2000);
    }
  };

  let temporal: Client | undefined;
  try {
    for (const p of [temporalServer, mail, worker, api]) {
      await p.start();
      started.push(p);
    }
    temporal = new Client({
      connection: await Connection.connect({ address: temporalAddress }),
      namespace: 'default',
    });
  } catch (err) {
    for (const p of started.reverse()) await p.stop('SIGKILL');
    await database.drop();
    throw err;
  }
  const supervising = supervise();
  const client = temporal;

  return {
    name: o.name,
    runDir,
    db: database.db,
    dbUrl: database.url,
    baseUrl,
    inbox: new MailInbox(`http://127.0.0.1:${webPort}`),
    temporal: client,
    taskQueue,
    api,
    worker,
    mail,
    temporalServer,
    postgres: database.cluster,
    crashes: () => supervised.flatMap((p) => p.crashes()),
    async stop() {
      stopped = true;
      await supervising;
      for (const p of [api, worker, mail, temporalServer]) await p.stop('SIGTERM', 15_000);
      await client.connection.close().catch(() => undefined);
      await database.drop();
      // The logs stay for whoever reads a failure; the state files are of no use afterwards.
      rmSync(path.join(runDir, 'temporal.db'), { force: true });
      rmSync(mailDir, { recursive: true, force: true });
    },
  };
}
