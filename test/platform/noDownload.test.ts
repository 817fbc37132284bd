// Nothing in the test suite may download a Temporal server: every server comes from the
// project's provisioned binaries, created in exactly one place (test/support/temporalEnvs.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

test('only test/support/temporalEnvs.ts creates Temporal test servers', () => {
  const creators = [
    ...sourceFiles(path.join(root, 'test')),
    ...sourceFiles(path.join(root, 'scripts')),
  ]
    .filter((f) => f !== __filename)
    .filter((f) =>
      /TestWorkflowEnvironment\s*\.\s*create|EphemeralServer|cached-download/.test(
        readFileSync(f, 'utf8'),
      ),
    )
    .map((f) => path.relative(root, f));
  expect(creators).toEqual(['test/support/temporalEnvs.ts']);
});

test('every server is started from an existing binary path, never a download', () => {
  const src = readFileSync(path.join(root, 'test/support/temporalEnvs.ts'), 'utf8');
  const creations = src.match(/TestWorkflowEnvironment\.create\w+\(/g) ?? [];
  const existingPaths = src.match(/type: 'existing-path'/g) ?? [];
  expect(creations.length).toBeGreaterThan(0);
  expect(existingPaths.length).toBe(creations.length);
});

test('the provisioned binaries exist (npm run setup) and are real executables', () => {
  for (const bin of ['temporal', 'temporal-test-server']) {
    const p = path.join(root, '.venv/bin', bin);
    const header = readFileSync(p).subarray(0, 4);
    expect(header.toString('latin1')).toBe('\x7fELF');
  }
});
