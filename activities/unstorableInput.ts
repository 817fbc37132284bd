// A database error that no retry can cure: the input itself cannot be stored (a NUL byte, an
// invalid character sequence, a value out of the column's range, a missing referenced row).
// Retrying such an activity forever would wedge the workflow that waits on it, so it fails once,
// non-retryable, and the workflow releases what it had claimed and tells the caller.
import { ApplicationFailure } from '@temporalio/common';

export const unstorableInputType = 'UnstorableInput';

/** SQLSTATE of a Prisma error through the pg driver adapter, or of a pg error. */
function sqlStateOf(err: unknown): string | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const meta = 'meta' in err ? (err.meta as Record<string, unknown> | undefined) : undefined;
  const adapter = meta?.driverAdapterError as { cause?: { originalCode?: unknown } } | undefined;
  const code = adapter?.cause?.originalCode ?? ('code' in err ? err.code : undefined);
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** Prisma's own codes for a value the query engine refuses before it reaches the database. */
const prismaInputCodes = new Set([
  'P2000',
  'P2005',
  'P2006',
  'P2007',
  'P2011',
  'P2019',
  'P2020',
  'P2023',
]);

export function isUnstorableInput(err: unknown): boolean {
  const state = sqlStateOf(err);
  // Class 22 is "data exception", class 23 "integrity constraint violation"; a unique violation
  // (23505) is left retryable, since a retry after a concurrent attempt finds the row and passes.
  if (state && (state.startsWith('22') || (state.startsWith('23') && state !== '23505'))) {
    return true;
  }
  const code = err && typeof err === 'object' && 'code' in err ? err.code : undefined;
  return typeof code === 'string' && prismaInputCodes.has(code);
}

type AnyActivity = (...args: never[]) => Promise<unknown>;

/** The same activities, each failing non-retryably on input the database cannot store. */
export function failingFastOnUnstorableInput<T extends Record<string, AnyActivity>>(acts: T): T {
  const wrapped: Record<string, AnyActivity> = {};
  for (const [name, fn] of Object.entries(acts)) {
    wrapped[name] = async (...args: never[]) => {
      try {
        return await fn(...args);
      } catch (err) {
        if (!isUnstorableInput(err)) throw err;
        const state = sqlStateOf(err) ?? 'unknown';
        throw ApplicationFailure.create({
          type: unstorableInputType,
          message: `${name}: the database cannot store this input (SQLSTATE ${state})`,
          nonRetryable: true,
          cause: err instanceof Error ? err : undefined,
        });
      }
    };
  }
  return wrapped as T;
}
