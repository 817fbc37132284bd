// Entry point: connects to Temporal, PostgreSQL and SMTP, keeps the annual-summary Schedules
// current (R-ANNUAL-REPORT) and runs the worker until SIGINT/SIGTERM.
import { Client } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { createMailer } from '../activities/mailer';
import { createDb } from '../prisma/client';
import { ensureAnnualSummarySchedules } from './annualSummarySchedule';
import { config } from './config';
import { createWorker } from './createWorker';

async function main(): Promise<void> {
  const db = createDb();
  const connection = await NativeConnection.connect({ address: config.temporalAddress });
  const mailer = createMailer(db, config.smtpUrl, config.mailFrom);
  const worker = await createWorker({
    connection,
    namespace: config.temporalNamespace,
    taskQueue: config.taskQueue,
    deps: { db, mailer, publicBaseUrl: config.publicBaseUrl },
  });
  await ensureAnnualSummarySchedules(
    new Client({ connection, namespace: config.temporalNamespace }),
    db,
    config.taskQueue,
  );
  await worker.run();
  mailer.close();
  await connection.close();
  await db.$disconnect();
}

main().catch((err: unknown) => {
  console.error('worker failed', err);
  process.exit(1);
});
