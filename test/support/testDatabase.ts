// A database of its own for each test file (or test): freshly created under a random name on the
// server DATABASE_URL points at, dropped afterwards. Tests never see rows from other tests or
// earlier runs, and test files can run in parallel.
import { randomBytes } from 'node:crypto';
import { databaseUrl } from '../../activities/databaseUrl';
import { createDb, type Db } from '../../prisma/client';
import {
  createDatabaseIfMissing,
  dropDatabase,
  withDatabaseName,
} from '../../prisma/databaseAdmin';
import { applyMigrations } from '../../prisma/migrator';

export interface EmptyDatabase {
  url: string;
  /** Drops the database, closing any sessions still connected. */
  drop(): Promise<void>;
}

export interface TestDatabase extends EmptyDatabase {
  db: Db;
}

/** A database with nothing in it, not even the migrations (for tests of migrations). */
export async function createEmptyDatabase(): Promise<EmptyDatabase> {
  const url = withDatabaseName(databaseUrl(), `test_${randomBytes(8).toString('hex')}`);
  await createDatabaseIfMissing(url);
  return { url, drop: () => dropDatabase(url) };
}

/** A migrated database and a PrismaClient on it; `drop()` disconnects the client first. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const empty = await createEmptyDatabase();
  try {
    await applyMigrations(empty.url);
  } catch (err) {
    await empty.drop();
    throw err;
  }
  const db = createDb(empty.url);
  return {
    url: empty.url,
    db,
    async drop() {
      await db.$disconnect();
      await empty.drop();
    },
  };
}
