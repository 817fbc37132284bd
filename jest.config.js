// Tests are TypeScript compiled by SWC (type checking is `npm run typecheck`).
// Each file that needs servers starts its own; the machine has two cores.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // The fault suite runs on its own (jest.faults.config.js, `npm run test:faults`).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/faults/'],
  maxWorkers: 2,
  testTimeout: 120000,
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  modulePathIgnorePatterns: ['<rootDir>/data', '<rootDir>/.venv'],
};
