// The middleware mountRoutes puts in front of every handler: it enforces the route's declared
// access rule (RouteSpec.access) and, for cookie-authenticated changes, the CSRF token.
import type { Request, RequestHandler } from 'express';
import type { Db } from '../../prisma/client';
import { carriesCsrfToken, changesState } from './csrf';
import { principalOf, type Principal } from './principal';
import { accessOf, rememberAccess, type RouteAccess } from './routeAccess';

const guards = new WeakSet<RequestHandler>();

/** Whether a handler is a guard made here: lets a test (and start-up) find routes without one. */
export const isAccessGuard = (handler: unknown): boolean =>
  typeof handler === 'function' && guards.has(handler as RequestHandler);

const refusals = {
  unauthenticated: {
    error: 'Unauthenticated',
    message: 'Vui lòng đăng nhập. / Sign in, or send an API key (Authorization: Bearer …).',
  },
  csrf: {
    error: 'CsrfTokenMissing',
    message:
      'Thiếu hoặc sai mã chống giả mạo. / A request signed in by cookie must carry its CSRF token (X-CSRF-Token header or _csrf field).',
  },
  forbidden: {
    error: 'Forbidden',
    message: 'Anh/chị không có quyền dùng chức năng này. / Your roles do not allow this.',
  },
};

const refusesCsrf = (req: Request, principal: Principal): boolean =>
  principal.kind === 'person' && changesState(req) && !carriesCsrfToken(req, principal.csrfToken);

/**
 * `csrfAfterBody`: the route reads its own body after this guard (RouteSpec.readBody), so the
 * CSRF check waits for it (csrfGuard, mounted right after the reader).
 */
export function accessGuard(
  db: Db,
  access: RouteAccess,
  { csrfAfterBody = false } = {},
): RequestHandler {
  const guard: RequestHandler = async (req: Request, res, next) => {
    if ('public' in access) {
      next();
      return;
    }
    const principal = await principalOf(db, req);
    if (!principal) {
      // A browser that follows an emailed link before signing in is shown the way in.
      if (req.method === 'GET' && req.accepts(['json', 'html']) === 'html')
        res.redirect(303, '/auth/sign-in');
      else res.status(401).set('WWW-Authenticate', 'Bearer').json(refusals.unauthenticated);
      return;
    }
    if (!csrfAfterBody && refusesCsrf(req, principal)) {
      res.status(403).json(refusals.csrf);
      return;
    }
    const grants =
      'roles' in access
        ? principal.grants.filter((g) => access.roles.includes(g.role))
        : principal.grants;
    if ('roles' in access && grants.length === 0) {
      res.status(403).json(refusals.forbidden);
      return;
    }
    if ('roles' in access && access.scope && !(await access.scope.reaches(req, grants))) {
      access.scope.refuse(req, res);
      return;
    }
    rememberAccess(req, { principal, grants });
    next();
  };
  guards.add(guard);
  return guard;
}

/** The CSRF check of a route whose body is read after its access guard (RouteSpec.readBody). */
export const csrfGuard: RequestHandler = (req, res, next) => {
  if (refusesCsrf(req, accessOf(req).principal)) {
    res.status(403).json(refusals.csrf);
    return;
  }
  next();
};
