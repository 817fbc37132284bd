import type { Client } from '@temporalio/client';
import type { Db } from '../prisma/client';
import type { SecurityConfig } from './access/securityConfig';

export interface ApiDeps {
  db: Db;
  temporal: Client;
  taskQueue: string;
  publicBaseUrl: string;
  /** Sign-in, session and rate-limit settings; read from the environment when absent. */
  security?: SecurityConfig;
}
