// `npm start`: the whole system on one machine. Applies migrations, seeds the demo province,
// starts the Temporal dev server (unless TEMPORAL_ADDRESS is set) and a mail catcher (unless
// SMTP_URL is set), then the worker, the annual-summary Schedules and the API in this process.
// Ctrl-C (or SIGTERM) stops all of it, in order: the API stops taking connections and answers
// those in flight, the worker finishes its tasks (Temporal's graceful shutdown), then SMTP,
// Temporal and the database connections are closed, and last the child servers.
import { Client } from '@temporalio/client';
import { NativeConnection, Runtime } from '@temporalio/worker';
import { createMailer } from '../activities/mailer';
import { databaseUrl } from '../activities/databaseUrl';
import { createApp } from '../api/app';
import { drainable } from '../api/httpDrain';
import { apiTemporalConnection } from '../api/temporalConnection';
import { createDb } from '../prisma/client';
import { applyMigrations } from '../prisma/migrator';
import { demoEmail, seedDemo } from '../prisma/seedDemo';
import { ensureAnnualSummarySchedules } from '../worker/annualSummarySchedule';
import { config } from '../worker/config';
import { createWorker, shutdownBounds } from '../worker/createWorker';
import type { RunningChild } from './childProcess';
import { startMailCatcher } from './mailCatcher';
import { startTemporalDevServer } from './temporalDevServer';

const log = (line: string) => console.log(line);

/** Ctrl-C reaches this process only: it stops the servers last, once nothing uses them. */
const ownGroup = { ownProcessGroup: true };

async function main(): Promise<void> {
  // The stop sequence below handles the signals; Temporal's own handler would stop the worker
  // before the API has answered the requests that wait on it.
  Runtime.install({ shutdownSignals: [] });
  const children: RunningChild[] = [];
  const url = databaseUrl();
  await applyMigrations(url);
  const db = createDb(url);
  await seedDemo(db);

  let temporalAddress = config.temporalAddress;
  let temporalUi = process.env.TEMPORAL_UI_URL ?? '(external Temporal: see its own UI)';
  if (!process.env.TEMPORAL_ADDRESS) {
    children.push(await startTemporalDevServer(7233, 8233, log, ownGroup));
    temporalAddress = '127.0.0.1:7233';
    temporalUi = 'http://127.0.0.1:8233';
  }
  let smtpUrl = config.smtpUrl;
  let inbox = '(external SMTP server)';
  if (!process.env.SMTP_URL) {
    const mail = await startMailCatcher(1025, 1080, log, ownGroup);
    children.push(mail);
    smtpUrl = mail.smtpUrl;
    // MailDev 3 serves its web inbox at /index.html (its / answers 404).
    inbox = `${mail.inboxUrl}/index.html`;
  }

  const nativeConnection = await NativeConnection.connect({ address: temporalAddress });
  const connection = apiTemporalConnection(temporalAddress);
  const temporal = new Client({ connection, namespace: config.temporalNamespace });
  const mailer = createMailer(db, smtpUrl, config.mailFrom);
  const worker = await createWorker({
    connection: nativeConnection,
    namespace: config.temporalNamespace,
    taskQueue: config.taskQueue,
    deps: { db, mailer, publicBaseUrl: config.publicBaseUrl },
    shutdown: shutdownBounds,
  });
  const running = worker.run();
  await ensureAnnualSummarySchedules(temporal, db, config.taskQueue);
  const app = createApp({
    db,
    temporal,
    taskQueue: config.taskQueue,
    publicBaseUrl: config.publicBaseUrl,
  });
  const http = drainable(app.listen(config.port, '127.0.0.1'));

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
    log('stopping: answering the requests in flight…');
    await http.drain();
    log('stopping: the worker finishes its tasks…');
    worker.shutdown();
    await running.catch(() => undefined);
    mailer.close();
    await connection.close();
    await nativeConnection.close();
    await db.$disconnect();
    await Promise.all(children.map((c) => c.stop()));
    process.exit(0);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    // A second Ctrl-C is the operator insisting: stop at once (the children die with the group).
    process.once(signal, () => process.exit(1));
    stop().catch((err: unknown) => {
      console.error('dev stack did not stop cleanly', err);
      process.exit(1);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

main().catch((err: unknown) => {
  console.error('dev stack failed to start', err);
  process.exit(1);
});
