// While PostgreSQL or Temporal cannot be reached, every route answers 503 with Retry-After
// (JSON for a client, a page for a browser) within a few seconds, never 500 and never a hang.
// PostgreSQL runs on a cluster this test starts and stops itself (never the machine's 5432);
// the errors the classifier must know are taken from that real server going away.
import { Client } from '@temporalio/client';
import type { Server } from 'node:http';
import net from 'node:net';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client';
import { createApp } from '../../api/app';
import { apiTemporalConnection, temporalCallBounds } from '../../api/temporalConnection';
import { createDb, type Db } from '../../prisma/client';
import { withDatabaseName } from '../../prisma/databaseAdmin';
import { isDatabaseUnreachable } from '../../prisma/databaseUnreachable';
import { applyMigrations } from '../../prisma/migrator';
import { demoEmail, seedDemo } from '../../prisma/seedDemo';
import { freePort } from '../../scripts/childProcess';
import { createPostgresCluster, type PostgresCluster } from '../faults/support/postgresCluster';
import { apiKeyHeaders, sessionOf } from '../support/testCredentials';

/** The most a request may take to answer 503 while a dependency is down. */
const answerWithinMs = 6_000;

interface Listening {
  baseUrl: string;
  close(): Promise<void>;
}

async function serve(db: Db, temporalAddress: string): Promise<Listening & { temporal: Client }> {
  const connection = apiTemporalConnection(temporalAddress);
  const temporal = new Client({ connection });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = createApp({ db, temporal, taskQueue: 'outage-test', publicBaseUrl: baseUrl });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
  return {
    baseUrl,
    temporal,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await connection.close();
    },
  };
}

/** A port nothing listens on: connections are refused, as by a server that is down. */
async function refusingAddress(): Promise<string> {
  return `127.0.0.1:${await freePort()}`;
}

/** A server that accepts connections and never says a word: a hung or firewalled Temporal. */
async function silentServer(): Promise<{ address: string; close(): void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => sockets.add(s));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as net.AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    close() {
      sockets.forEach((s) => s.destroy());
      server.close();
    },
  };
}

interface Answer {
  status: number;
  retryAfter: string | null;
  type: string;
  body: string;
  ms: number;
}

async function ask(url: string, init: RequestInit = {}): Promise<Answer> {
  const started = Date.now();
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    type: res.headers.get('content-type') ?? '',
    body: await res.text(),
    ms: Date.now() - started,
  };
}

const browser = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

function expectOutageAnswer(a: Answer, as: 'json' | 'html'): void {
  expect({ status: a.status, retryAfter: a.retryAfter }).toEqual({ status: 503, retryAfter: '5' });
  expect(a.ms).toBeLessThan(answerWithinMs);
  if (as === 'json') {
    expect(a.type).toMatch(/application\/json/);
    expect(JSON.parse(a.body)).toMatchObject({ error: 'Unavailable' });
  } else {
    expect(a.type).toMatch(/text\/html/);
    expect(a.body).toContain('Hệ thống tạm thời gián đoạn');
  }
}

