// Whether an error from Prisma (over @prisma/adapter-pg) means PostgreSQL could not be reached or
// dropped the connection, rather than refusing the query. Tried against a cluster that was
// stopped (test/platform/dependencyOutage.test.ts): a model query answers P1001, a raw query
// P2010 carrying the adapter's DatabaseNotReachable, a query running when the server stops fast
// P2010 with 57P01, one running when it stops at once a plain "Connection terminated
// unexpectedly", and a pool that cannot connect in time a plain "timeout exceeded when trying to
// connect" or "Connection terminated due to connection timeout".

/** Prisma's own codes for a server it cannot reach, lost, or could not get a connection to. */
const prismaCodes = new Set(['P1001', 'P1002', 'P1017', 'P2024']);

/** The adapter's kinds (DriverAdapterError.cause.kind) for a connection that failed. */
const adapterKinds = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

/**
 * SQLSTATEs of a server that is going away or not yet there: connection exceptions (08…),
 * admin/crash shutdown (57P01, 57P02), cannot connect now (57P03: starting up, shutting down),
 * too many connections (53300).
 */
const unreachableSqlState = (code: string): boolean =>
  code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code);

/** Node's socket errors for a server that is down, unreachable or gone mid-conversation. */
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);

/** The messages of node-postgres and Prisma that carry no code. */
const unreachableMessage =
  /Can't reach database server|Connection terminated|timeout exceeded when trying to connect|Unable to start a transaction in the given time|Client has encountered a connection error|Server has closed the connection/i;

type Fields = Record<string, unknown>;

const fieldsOf = (v: unknown): Fields | undefined =>
  v !== null && typeof v === 'object' ? (v as Fields) : undefined;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** One error object, without its causes. */
function saysUnreachable(e: Fields): boolean {
  const code = str(e.code) ?? str(e.errorCode);
  if (code && (prismaCodes.has(code) || socketCodes.has(code))) return true;
  if (code && /^[0-9A-Z]{5}$/.test(code) && unreachableSqlState(code)) return true;
  const kind = str(e.kind);
  if (kind && adapterKinds.has(kind)) return true;
  if (kind === 'postgres') {
    const sqlState = str(e.originalCode) ?? str(e.code);
    if (sqlState && unreachableSqlState(sqlState)) return true;
  }
  const message = str(e.message);
  return message !== undefined && unreachableMessage.test(message);
}

/** True when the error, or anything it wraps, says the database is unreachable. */
export function isDatabaseUnreachable(err: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [err];
  while (pending.length > 0) {
    const e = fieldsOf(pending.pop());
    if (!e || seen.has(e)) continue;
    seen.add(e);
    if (saysUnreachable(e)) return true;
    // Prisma keeps the adapter's error in meta.driverAdapterError, whose cause holds the kind.
    pending.push(e.cause, fieldsOf(e.meta)?.driverAdapterError);
  }
  return false;
}
