// The answers a route can give before (or beside) its handler, documented for every route from
// what it declares, so the OpenAPI document lists every status a route can answer: a body that
// cannot be read (body parsers, a path that does not decode), the access guard's refusals, input
// the database cannot store (storableRequest) and 503 while PostgreSQL or Temporal is down.
import { z } from 'zod';
import type { ResponseSpec, RouteSpec } from './routeSpec';
import { errorsSchema } from './schemas';
import { answersWithPages } from './storableRequest';

const refusal = z.object({ error: z.string(), message: z.string() });

const takesBody = (s: RouteSpec) => s.method !== 'get';
const hasPathParams = (s: RouteSpec) => /:\w+/.test(s.path);

export function commonAnswers(s: RouteSpec): Record<number, ResponseSpec> {
  const answers: Record<number, ResponseSpec> = {};
  if (takesBody(s) || hasPathParams(s)) {
    answers[400] = {
      description: 'The body (or a path segment) could not be read: malformed JSON or encoding',
      schema: refusal,
    };
  }
  if (takesBody(s)) {
    answers[413] = { description: 'The body is larger than the server reads', schema: refusal };
  }
  if (!('public' in s.access)) {
    if (s.method === 'get') {
      answers[303] = { description: 'A browser not signed in is sent to /auth/sign-in' };
    }
    answers[401] = {
      description: 'No session or API key (WWW-Authenticate: Bearer)',
      schema: refusal,
    };
    answers[403] = {
      description:
        'The caller’s roles do not allow this, or a cookie request without its CSRF token',
      schema: refusal,
    };
  }
  if (takesBody(s) || hasPathParams(s) || s.query) {
    answers[422] = answersWithPages(s)
      ? {
          description:
            'Input the database cannot store (NUL, an unpaired surrogate, too long, out of range): a page naming each field',
          contentType: 'text/html',
        }
      : {
          description:
            'Input the database cannot store (NUL, an unpaired surrogate, too long, out of range), or invalid: each field by rule (R-INPUT)',
          schema: errorsSchema,
        };
  }
  answers[503] = {
    description:
      'PostgreSQL or Temporal is unavailable: nothing was done; Retry-After says when to retry',
    schema: refusal,
  };
  return answers;
}
