// Entry point: connects to Temporal, PostgreSQL and SMTP, keeps the annual-summary Schedules
// current (R-ANNUAL-REPORT) and runs the worker until SIGINT/SIGTERM. Stopping is Temporal's
// graceful shutdown: no new tasks are polled, activities in flight get shutdownBounds to finish
// (an SMTP send and its email-log write), and only then are SMTP, Temporal and the database
// closed, so no activity loses its connections halfway.
import { Client } from '@temporalio/client';
import { NativeConnection, Runtime } from '@temporalio/worker';
import { createMailer } from '../activities/mailer';
import { createDb } from '../prisma/client';
import { ensureAnnualSummarySchedules } from './annualSummarySchedule';
import { config } from './config';
import { createWorker, shutdownBounds } from './createWorker';

async function main(): Promise<void> {
  // This process handles the signals itself, so it can say what it does and in what order.
  Runtime.install({ shutdownSignals: [] });
  const db = createDb();
  const connection = await NativeConnection.connect({ address: config.temporalAddress });
  const mailer = createMailer(db, config.smtpUrl, config.mailFrom);
  const worker = await createWorker({
    connection,
    namespace: config.temporalNamespace,
    taskQueue: config.taskQueue,
    deps: { db, mailer, publicBaseUrl: config.publicBaseUrl },
    shutdown: shutdownBounds,
  });
  const onSignal = (signal: NodeJS.Signals) => {
    // A second signal is the operator insisting: stop at once.
    process.once(signal, () => process.exit(1));
    console.log(`worker stopping (${signal}): finishing the tasks in flight`);
    if (worker.getState() === 'RUNNING') worker.shutdown();
    else process.exit(0);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await ensureAnnualSummarySchedules(
    new Client({ connection, namespace: config.temporalNamespace }),
    db,
    config.taskQueue,
  );
  await worker.run();
  console.log('worker stopped; closing SMTP, Temporal and the database');
  mailer.close();
  await connection.close();
  await db.$disconnect();
}

main().catch((err: unknown) => {
  console.error('worker failed', err);
  process.exit(1);
});
