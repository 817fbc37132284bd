import type { Request, Response, Router } from 'express';
import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json when a schema is given. */
  contentType?: string;
}

/**
 * One route: how it is served and how it is documented, declared in one place so the OpenAPI
 * document can never miss a route.
 */
export interface RouteSpec {
  method: HttpMethod;
  /** Express path syntax (`/api/delegations/:id`). */
  path: string;
  summary: string;
  tags: string[];
  body?: { schema: z.ZodType; contentType?: string };
  query?: z.ZodObject;
  responses: Record<number, ResponseSpec>;
  handler: (req: Request, res: Response) => Promise<void> | void;
}

export function mountRoutes(router: Router, specs: RouteSpec[]): void {
  for (const s of specs) router[s.method](s.path, s.handler);
}
