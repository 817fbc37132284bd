// The migrations folder in Prisma's layout: one directory per migration, named so that sorting
// the names gives the order, each holding migration.sql. The checksum is Prisma's: SHA-256 of the
// file's bytes in lowercase hex.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function checksumOf(contents: string | Buffer): string {
  return createHash('sha256').update(contents).digest('hex');
}

/** As Prisma does, a checkout whose line endings git converted (LF ↔ CRLF) still matches. */
export function checksumMatches(sql: string, checksum: string): boolean {
  const lf = sql.replace(/\r\n/g, '\n');
  return [sql, lf, lf.replace(/\n/g, '\r\n')].some((variant) => checksumOf(variant) === checksum);
}

export async function readMigrationFiles(dir: string): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(path.join(dir, name, 'migration.sql'));
      return { name, sql: bytes.toString('utf8'), checksum: checksumOf(bytes) };
    }),
  );
}
