// A whole system for one test file: fresh database, real SMTP server, a Temporal server
// (time-skipping or dev), the worker with the real activities, and the API over real HTTP.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createMailer, type Mailer } from '../../activities/mailer';
import { createApp } from '../../api/app';
import type { Db } from '../../prisma/client';
import { seedDemo } from '../../prisma/seedDemo';
import { freePort } from '../../scripts/childProcess';
import { startMailCatcher, type MailCatcher } from '../../scripts/mailCatcher';
import { createWorker } from '../../worker/createWorker';
import { Mailbox } from './mailbox';
import { devServerEnv, timeSkippingEnv } from './temporalEnvs';
import { createTestDatabase } from './testDatabase';

export interface TestStack {
  env: TestWorkflowEnvironment;
  db: Db;
  dbUrl: string;
  mailbox: Mailbox;
  mailer: Mailer;
  taskQueue: string;
  baseUrl: string;
  /** Stops the worker (as a crash would) and starts a fresh one on the same task queue. */
  restartWorker(): Promise<void>;
  /** Stops the worker: workflows wait, as they do while the worker is down. */
  stopWorker(): Promise<void>;
  /** Starts a fresh worker on the same task queue (after stopWorker). */
  startWorker(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestStack(kind: 'time-skipping' | 'dev-server'): Promise<TestStack> {
  const database = await createTestDatabase();
  await seedDemo(database.db);
  const mail: MailCatcher = await startMailCatcher(
    await freePort(),
    await freePort(),
    () => undefined,
  );
  const env = kind === 'time-skipping' ? await timeSkippingEnv() : await devServerEnv();
  const taskQueue = `delegations-${randomUUID()}`;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const mailer = createMailer(
    database.db,
    mail.smtpUrl,
    'Hệ thống <no-reply@study-delegations.local>',
  );
  const deps = { db: database.db, mailer, publicBaseUrl: baseUrl };
  const bundlePath = process.env.WORKFLOW_BUNDLE_PATH;
  const newWorker = () =>
    createWorker({
      connection: env.nativeConnection,
      namespace: env.namespace ?? 'default',
      taskQueue,
      deps,
      workflowBundle: bundlePath ? { codePath: bundlePath } : undefined,
      // A killed worker's sticky queue would hold the next workflow task and, on the
      // time-skipping server, stall time skipping; without a cache there is none.
      maxCachedWorkflows: kind === 'time-skipping' ? 0 : undefined,
    });
  let worker: Worker = await newWorker();
  let running = worker.run();
  const app = createApp({
    db: database.db,
    temporal: env.client,
    taskQueue,
    publicBaseUrl: baseUrl,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });

  const stopWorker = async () => {
    worker.shutdown();
    await running;
  };
  const startWorker = async () => {
    worker = await newWorker();
    running = worker.run();
  };
  return {
    env,
    db: database.db,
    dbUrl: database.url,
    mailbox: new Mailbox(mail.inboxUrl),
    mailer,
    taskQueue,
    baseUrl,
    async restartWorker() {
      await stopWorker();
      await startWorker();
    },
    stopWorker,
    startWorker,
    async stop() {
      await new Promise((r) => server.close(r));
      worker.shutdown();
      await running;
      await env.teardown();
      mailer.close();
      await mail.stop();
      await database.drop();
    },
  };
}
