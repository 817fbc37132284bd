import type { Db } from '../prisma/client';
import type { Mailer } from './mailer';

/** What activities need from the outside world; the worker wires real ones, tests their own. */
export interface ActivityDeps {
  db: Db;
  mailer: Mailer;
  /** Base of every link in an email (PUBLIC_BASE_URL), never a request's Host header. */
  publicBaseUrl: string;
}
