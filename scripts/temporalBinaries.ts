import { existsSync } from 'node:fs';
import path from 'node:path';

const venvBin = path.resolve(__dirname, '../.venv/bin');

function existing(envName: string, fallback: string): string {
  const p = process.env[envName] ?? path.join(venvBin, fallback);
  if (!existsSync(p)) {
    // Tests never download a server: provisioning is `npm run setup`.
    throw new Error(`${p} missing: run \`npm run setup\` (or set ${envName})`);
  }
  return p;
}

export const temporalCliPath = (): string => existing('TEMPORAL_CLI_PATH', 'temporal');
export const testServerPath = (): string =>
  existing('TEMPORAL_TEST_SERVER_PATH', 'temporal-test-server');
