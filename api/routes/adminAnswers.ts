// How the administration routes answer refusals: a missing record, invalid input, and writes the
// database refuses (a duplicate, a reference to nothing), read from Prisma's error codes so two
// administrators racing cannot slip past a check made beforehand. Each change is an outcome first
// (AdminOutcome), so the JSON route and the administration page answer from the same code.
import type { Response } from 'express';
import { z } from 'zod';
import type { RuleViolation } from '../../domain/ruleViolation';
import { Prisma } from '../../generated/prisma/client';
import { inputViolation } from '../inputViolation';
import { zodViolations } from '../zodViolations';

export { inputViolation };

export const refusalSchema = z.object({ error: z.string(), message: z.string() });

/** Input refused, each problem naming its field. */
export interface InvalidInput {
  ok: false;
  status: 422;
  errors: RuleViolation[];
}

/** A missing record (404) or a duplicate (409); `field` names the duplicated field when known. */
export interface Refusal {
  ok: false;
  status: 404 | 409;
  error: string;
  message: string;
  messageVi: string;
  field?: string;
}

export type AdminOutcome<T> = { ok: true; status: 200 | 201; value: T } | InvalidInput | Refusal;

const invalidInput = (errors: RuleViolation[]): InvalidInput => ({
  ok: false,
  status: 422,
  errors,
});

/** Input refused for one field. */
export const invalidField = (field: string, message: string): InvalidInput =>
  invalidInput([inputViolation(field, message)]);

export const missing = (what: string, whatVi: string): Refusal => ({
  ok: false,
  status: 404,
  error: 'NotFound',
  message: `No such ${what}`,
  messageVi: `Không tìm thấy ${whatVi}`,
});

/** The input parsed by `schema`, or the refusal listing every issue by field. */
export function parsedInput<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; data: T } | InvalidInput {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : invalidInput(zodViolations(parsed.error));
}

/**
 * The field a violated constraint is on (`person_email_key` → email, `unit_successor_id_fkey` →
 * successorId, a primary key → id), so a refusal can be shown next to what was typed.
 */
function constraintField(err: Prisma.PrismaClientKnownRequestError): string | undefined {
  const cause: unknown = (err.meta?.driverAdapterError as { cause?: unknown } | undefined)?.cause;
  const index =
    cause && typeof cause === 'object' && 'constraint' in cause
      ? (cause.constraint as { index?: unknown } | undefined)?.index
      : undefined;
  const model = typeof err.meta?.modelName === 'string' ? err.meta.modelName : undefined;
  if (typeof index !== 'string' || !model) return undefined;
  const table = model.replace(/(?<=[a-z])([A-Z])/g, '_$1').toLowerCase();
  if (index === `${table}_pkey`) return 'id';
  if (!index.startsWith(`${table}_`)) return undefined;
  const column = /^(.+)_(?:fkey|key)$/.exec(index.slice(table.length + 1))?.[1];
  return column?.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/** Runs a write; a duplicate is refused with 409, a reference to a missing record with 422. */
export async function writeOutcome<T>(
  write: () => Promise<T>,
  status: 200 | 201 = 200,
): Promise<AdminOutcome<T>> {
  try {
    return { ok: true, status, value: await write() };
  } catch (err) {
    if (!(err instanceof Prisma.PrismaClientKnownRequestError)) throw err;
    const field = constraintField(err);
    if (err.code === 'P2002') {
      return {
        ok: false,
        status: 409,
        error: 'Conflict',
        message: 'A record with this id or e-mail exists',
        messageVi: 'Đã có một bản ghi với mã hoặc địa chỉ thư điện tử này',
        field,
      };
    }
    if (err.code === 'P2003') {
      const named = typeof err.meta?.field_name === 'string' ? err.meta.field_name : 'id';
      return invalidField(field ?? named, 'refers to a record that does not exist');
    }
    if (err.code === 'P2025') return missing('record', 'bản ghi');
    throw err;
  }
}

/** Answers an outcome as JSON: the value, `{ errors }` (422) or `{ error, message }`. */
export function sendOutcome<T>(res: Response, outcome: AdminOutcome<T>): void {
  if (outcome.ok) res.status(outcome.status).json(outcome.value);
  else if (outcome.status === 422) res.status(422).json({ errors: outcome.errors });
  else res.status(outcome.status).json({ error: outcome.error, message: outcome.message });
}

export const notFound = (res: Response, what: string): void => {
  res.status(404).json({ error: 'NotFound', message: `No such ${what}` });
};

export const refuseInput = (res: Response, errors: RuleViolation[]): void => {
  res.status(422).json({ errors });
};
