/** The local PostgreSQL of the dev machine unless DATABASE_URL says otherwise. */
export const defaultDatabaseUrl = 'postgresql://postgres@127.0.0.1:5432/study_delegations';

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? defaultDatabaseUrl;
}
