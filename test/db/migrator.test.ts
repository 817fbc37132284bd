// The migrator against a real PostgreSQL: it records migrations exactly as Prisma does, does
// nothing the second time, refuses edited history, rolls a failing migration back whole, and
// copes with two migrators starting at once on a database that does not exist yet.
import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { databaseUrl } from '../../activities/databaseUrl';
import { dropDatabase, withDatabaseName } from '../../prisma/databaseAdmin';
import { readMigrationFiles } from '../../prisma/migrationFiles';
import { applyMigrations, defaultMigrationsDir } from '../../prisma/migrator';
import { createEmptyDatabase, type EmptyDatabase } from '../support/testDatabase';
import { withSession } from './pgSession';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function migrationNames(): Promise<string[]> {
  return (await readMigrationFiles(defaultMigrationsDir)).map((m) => m.name);
}

function query<T>(url: string, sql: string): Promise<T[]> {
  return withSession(url, async (client) => (await client.query(sql)).rows as T[]);
}

/** A copy of prisma/migrations that a test may edit. */
async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
  await cp(defaultMigrationsDir, dir, { recursive: true });
  return dir;
}

async function addMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, 'migration.sql'), sql);
}

describe('applyMigrations', () => {
  let database: EmptyDatabase;
  let dir: string;

  beforeEach(async () => {
    database = await createEmptyDatabase();
    dir = await copyOfMigrations();
  });
  afterEach(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('applies each migration once and records it in _prisma_migrations as Prisma does', async () => {
    const names = await migrationNames();
    expect(names.length).toBeGreaterThan(0);
    expect(await applyMigrations(database.url)).toEqual(names);
    expect(await applyMigrations(database.url)).toEqual([]);

    const rows = await query<Record<string, unknown>>(
      database.url,
      'SELECT * FROM _prisma_migrations ORDER BY started_at',
    );
    const expectedRows = await Promise.all(
      names.map(async (name) => ({
        id: expect.stringMatching(uuid),
        checksum: createHash('sha256')
          .update(await readFile(path.join(defaultMigrationsDir, name, 'migration.sql')))
          .digest('hex'),
        finished_at: expect.any(Date),
        migration_name: name,
        logs: null,
        rolled_back_at: null,
        started_at: expect.any(Date),
        applied_steps_count: 1,
      })),
    );
    expect(rows).toEqual(expectedRows);
    for (const row of rows) {
      expect((row.finished_at as Date).getTime()).toBeGreaterThanOrEqual(
        (row.started_at as Date).getTime(),
      );
    }
  });

  it('creates _prisma_migrations column for column as prisma-engines does', async () => {
    await applyMigrations(database.url);
    const columns = await query<Record<string, unknown>>(
      database.url,
      `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations'
        ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => Object.values(c))).toEqual([
      ['id', 'character varying', 36, 'NO', null],
      ['checksum', 'character varying', 64, 'NO', null],
      ['finished_at', 'timestamp with time zone', null, 'YES', null],
      ['migration_name', 'character varying', 255, 'NO', null],
      ['logs', 'text', null, 'YES', null],
      ['rolled_back_at', 'timestamp with time zone', null, 'YES', null],
      ['started_at', 'timestamp with time zone', null, 'NO', 'now()'],
      ['applied_steps_count', 'integer', null, 'NO', '0'],
    ]);
    const [primaryKey] = await query<{ columns: string[] }>(
      database.url,
      `SELECT array_agg(a.attname::text) AS columns FROM pg_index ix
         JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = ANY (ix.indkey)
        WHERE ix.indrelid = '_prisma_migrations'::regclass AND ix.indisprimary`,
    );
    expect(primaryKey?.columns).toEqual(['id']);
  });

  it('refuses to run when an applied migration was edited, naming it, and applies nothing', async () => {
    const [first] = await migrationNames();
    await applyMigrations(database.url, { migrationsDir: dir });
    await writeFile(path.join(dir, `${first}/migration.sql`), '\n-- edited afterwards\n', {
      flag: 'a',
    });
    await addMigration(dir, '99999999999999_later', 'CREATE TABLE "later" ("id" INTEGER);');

    await expect(applyMigrations(database.url, { migrationsDir: dir })).rejects.toThrow(
      new RegExp(`migration ${first} was edited after it was applied`),
    );
    const [later] = await query<{ found: string | null }>(
      database.url,
      `SELECT to_regclass('later')::text AS found`,
    );
    expect(later?.found).toBeNull();
  });

  it('accepts an applied migration whose line endings git converted to CRLF', async () => {
    const [first] = await migrationNames();
    await applyMigrations(database.url, { migrationsDir: dir });
    const file = path.join(dir, `${first}/migration.sql`);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\n/g, '\r\n'));

    expect(await applyMigrations(database.url, { migrationsDir: dir })).toEqual([]);
  });

  it('rolls a failing migration back whole, records nothing, and applies it once fixed', async () => {
    await applyMigrations(database.url, { migrationsDir: dir });
    const broken = '99999999999999_broken';
    await addMigration(dir, broken, 'CREATE TABLE "half_done" ("id" INTEGER);\nSELECT 1/0;');

    await expect(applyMigrations(database.url, { migrationsDir: dir })).rejects.toThrow(
      `Migration ${broken} failed and was rolled back: division by zero`,
    );
    const [state] = await query<{ table: string | null; rows: number }>(
      database.url,
      `SELECT to_regclass('half_done')::text AS table,
              (SELECT count(*)::int FROM _prisma_migrations WHERE migration_name = '${broken}') AS rows`,
    );
    expect(state).toEqual({ table: null, rows: 0 });

    await writeFile(
      path.join(dir, broken, 'migration.sql'),
      'CREATE TABLE "half_done" ("id" INTEGER);',
    );
    expect(await applyMigrations(database.url, { migrationsDir: dir })).toEqual([broken]);
  });
});

describe('two migrators started at once', () => {
  it('create the missing database once and apply each migration once between them', async () => {
    const url = withDatabaseName(databaseUrl(), `test_${randomBytes(8).toString('hex')}`);
    try {
      const results = await Promise.all([applyMigrations(url), applyMigrations(url)]);
      const names = await migrationNames();
      expect(results.flat().sort()).toEqual(names);
      const rows = await query<{ migration_name: string }>(
        url,
        'SELECT migration_name FROM _prisma_migrations ORDER BY migration_name',
      );
      expect(rows.map((r) => r.migration_name)).toEqual(names);
    } finally {
      await dropDatabase(url);
    }
  });
});
