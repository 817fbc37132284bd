// Entry point: the HTTP API and action-link pages, on PORT, against Temporal and PostgreSQL.
// On SIGTERM or SIGINT it stops taking connections, answers the requests in flight (at most
// drainBoundMs), and only then closes its Temporal and database connections.
import { Client } from '@temporalio/client';
import { createDb } from '../prisma/client';
import { config } from '../worker/config';
import { createApp } from './app';
import { drainable } from './httpDrain';
import { logger } from './logger';
import { apiTemporalConnection } from './temporalConnection';

function main(): void {
  const db = createDb();
  // Lazy: the API starts, and answers 503, while Temporal is down.
  const connection = apiTemporalConnection(config.temporalAddress);
  const temporal = new Client({ connection, namespace: config.temporalNamespace });
  const app = createApp({
    db,
    temporal,
    taskQueue: config.taskQueue,
    publicBaseUrl: config.publicBaseUrl,
  });
  const server = app.listen(config.port, () => logger.info({ port: config.port }, 'API listening'));
  const http = drainable(server);
  const stop = async (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'API stopping: no new connections, answering those in flight');
    const ended = await http.drain();
    logger.info({ ended }, 'API connections closed; closing Temporal and the database');
    await connection.close();
    await db.$disconnect();
    process.exit(0);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    // A second signal is the operator insisting: stop at once.
    process.once(signal, () => process.exit(1));
    stop(signal).catch((err: unknown) => {
      logger.error({ err }, 'API did not stop cleanly');
      process.exit(1);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

try {
  main();
} catch (err: unknown) {
  logger.error({ err }, 'API failed to start');
  process.exit(1);
}
