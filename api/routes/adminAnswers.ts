// How the administration routes answer refusals: a missing record, invalid input, and writes the
// database refuses (a duplicate, a reference to nothing), read from Prisma's error codes so two
// administrators racing cannot slip past a check made beforehand.
import type { Response } from 'express';
import { z } from 'zod';
import type { RuleViolation } from '../../domain/ruleViolation';
import { Prisma } from '../../generated/prisma/client';
import { inputViolation } from '../inputViolation';

export { inputViolation };

export const refusalSchema = z.object({ error: z.string(), message: z.string() });

export const notFound = (res: Response, what: string): void => {
  res.status(404).json({ error: 'NotFound', message: `No such ${what}` });
};

export const refuseInput = (res: Response, errors: RuleViolation[]): void => {
  res.status(422).json({ errors });
};

/** Runs a write; a duplicate answers 409, a reference to a missing record 422. */
export async function answerWrite(
  res: Response,
  write: () => Promise<unknown>,
  status = 200,
): Promise<void> {
  try {
    res.status(status).json(await write());
  } catch (err) {
    if (!(err instanceof Prisma.PrismaClientKnownRequestError)) throw err;
    if (err.code === 'P2002') {
      res
        .status(409)
        .json({ error: 'Conflict', message: 'A record with this id or e-mail exists' });
      return;
    }
    if (err.code === 'P2003') {
      const field = err.meta?.field_name;
      refuseInput(res, [
        inputViolation(
          typeof field === 'string' ? field : 'id',
          'refers to a record that does not exist',
        ),
      ]);
      return;
    }
    if (err.code === 'P2025') {
      res.status(404).json({ error: 'NotFound', message: 'No such record' });
      return;
    }
    throw err;
  }
}
