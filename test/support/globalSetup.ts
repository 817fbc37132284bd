// Runs once before all test files.
export default function globalSetup(): void {
  process.env.TZ = 'UTC';
}
