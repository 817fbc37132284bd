import type { Client } from '@temporalio/client';
import type { Db } from '../prisma/client';

export interface ApiDeps {
  db: Db;
  temporal: Client;
  taskQueue: string;
  publicBaseUrl: string;
}
