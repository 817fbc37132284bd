// A JSON administration route that makes one change through the function the administration page
// calls too, and answers with its outcome. sendOutcome decides the body of each refusal, so the
// documented schemas follow from the statuses the change can answer with.
import type { Request } from 'express';
import type { z } from 'zod';
import type { HttpMethod, ResponseSpec, RouteSpec } from '../routeSpec';
import { errorsSchema } from '../schemas';
import { refusalSchema, sendOutcome, type AdminOutcome } from './adminAnswers';

export const administrators = { roles: ['administrator'] } as const;

export interface AdminChange {
  method: Exclude<HttpMethod, 'get'>;
  path: string;
  summary: string;
  body?: z.ZodType;
  /** The answer when the change is made. */
  done: { status: 200 | 201; description: string; schema: z.ZodType };
  /** What each refusal means here: a missing record (404), a duplicate (409), invalid input (422). */
  refusals: { 404?: string; 409?: string; 422?: string };
  change(req: Request): Promise<AdminOutcome<unknown>>;
}

export function adminChangeRoute(c: AdminChange): RouteSpec {
  const responses: Record<number, ResponseSpec> = {
    [c.done.status]: { description: c.done.description, schema: c.done.schema },
  };
  for (const status of [404, 409] as const) {
    const description = c.refusals[status];
    if (description) responses[status] = { description, schema: refusalSchema };
  }
  if (c.refusals[422]) responses[422] = { description: c.refusals[422], schema: errorsSchema };
  return {
    method: c.method,
    path: c.path,
    summary: c.summary,
    tags: ['administration'],
    access: administrators,
    ...(c.body ? { body: { schema: c.body } } : {}),
    responses,
    async handler(req, res) {
      sendOutcome(res, await c.change(req));
    },
  };
}