describe('PostgreSQL down', () => {
  let cluster: PostgresCluster;
  let outageUrl: string;
  let db: Db;
  let api: Listening;
  let keyHeaders: Record<string, string>;
  let cookie: string;

  beforeAll(async () => {
    cluster = await createPostgresCluster();
    outageUrl = withDatabaseName(cluster.url, 'outage');
    await applyMigrations(outageUrl);
    db = createDb(outageUrl);
    await seedDemo(db);
    keyHeaders = await apiKeyHeaders(db, { role: 'administrator' });
    cookie = (await sessionOf(db, 'an')).cookie;
    api = await serve(db, await refusingAddress());
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await db?.$disconnect();
    await cluster?.remove();
  });

  test('the errors a server going away gives are each known as unreachable; a refused query is not', async () => {
    const caught = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (err: unknown) => err,
      );
    const refused = await caught(
      db.person.create({ data: { id: 'an', name: 'x', email: demoEmail('an') } }),
    );
    expect(refused).toBeDefined();
    expect(isDatabaseUnreachable(refused)).toBe(false);

    // A pool of one held by a long query: the next query waits for a connection, then fails.
    const small = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: outageUrl,
        max: 1,
        connectionTimeoutMillis: 500,
      }),
    });
    // A Prisma query runs only once something awaits it.
    const holding = caught(small.$queryRaw`SELECT pg_sleep(2)::text`);
    await new Promise((r) => setTimeout(r, 200));
    const poolWait = await caught(small.province.findMany());
    await holding;

    const fastStopped = caught(db.$queryRaw`SELECT pg_sleep(10)::text`);
    await new Promise((r) => setTimeout(r, 300));
    await cluster.stop('fast');
    const midQueryFast = await fastStopped;
    const modelQuery = await caught(db.province.findMany());
    const rawQuery = await caught(db.$queryRaw`SELECT 1`);
    const transaction = await caught(db.$transaction((tx) => tx.province.findMany()));
    const freshClient = createDb(outageUrl);
    const freshQuery = await caught(freshClient.province.findMany());
    await freshClient.$disconnect();

    await cluster.start();
    await small.$queryRaw`SELECT 1`;
    const immediateStopped = caught(small.$queryRaw`SELECT pg_sleep(10)::text`);
    await new Promise((r) => setTimeout(r, 300));
    await cluster.stop('immediate');
    const midQueryImmediate = await immediateStopped;
    await small.$disconnect().catch(() => undefined);

    const found = {
      poolWait,
      midQueryFast,
      modelQuery,
      rawQuery,
      transaction,
      freshQuery,
      midQueryImmediate,
    };
    for (const err of Object.values(found)) expect(err).toBeDefined();
    expect(
      Object.fromEntries(
        // An error not known shows itself, so a failure says what the driver threw.
        Object.entries(found).map(([k, e]) => [k, isDatabaseUnreachable(e) || String(e)]),
      ),
    ).toEqual({
      poolWait: true,
      midQueryFast: true,
      modelQuery: true,
      rawQuery: true,
      transaction: true,
      freshQuery: true,
      midQueryImmediate: true,
    });
  }, 120_000);

  test('every kind of route answers 503 with Retry-After: JSON to a client, a page to a browser', async () => {
    // The cluster is down since the test before; make sure whichever order jest picks.
    await cluster.stop('fast').catch(() => undefined);
    const answers = {
      apiList: await ask(`${api.baseUrl}/api/delegations`, { headers: keyHeaders }),
      apiPost: await ask(`${api.baseUrl}/api/admin/people`, {
        method: 'POST',
        headers: { ...keyHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'x', name: 'X', email: 'x@camau.gov.vn' }),
      }),
      dashboard: await ask(`${api.baseUrl}/dashboard`, { headers: { ...browser, cookie } }),
      actionLink: await ask(`${api.baseUrl}/a/${'x'.repeat(43)}`, { headers: browser }),
      signInLink: await ask(`${api.baseUrl}/auth/sign-in/${'x'.repeat(43)}`, { headers: browser }),
    };
    for (const [name, a] of Object.entries(answers)) {
      expect({ name, status: a.status }).toEqual({ name, status: 503 });
    }
    expectOutageAnswer(answers.apiList, 'json');
    expectOutageAnswer(answers.apiPost, 'json');
    expectOutageAnswer(answers.dashboard, 'html');
    expectOutageAnswer(answers.actionLink, 'html');
    expectOutageAnswer(answers.signInLink, 'html');

    const health = await ask(`${api.baseUrl}/healthz`);
    expect({ status: health.status, retryAfter: health.retryAfter }).toEqual({
      status: 503,
      retryAfter: '5',
    });
    expect(JSON.parse(health.body)).toEqual({ database: false, temporal: false });
  }, 120_000);
});

describe('Temporal down', () => {
  let db: Db;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const { createTestDatabase } = await import('../support/testDatabase');
    const t = await createTestDatabase();
    db = t.db;
    drop = t.drop;
    await seedDemo(db);
  }, 120_000);
  afterAll(() => drop?.());

  test.each([
    ['refuses connections', async () => ({ address: await refusingAddress(), close() {} })],
    ['accepts and never answers', silentServer],
  ])(
    'a server that %s: routes that start a workflow answer 503 with Retry-After in seconds',
    async (_kind, temporalServer) => {
      const server = await temporalServer();
      const api = await serve(db, server.address);
      try {
        const signIn = await ask(`${api.baseUrl}/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: demoEmail('an') }),
        });
        expectOutageAnswer(signIn, 'json');
        expect(signIn.ms).toBeLessThan(temporalCallBounds.callMs + 1_500);
        const form = await ask(`${api.baseUrl}/auth/sign-in`, {
          method: 'POST',
          headers: { ...browser, 'content-type': 'application/x-www-form-urlencoded' },
          body: `email=${encodeURIComponent(demoEmail('an'))}`,
        });
        expectOutageAnswer(form, 'html');
        const health = await ask(`${api.baseUrl}/healthz`);
        expect({ status: health.status, retryAfter: health.retryAfter }).toEqual({
          status: 503,
          retryAfter: '5',
        });
        expect(JSON.parse(health.body)).toEqual({ database: true, temporal: false });
      } finally {
        await api.close();
        server.close();
      }
    },
    60_000,
  );
});
