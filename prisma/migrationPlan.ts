// Which migrations still have to run, by the rules `prisma migrate deploy` follows, with one rule
// stricter than Prisma's (which only warns in `migrate dev`): an applied migration whose file has
// changed stops everything, because the folder no longer says what the database actually ran.
import { checksumMatches, type MigrationFile } from './migrationFiles';

/** One row of `_prisma_migrations`, as much as planning needs. */
export interface AppliedMigration {
  migrationName: string;
  checksum: string;
  finishedAt: Date | null;
  rolledBackAt: Date | null;
}

export function pendingMigrations(
  files: MigrationFile[],
  rows: AppliedMigration[],
): MigrationFile[] {
  // A row marked rolled back (`prisma migrate resolve --rolled-back`) counts as never applied.
  const live = rows.filter((r) => r.rolledBackAt === null);

  // Only another tool leaves unfinished rows (this migrator records inside its transaction);
  // Prisma refuses to go on from there (P3009) and so do we.
  const failed = live.filter((r) => r.finishedAt === null).map((r) => r.migrationName);
  if (failed.length > 0) {
    throw new Error(
      `Refusing to migrate: migration ${failed.join(', ')} started earlier and never finished. ` +
        'Inspect the database, then mark it with `prisma migrate resolve --rolled-back <name>` ' +
        '(or `--applied <name>`).',
    );
  }

  const fileByName = new Map(files.map((f) => [f.name, f]));
  const changed = live
    .filter((r) => {
      const file = fileByName.get(r.migrationName);
      return file !== undefined && !checksumMatches(file.sql, r.checksum);
    })
    .map((r) => r.migrationName);
  if (changed.length > 0) {
    throw new Error(
      `Refusing to migrate: migration ${changed.join(', ')} was edited after it was applied ` +
        '(its checksum no longer matches the one recorded in _prisma_migrations). ' +
        'Restore the original migration.sql and put the change in a new migration.',
    );
  }

  const applied = new Set(live.map((r) => r.migrationName));
  return files.filter((f) => !applied.has(f.name));
}
