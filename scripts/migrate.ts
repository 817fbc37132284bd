// `npm run migrate` (and the one-shot `migrate` service in docker-compose.yml): applies pending
// SQL migrations to DATABASE_URL, creating the database first if needed. Exit code 1 on failure.
import pino from 'pino';
import { databaseUrl } from '../activities/databaseUrl';
import { databaseNameOf } from '../prisma/databaseAdmin';
import { applyMigrations } from '../prisma/migrator';

// The URL carries the password, so only the database name is logged.
const logger = pino({ name: 'migrate' }).child({ database: databaseNameOf(databaseUrl()) });

applyMigrations(databaseUrl(), { log: (message) => logger.info(message) })
  .then((applied) =>
    logger.info(
      applied.length > 0
        ? `applied ${applied.length} migration(s)`
        : 'database is up to date, nothing to apply',
    ),
  )
  .catch((err: unknown) => {
    logger.error({ err }, 'migration failed');
    process.exitCode = 1;
  });
