// The access rule every route declares next to its handler (RouteSpec.access).
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Grant } from '../../domain/accessReach';
import type { Role } from '../../domain/roles';
import type { Principal } from './principal';

/**
 * Checks that the record a request names (a delegation, an attachment, a province) is within
 * the caller's grants. Out of reach is answered exactly like a record that does not exist, so a
 * caller cannot learn what exists outside their scope.
 */
export interface AccessScope {
  reaches(req: Request, grants: readonly Grant[]): Promise<boolean>;
  refuse(req: Request, res: Response): void;
  /** What refuse() answers (a JSON body), so every route with the scope documents it. */
  refusal: { status: number; description: string; schema: z.ZodType };
}

export type RouteAccess =
  /** Anyone: health, the OpenAPI document, sign-in, and capability links that carry their own token. */
  | { public: true }
  /** Anyone signed in or holding a key, whatever their roles (who am I, sign out). */
  | { signedIn: true }
  /** Holders of one of the roles; with a scope, only for records within that role's reach. */
  | { roles: readonly [Role, ...Role[]]; scope?: AccessScope };

/** Who passed the route's rule, and the grants of theirs that let them (only the route's roles). */
export interface AccessContext {
  principal: Principal;
  grants: Grant[];
}

const contexts = new WeakMap<Request, AccessContext>();

export function rememberAccess(req: Request, context: AccessContext): void {
  contexts.set(req, context);
}

/** The caller of a route that is not public; its guard has run before the handler. */
export function accessOf(req: Request): AccessContext {
  const c = contexts.get(req);
  if (!c)
    throw new Error(`${req.method} ${req.path}: no access context (a public route asked for one)`);
  return c;
}
