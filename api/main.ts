// Entry point: the HTTP API and action-link pages, on PORT, against Temporal and PostgreSQL.
import { Client, Connection } from '@temporalio/client';
import { createDb } from '../prisma/client';
import { config } from '../worker/config';
import { createApp } from './app';
import { logger } from './logger';

async function main(): Promise<void> {
  const db = createDb();
  const connection = await Connection.connect({ address: config.temporalAddress });
  const temporal = new Client({ connection, namespace: config.temporalNamespace });
  const app = createApp({
    db,
    temporal,
    taskQueue: config.taskQueue,
    publicBaseUrl: config.publicBaseUrl,
  });
  const server = app.listen(config.port, () => logger.info({ port: config.port }, 'API listening'));
  const stop = () => {
    server.close();
    void connection.close().then(() => db.$disconnect());
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  logger.error({ err }, 'API failed to start');
  process.exit(1);
});
