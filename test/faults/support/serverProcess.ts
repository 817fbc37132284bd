// One server of the stack as an OS process of its own, so a fault test can signal it the way an
// operator or the kernel would (SIGTERM, SIGKILL) and start it again with the same settings.
// Output goes straight to a log file (no pipe the test process must drain), which is also how
// readiness lines are found.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';

export interface ServerProcessSpec {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  logFile: string;
  /** Resolves once the server serves; called after every start. */
  ready(process: ServerProcess): Promise<void>;
}

export interface ExitRecord {
  name: string;
  at: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** False when nobody asked it to stop: a crash, worth reporting. */
  expected: boolean;
}

/** Every child of every ServerProcess: killed if the test process exits without stopping them. */
const living = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of living) c.kill('SIGKILL');
});

export class ServerProcess {
  private child: ChildProcess | undefined;
  private stopping = false;
  private logOffset = 0;
  readonly exits: ExitRecord[] = [];

  constructor(readonly spec: ServerProcessSpec) {}

  get name(): string {
    return this.spec.name;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && !this.child.signalCode;
  }

  /** Starts the process and waits for it to be ready. */
  async start(): Promise<void> {
    if (this.running()) throw new Error(`${this.name} is already running`);
    const fd = openSync(this.spec.logFile, 'a');
    this.logOffset = statSync(this.spec.logFile).size;
    const child = spawn(this.spec.command, this.spec.args, {
      cwd: this.spec.cwd,
      env: this.spec.env ?? process.env,
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    this.stopping = false;
    this.child = child;
    living.add(child);
    child.once('exit', (code, signal) => {
      living.delete(child);
      this.exits.push({ name: this.name, at: Date.now(), code, signal, expected: this.stopping });
    });
    const died = new Promise<never>((_, reject) =>
      child.once('exit', (code, signal) =>
        reject(
          new Error(
            `${this.name} exited while starting (${signal ?? code}); see ${this.spec.logFile}`,
          ),
        ),
      ),
    );
    died.catch(() => undefined);
    await Promise.race([this.spec.ready(this), died]);
  }

  /**
   * Sends a signal and waits up to `boundMs` for the process to exit; SIGKILLs it after that.
   * Answers how long the exit took, or undefined when the bound passed (it had to be killed).
   */
  async stop(signal: 'SIGTERM' | 'SIGKILL', boundMs = 30_000): Promise<number | undefined> {
    const child = this.child;
    if (!child || !this.running()) return 0;
    this.stopping = true;
    const started = Date.now();
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), boundMs);
      }),
    ]);
    clearTimeout(timer);
    if (inTime) return Date.now() - started;
    child.kill('SIGKILL');
    await exited;
    return undefined;
  }

  /** What the process wrote since its last start. */
  output(): string {
    try {
      return readFileSync(this.spec.logFile, 'utf8').slice(this.logOffset);
    } catch {
      return '';
    }
  }

  /** Waits until the output since the last start matches (bounded). */
  async waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output())) {
      if (!this.running()) throw new Error(`${this.name} exited; see ${this.spec.logFile}`);
      if (Date.now() > deadline)
        throw new Error(`${this.name} did not log ${String(pattern)} within ${timeoutMs} ms`);
      await sleep(250);
    }
  }

  /** Exits nobody asked for (crashes), since the test began. */
  crashes(): ExitRecord[] {
    return this.exits.filter((e) => !e.expected);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it answers true, at most `timeoutMs`. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 250,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}
