import type { RequestHandler, Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { Db } from '../prisma/client';
import { accessGuard, csrfGuard } from './access/guard';
import type { RateLimitBucket } from './access/rateLimits';
import type { RouteAccess } from './access/routeAccess';
import { objectBodyGuard, storableAddressGuard, storableBodyGuard } from './storableRequest';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json when a schema is given. */
  contentType?: string;
}

/**
 * One route: how it is served, who may use it and how it is documented, declared in one place so
 * the OpenAPI document can never miss a route and no route can be served without an access rule.
 */
export interface RouteSpec {
  method: HttpMethod;
  /** Express path syntax (`/api/delegations/:id`). */
  path: string;
  summary: string;
  tags: string[];
  /** Who may call it; enforced by mountRoutes before the handler runs. */
  access: RouteAccess;
  /** The rate-limit bucket it counts in, for routes anyone can reach with a guessable input. */
  rateLimit?: RateLimitBucket;
  body?: { schema: z.ZodType; contentType?: string };
  /**
   * Reads a body the app-wide parsers leave alone (multipart/form-data). It runs after the access
   * guard, so only a caller the route admits makes the server read an upload, and before the
   * CSRF check, which then finds a form's `_csrf` field; the handler runs once both passed.
   */
  readBody?: RequestHandler;
  query?: z.ZodObject;
  responses: Record<number, ResponseSpec>;
  handler: (req: Request, res: Response) => Promise<void> | void;
}

export interface MountContext {
  db: Db;
  limiters: Record<RateLimitBucket, RequestHandler>;
}

export function mountRoutes(
  router: Router,
  specs: RouteSpec[],
  { db, limiters }: MountContext,
): void {
  for (const s of specs) {
    // The type requires `access`; this catches specs built around the type system (casts, JS).
    if (!s.access) throw new Error(`${s.method.toUpperCase()} ${s.path} declares no access rule`);
    const limit = s.rateLimit ? [limiters[s.rateLimit]] : [];
    const guards = s.readBody
      ? [accessGuard(db, s.access, { csrfAfterBody: true }), s.readBody, csrfGuard]
      : [accessGuard(db, s.access)];
    // Input the database cannot store is refused (422, by field) before anything reads it: a
    // scope reads the path and the body (a unit or province named in it), an upload is read by
    // the route's own reader and checked once read.
    const storable = s.readBody
      ? [storableAddressGuard(s), ...guards, storableBodyGuard(s)]
      : [storableAddressGuard(s), storableBodyGuard(s), ...guards, objectBodyGuard(s)];
    router[s.method](s.path, ...limit, ...storable, s.handler);
  }
}
