// The hand-written SQL in prisma/migrations and schema.prisma must describe the same database:
// Prisma Client trusts the schema, PostgreSQL enforces the SQL. This migrates a fresh database,
// compares it with the DMMF table by table, and then shows the comparison catches drift.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readMigrationFiles } from '../../prisma/migrationFiles';
import { applyMigrations, defaultMigrationsDir } from '../../prisma/migrator';
import { createEmptyDatabase, type EmptyDatabase } from '../support/testDatabase';
import { diffShapes } from './diffShapes';
import { withSession } from './pgSession';
import { shapeFromDatabase } from './shapeFromDatabase';
import { shapeFromPrisma } from './shapeFromPrisma';

const schemaPath = path.join(__dirname, '../../prisma/schema.prisma');
const expected = shapeFromPrisma(readFileSync(schemaPath, 'utf8'));

describe('prisma/migrations against schema.prisma', () => {
  let migrated: EmptyDatabase;

  beforeAll(async () => {
    migrated = await createEmptyDatabase();
    await applyMigrations(migrated.url);
  });
  afterAll(() => migrated.drop());

  it('create exactly the tables, columns, indexes and foreign keys the schema describes', async () => {
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    const actual = await withSession(migrated.url, shapeFromDatabase);
    expect(diffShapes(expected, actual)).toEqual([]);
  });

  it('a migration that leaves one column nullable is reported, and nothing else', async () => {
    const sql = (await readMigrationFiles(defaultMigrationsDir)).map((m) => m.sql).join('\n');
    const altered = sql.replace('"email" TEXT NOT NULL,', '"email" TEXT,');
    expect(altered).not.toEqual(sql);

    const other = await createEmptyDatabase();
    try {
      const actual = await withSession(other.url, async (client) => {
        await client.query(altered);
        return shapeFromDatabase(client);
      });
      expect(diffShapes(expected, actual)).toEqual([
        'column person.email: nullable is true in the database, false in schema.prisma',
      ]);
    } finally {
      await other.drop();
    }
  });

  // Each kind of drift, made by DDL in a transaction that is rolled back afterwards.
  it.each([
    [
      'a column type',
      'ALTER TABLE "delegation" ALTER COLUMN "submitted_at" TYPE TIMESTAMP(3)',
      'column delegation.submitted_at: type is "timestamp(3) without time zone" in the database, "timestamp(3) with time zone" in schema.prisma',
    ],
    [
      'a missing default',
      'ALTER TABLE "person" ALTER COLUMN "locale" DROP DEFAULT',
      'column person.locale: default is null in the database, "vi" in schema.prisma',
    ],
    [
      'an extra column',
      'ALTER TABLE "person" ADD COLUMN "nickname" TEXT',
      'column person.nickname: in the database, not in schema.prisma',
    ],
    [
      'an extra table',
      'CREATE TABLE "scratch" ("id" INTEGER)',
      'table scratch: in the database, not in schema.prisma',
    ],
    [
      'a missing index',
      'DROP INDEX "delegation_unit_id_year_idx"',
      'index delegation.delegation_unit_id_year_idx: in schema.prisma, missing from the database',
    ],
    [
      'a unique index that is not unique',
      'DROP INDEX "person_email_key"; CREATE INDEX "person_email_key" ON "person"("email")',
      'index person.person_email_key: unique is false in the database, true in schema.prisma',
    ],
    [
      'a foreign key with another delete action',
      `ALTER TABLE "unit" DROP CONSTRAINT "unit_province_id_fkey",
         ADD CONSTRAINT "unit_province_id_fkey" FOREIGN KEY ("province_id")
         REFERENCES "province"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
      'foreign key unit.unit_province_id_fkey: onDelete is "Cascade" in the database, "Restrict" in schema.prisma',
    ],
  ])('%s is reported', async (_drift, ddl, difference) => {
    const actual = await withSession(migrated.url, async (client) => {
      await client.query('BEGIN');
      try {
        await client.query(ddl);
        return await shapeFromDatabase(client);
      } finally {
        await client.query('ROLLBACK');
      }
    });
    expect(diffShapes(expected, actual)).toEqual([difference]);
  });
});
