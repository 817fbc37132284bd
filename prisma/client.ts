import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { databaseUrl } from '../activities/databaseUrl';

export type Db = PrismaClient;

/**
 * How long a query waits for a connection (a free one in the pool, or a new one to the server).
 * node-postgres waits forever by default, so a server that accepts and never answers, or a pool
 * held by slow queries, would hold a request with it; this way it fails and the API answers 503.
 */
export const connectionWaitMs = 5_000;

/** One client per process; the pg adapter pools connections. */
export function createDb(url: string = databaseUrl()): Db {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: connectionWaitMs }),
  });
}
