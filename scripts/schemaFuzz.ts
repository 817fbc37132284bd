// `npm run test:schema`: schemathesis (pinned in the project's venv by `npm run setup`) against
// /openapi.json of a real stack (Temporal dev server, a fresh PostgreSQL database, SMTP catcher,
// worker, API), once with an administrator's API key and once with a unit staff member's. Every
// answer must be no 5xx and exactly what the document declares (status, content type, schema).
// Bounded: a few examples per operation and a time budget per caller. Exits non-zero on any
// failure, after schemathesis printed its summary.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { Role } from '../domain/roles';

const root = path.resolve(__dirname, '..');
const schemathesis = path.join(root, '.venv/bin/schemathesis');
const reportDir = path.join(root, 'artifacts/schemathesis');

/** Overridable for a longer local hunt; the defaults keep CI within a few minutes on 2 cores. */
const maxExamples = process.env.SCHEMA_FUZZ_MAX_EXAMPLES ?? '15';
const secondsPerCaller = process.env.SCHEMA_FUZZ_SECONDS ?? '90';
const seed = process.env.SCHEMA_FUZZ_SEED ?? '20260';

interface Caller {
  name: string;
  grant: { role: Role; unitId?: string };
}

const callers: Caller[] = [
  { name: 'administrator', grant: { role: 'administrator' } },
  { name: 'unit-staff', grant: { role: 'unit_staff', unitId: 'so-noi-vu' } },
];

// The run authenticates with these keys: revoking a key (or a session, which an API key has
// none of but the operation is the same kind) would turn the rest of the run into 401s.
const excludedOperations = [
  ['DELETE', '/api/admin/api-keys/{id}'],
  ['DELETE', '/api/admin/sessions/{id}'],
] as const;

const checks = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
].join(',');

/** Set by Ctrl-C or SIGTERM: the running schemathesis is stopped and no further caller starts. */
let interrupted = false;
let running: ChildProcess | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    interrupted = true;
    running?.kill('SIGTERM');
  });
}

function runSchemathesis(baseUrl: string, caller: Caller, authorization: string): Promise<number> {
  const args = [
    'run',
    `${baseUrl}/openapi.json`,
    '--url',
    baseUrl,
    '--checks',
    checks,
    '--max-examples',
    maxExamples,
    '--max-time',
    secondsPerCaller,
    '--seed',
    seed,
    // One worker: hypothesis' source inspection is not thread-safe (a run with two workers
    // ended in "AST constructor recursion depth mismatch"), and the machine has two cores for
    // the API, the worker, Temporal and PostgreSQL too.
    '--workers',
    '1',
    '--request-timeout',
    '30',
    '--header',
    `Authorization: ${authorization}`,
    // Our key is the credential; a generated Authorization header or session cookie would only
    // test the 401 path over and over.
    '--generation-with-security-parameters',
    'false',
    '--generation-database',
    'none',
    '--suppress-health-check',
    'all',
    '--no-color',
    '--report',
    'junit',
    '--report-junit-path',
    path.join(reportDir, `${caller.name}.xml`),
    // By name ("METHOD /path"): separate --exclude-method and --exclude-path would each exclude
    // on their own (every DELETE, every method of the path).
    ...excludedOperations.flatMap(([method, p]) => ['--exclude-name', `${method} ${p}`]),
  ];
  return new Promise((resolve, reject) => {
    const child = (running = spawn(schemathesis, args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      // Its cache of failures (replayed first by the next run, and by `st replay <id>` from this
      // folder) then stays in the git-ignored artifacts instead of the work tree.
      cwd: reportDir,
      // Schemathesis' own output stays readable in CI logs.
      env: { ...process.env, NO_COLOR: '1', COLUMNS: '120' },
    }));
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The run must leave its own credentials working: it never revokes what it signs in with. */
async function stillAuthenticates(baseUrl: string, authorization: string): Promise<boolean> {
  const res = await fetch(`${baseUrl}/api/session`, { headers: { authorization } });
  return res.status === 200;
}

async function main(): Promise<number> {
  if (!existsSync(schemathesis)) {
    console.error(`${schemathesis} missing: run \`npm run setup\``);
    return 1;
  }
  mkdirSync(reportDir, { recursive: true });
  // Read when the app is made: the API's refusals (warnings) would bury schemathesis' report,
  // its errors (a 500's stack) are what a failure needs. The rate limits are raised so generated
  // cases reach the handlers instead of a 429 after the hundredth link request.
  process.env.LOG_LEVEL ??= 'error';
  process.env.RATE_LIMIT_LINK_MAX ??= '1000000';
  process.env.RATE_LIMIT_SIGN_IN_MAX ??= '1000000';
  // No shutdown signals for the worker: on Ctrl-C the runner stops schemathesis and then the
  // whole stack itself, so the test database is dropped (a worker stopped by the signal would
  // make stack.stop() throw before it got there).
  Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [] });
  // Imported only now: the API's logger reads LOG_LEVEL when its module loads.
  const { startTestStack } = await import('../test/support/testStack');
  const { apiKeyHeaders } = await import('../test/support/testCredentials');
  const stack = await startTestStack('dev-server');
  let failed = 0;
  try {
    for (const caller of callers) {
      if (interrupted) break;
      const { authorization } = await apiKeyHeaders(stack.db, caller.grant);
      if (!authorization) throw new Error('apiKeyHeaders gave no Authorization header');
      console.log(`\n== schemathesis as ${caller.name} against ${stack.baseUrl}/openapi.json ==`);
      const code = await runSchemathesis(stack.baseUrl, caller, authorization);
      if (code !== 0) {
        console.error(`schemathesis as ${caller.name}: exit ${code}`);
        failed++;
      }
      if (!(await stillAuthenticates(stack.baseUrl, authorization))) {
        console.error(`the ${caller.name} key no longer authenticates after the run`);
        failed++;
      }
    }
  } finally {
    await stack.stop();
  }
  if (interrupted) {
    console.error('schema run: interrupted');
    return 1;
  }
  console.log(
    failed === 0
      ? `schema run: every caller passed (reports in ${path.relative(root, reportDir)}/)`
      : `schema run: ${failed} failure(s) (reports in ${path.relative(root, reportDir)}/)`,
  );
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
