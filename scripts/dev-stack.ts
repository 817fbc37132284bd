// `npm start`: the whole system on one machine. Applies migrations, seeds the demo province,
// starts the Temporal dev server (unless TEMPORAL_ADDRESS is set) and a mail catcher (unless
// SMTP_URL is set), then the worker, the annual-summary Schedules and the API in this process.
// Ctrl-C stops all of it.
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { createMailer } from '../activities/mailer';
import { databaseUrl } from '../activities/databaseUrl';
import { createApp } from '../api/app';
import { createDb } from '../prisma/client';
import { applyMigrations } from '../prisma/migrator';
import { demoEmail, seedDemo } from '../prisma/seedDemo';
import { ensureAnnualSummarySchedules } from '../worker/annualSummarySchedule';
import { config } from '../worker/config';
import { createWorker } from '../worker/createWorker';
import type { RunningChild } from './childProcess';
import { startMailCatcher } from './mailCatcher';
import { startTemporalDevServer } from './temporalDevServer';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const children: RunningChild[] = [];
  const url = databaseUrl();
  await applyMigrations(url);
  const db = createDb(url);
  await seedDemo(db);

  let temporalAddress = config.temporalAddress;
  let temporalUi = process.env.TEMPORAL_UI_URL ?? '(external Temporal: see its own UI)';
  if (!process.env.TEMPORAL_ADDRESS) {
    children.push(await startTemporalDevServer(7233, 8233, log));
    temporalAddress = '127.0.0.1:7233';
    temporalUi = 'http://127.0.0.1:8233';
  }
  let smtpUrl = config.smtpUrl;
  let inbox = '(external SMTP server)';
  if (!process.env.SMTP_URL) {
    const mail = await startMailCatcher(1025, 1080, log);
    children.push(mail);
    smtpUrl = mail.smtpUrl;
    // MailDev 3 serves its web inbox at /index.html (its / answers 404).
    inbox = `${mail.inboxUrl}/index.html`;
  }

  const nativeConnection = await NativeConnection.connect({ address: temporalAddress });
  const connection = await Connection.connect({ address: temporalAddress });
  const temporal = new Client({ connection, namespace: config.temporalNamespace });
  const mailer = createMailer(db, smtpUrl, config.mailFrom);
  const worker = await createWorker({
    connection: nativeConnection,
    namespace: config.temporalNamespace,
    taskQueue: config.taskQueue,
    deps: { db, mailer, publicBaseUrl: config.publicBaseUrl },
  });
  const running = worker.run();
  await ensureAnnualSummarySchedules(temporal, db, config.taskQueue);
  const app = createApp({
    db,
    temporal,
    taskQueue: config.taskQueue,
    publicBaseUrl: config.publicBaseUrl,
  });
  const server = app.listen(config.port, '127.0.0.1');

  log('');
  log(`API          ${config.publicBaseUrl}  (OpenAPI: ${config.publicBaseUrl}/openapi.json)`);
  log(`Temporal UI  ${temporalUi}`);
  log(`Mail inbox   ${inbox}`);
  log(
    `Sign in      ${config.publicBaseUrl}/auth/sign-in  as ${demoEmail('an')} (unit staff) or ${demoEmail('quan-tri')} (administrator)`,
  );
  log('Press Ctrl-C to stop everything.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    server.close();
    worker.shutdown();
    await running.catch(() => undefined);
    mailer.close();
    await connection.close();
    await nativeConnection.close();
    await db.$disconnect();
    await Promise.all(children.map((c) => c.stop()));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error('dev stack failed to start', err);
  process.exit(1);
});
