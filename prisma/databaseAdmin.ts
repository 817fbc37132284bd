// Creating and dropping whole databases. PostgreSQL runs CREATE/DROP DATABASE from a session on
// another database of the same server, so these connect to its maintenance database `postgres`.
import { Client, escapeIdentifier } from 'pg';

/** The same server and credentials as `url`, another database. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

export function databaseNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) throw new Error('the database URL names no database');
  return name;
}

async function withMaintenanceSession<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabaseName(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** SQLSTATEs of "that database exists already": duplicate_database, and unique_violation when
 * two sessions race past the existence check into CREATE DATABASE at the same moment. */
const alreadyExists = new Set(['42P04', '23505']);

/** Creates the database `url` names unless it exists; true when this call created it. */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const name = databaseNameOf(url);
  return withMaintenanceSession(url, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${escapeIdentifier(name)}`);
      return true;
    } catch (err) {
      if (alreadyExists.has((err as { code?: string }).code ?? '')) return false;
      throw err;
    }
  });
}

/** Drops the database even while sessions are still connected to it (PostgreSQL 13+). */
export async function dropDatabase(url: string): Promise<void> {
  const name = databaseNameOf(url);
  await withMaintenanceSession(url, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`),
  );
}
