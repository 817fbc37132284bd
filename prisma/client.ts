import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { databaseUrl } from '../activities/databaseUrl';

export type Db = PrismaClient;

/** One client per process; the pg adapter pools connections. */
export function createDb(url: string = databaseUrl()): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}
