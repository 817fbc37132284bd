// A PostgreSQL cluster of the test's own (initdb + pg_ctl as the `postgres` OS user, on a free
// port, in a temporary directory), so the database-outage test can stop and start a server
// without touching the machine's PostgreSQL on 5432, which everyone else's tests use.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../scripts/childProcess';

const postgresRoot = '/usr/lib/postgresql';

/** The bin directory of the newest PostgreSQL installed. */
function postgresBin(): string {
  const versions = existsSync(postgresRoot)
    ? readdirSync(postgresRoot)
        .filter((v) => existsSync(path.join(postgresRoot, v, 'bin', 'pg_ctl')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (!newest) throw new Error(`no PostgreSQL binaries under ${postgresRoot}`);
  return path.join(postgresRoot, newest, 'bin');
}

/**
 * Runs a PostgreSQL tool as the postgres OS user (they refuse to run as root), without
 * blocking the test's clients, whose timing is being measured meanwhile.
 */
function asPostgres(tool: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(
      'runuser',
      ['-u', 'postgres', '--', path.join(postgresBin(), tool), ...args],
      { timeout: 120_000 },
      (err, stdout, stderr) =>
        err
          ? reject(new Error(`${tool} ${args.join(' ')} failed: ${err.message} ${stderr}${stdout}`))
          : resolve(),
    ),
  );
}

export interface PostgresCluster {
  port: number;
  /** The maintenance database's URL; use withDatabaseName for another. */
  url: string;
  logFile: string;
  start(): Promise<void>;
  /** `immediate`: as if the server crashed (no checkpoint); committed work survives. */
  stop(mode: 'fast' | 'immediate'): Promise<void>;
  /** Stops the server and removes the cluster's directory. */
  remove(): Promise<void>;
}

export async function createPostgresCluster(): Promise<PostgresCluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'faults-pg-'));
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  spawnSync('chown', ['postgres:postgres', dir]);
  await asPostgres('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const port = await freePort();
  let running = false;
  const cluster: PostgresCluster = {
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    logFile,
    async start() {
      // fsync off: nothing here outlives the test and the machine does not crash under it;
      // commits still reach the OS before they are acknowledged, so an immediate stop keeps them.
      await asPostgres('pg_ctl', [
        '-D',
        data,
        '-l',
        logFile,
        '-w',
        '-t',
        '60',
        '-o',
        `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=200`,
        'start',
      ]);
      running = true;
    },
    async stop(mode) {
      await asPostgres('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
      running = false;
    },
    async remove() {
      process.removeListener('exit', stopOnExit);
      if (running) await cluster.stop('immediate').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  // A test process that dies without cleaning up must not leave a server running.
  const stopOnExit = () => {
    if (running)
      spawnSync('runuser', [
        '-u',
        'postgres',
        '--',
        path.join(postgresBin(), 'pg_ctl'),
        '-D',
        data,
        '-m',
        'immediate',
        'stop',
      ]);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);
  await cluster.start();
  return cluster;
}
