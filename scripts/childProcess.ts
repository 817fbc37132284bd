import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export interface RunningChild {
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface ChildOptions {
  /**
   * In a process group of its own, so a Ctrl-C at the terminal reaches only us, and we stop the
   * child when we are done with it (npm start: after the API and worker have drained).
   */
  ownProcessGroup?: boolean;
}

/**
 * Starts a server process that dies with us: it is killed on stop(), and on our exit, so
 * Ctrl-C never leaves an orphaned server behind.
 */
export function startChild(
  name: string,
  command: string,
  args: string[],
  log: (line: string) => void,
  options: ChildOptions = {},
): RunningChild {
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.ownProcessGroup ?? false,
  });
  const forward = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .forEach((l) => log(`[${name}] ${l}`));
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  return {
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        process.removeListener('exit', killOnExit);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Resolves when something accepts TCP connections on host:port (or rejects after timeoutMs). */
export async function waitForPort(host: string, port: number, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const s = net.connect({ host, port }, () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline)
      throw new Error(`${host}:${port} did not open within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        address && typeof address === 'object'
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
