// The fault suite (`npm run test:faults`): real servers as separate processes, killed and
// restarted on purpose. Slow (minutes per file) and heavy, so it is not part of `npm test`;
// files run one at a time because each starts its own whole stack on a two-core machine.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/test/faults/**/*.test.ts'],
  maxWorkers: 1,
  testTimeout: 600000,
  // The poison test runs in-process stacks that load the prebuilt workflow bundle.
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  modulePathIgnorePatterns: ['<rootDir>/data', '<rootDir>/.venv'],
};
