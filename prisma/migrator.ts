// Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's schema engine
// (its binary cannot be downloaded here): same table, same rows, same advisory lock, so the
// Prisma CLI sees a database migrated by this code as up to date, and the two never run at once.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { createDatabaseIfMissing, databaseNameOf } from './databaseAdmin';
import { readMigrationFiles, type MigrationFile } from './migrationFiles';
import { pendingMigrations, type AppliedMigration } from './migrationPlan';

export const defaultMigrationsDir = path.join(__dirname, 'migrations');

/** The key Prisma Migrate locks (prisma-engines, PostgreSQL flavour's acquire_lock). */
const prismaMigrateLockKey = 72707369;

/** Verbatim the DDL of prisma-engines' create_migrations_table for PostgreSQL. */
const createMigrationsTable = `
CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrateOptions {
  migrationsDir?: string;
  log?: (message: string) => void;
}

/**
 * Creates the database if it is missing, then applies every pending migration in name order,
 * each in its own transaction. Returns the names it applied (none when already up to date).
 */
export async function applyMigrations(
  url: string,
  options: MigrateOptions = {},
): Promise<string[]> {
  const log = options.log ?? (() => undefined);
  const files = await readMigrationFiles(options.migrationsDir ?? defaultMigrationsDir);
  if (await createDatabaseIfMissing(url)) log(`created database ${databaseNameOf(url)}`);

  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // A session lock, held across the transactions below. A second migrator waits here and then
    // finds nothing pending; ending the session releases the lock even if we crash.
    await client.query('SELECT pg_advisory_lock($1)', [prismaMigrateLockKey]);
    await client.query(createMigrationsTable);
    const pending = pendingMigrations(files, await appliedMigrations(client));
    for (const migration of pending) {
      await applyOne(client, migration);
      log(`applied migration ${migration.name}`);
    }
    return pending.map((m) => m.name);
  } finally {
    await client.end();
  }
}

async function appliedMigrations(client: Client): Promise<AppliedMigration[]> {
  const { rows } = await client.query<AppliedMigration>(
    `SELECT migration_name AS "migrationName", checksum, finished_at AS "finishedAt",
            rolled_back_at AS "rolledBackAt"
       FROM _prisma_migrations ORDER BY started_at`,
  );
  return rows;
}

/**
 * Records the row as Prisma does (started, script run, one step counted, finished), but inside
 * one transaction with the script: a failing migration leaves neither half a schema nor a
 * failed row behind, so fixing the file and running again is enough. The price: statements that
 * refuse to run in a transaction (CREATE INDEX CONCURRENTLY) cannot be used in a migration.
 */
async function applyOne(client: Client, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query('BEGIN');
  try {
    await client.query(
      'INSERT INTO _prisma_migrations (id, checksum, migration_name) VALUES ($1, $2, $3)',
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(
      `UPDATE _prisma_migrations
          SET finished_at = clock_timestamp(), applied_steps_count = applied_steps_count + 1
        WHERE id = $1`,
      [id],
    );
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${reason}`, {
      cause: err,
    });
  }
}
