import cookieParser from 'cookie-parser';
import express, { type ErrorRequestHandler, type Request } from 'express';
import helmet from 'helmet';
import { mountedRoutes } from './access/mountedRoutes';
import { rateLimiters } from './access/rateLimits';
import { securityOf } from './access/securityConfig';
import type { ApiDeps } from './apiDeps';
import { logger } from './logger';
import { openApiDocument } from './openapi';
import { actionLinkRoutes } from './routes/actionLinks';
import { adminApiKeyRoutes } from './routes/adminApiKeys';
import { adminCalendarOverrideRoutes } from './routes/adminCalendarOverrides';
import { adminPeopleRoutes } from './routes/adminPeople';
import { adminRoleAssignmentRoutes } from './routes/adminRoleAssignments';
import { adminSessionRoutes } from './routes/adminSessions';
import { adminSubstituteRoutes } from './routes/adminSubstitutes';
import { adminUnitRoutes } from './routes/adminUnits';
import { annualSummaryRoutes } from './routes/annualSummary';
import { auditRoutes } from './routes/audit';
import { attachmentRoutes } from './routes/attachments';
import { delegationRoutes } from './routes/delegations';
import { healthRoutes } from './routes/health';
import { policyRoutes } from './routes/policies';
import { sessionRoutes } from './routes/session';
import { signInRoutes } from './routes/signIn';
import { webAdminRoutes } from './routes/webAdmin';
import { webDashboardRoutes } from './routes/webDashboard';
import { webDelegationRoutes } from './routes/webDelegation';
import { webDraftRoutes } from './routes/webDrafts';
import { webLanguageRoutes } from './routes/webLanguage';
import { webProposalRoutes } from './routes/webProposal';
import { mountRoutes, type RouteSpec } from './routeSpec';
import { dependencyOutageOf } from './dependencyOutage';
import { sendOutage } from './unavailable';

/** Every route of the API, served and documented from the same list. */
export function routeSpecs(deps: ApiDeps): RouteSpec[] {
  const specs = [
    ...healthRoutes(deps),
    ...signInRoutes(deps),
    ...sessionRoutes(deps),
    ...delegationRoutes(deps),
    ...attachmentRoutes(deps),
    ...annualSummaryRoutes(deps),
    ...actionLinkRoutes(deps),
    ...adminPeopleRoutes(deps),
    ...adminUnitRoutes(deps),
    ...adminRoleAssignmentRoutes(deps),
    ...adminSubstituteRoutes(deps),
    ...adminApiKeyRoutes(deps),
    ...adminSessionRoutes(deps),
    ...adminCalendarOverrideRoutes(deps),
    ...auditRoutes(deps),
    ...policyRoutes(deps),
    ...webDashboardRoutes(deps),
    ...webProposalRoutes(deps),
    ...webDraftRoutes(deps),
    ...webDelegationRoutes(deps),
    ...webLanguageRoutes(deps),
    ...webAdminRoutes(deps),
  ];
  const openapi: RouteSpec = {
    method: 'get',
    path: '/openapi.json',
    summary: 'This document (OpenAPI 3.1)',
    tags: ['operations'],
    access: { public: true },
    responses: { 200: { description: 'OpenAPI 3.1 document' } },
    handler(_req, res) {
      res.json(openApiDocument([...specs, openapi], deps.publicBaseUrl));
    },
  };
  return [...specs, openapi];
}

/** The route pattern, never the path itself: paths of links carry their tokens. */
function routePatternOf(req: Request): string {
  const route: unknown = req.route;
  return route && typeof route === 'object' && 'path' in route && typeof route.path === 'string'
    ? route.path
    : '(no route)';
}

/** The first line of an error's message, enough for a log line that repeats per request. */
const reasonOf = (err: unknown): string =>
  err instanceof Error ? (err.message.trim().split('\n').pop() ?? '').slice(0, 300) : String(err);

/** The 4xx a body parser answers with (too large, malformed), if that is what failed. */
function clientErrorOf(
  err: unknown,
): { status: number; error: string; message: string } | undefined {
  if (!err || typeof err !== 'object' || !('status' in err) || typeof err.status !== 'number') {
    return undefined;
  }
  if (err.status === 413) {
    return {
      status: 413,
      error: 'TooLarge',
      message: 'Nội dung quá lớn. / The request body is too large.',
    };
  }
  if (err.status >= 400 && err.status < 500) {
    return {
      status: err.status,
      error: 'BadRequest',
      message: 'Yêu cầu không đọc được. / The request body could not be read.',
    };
  }
  return undefined;
}

export function createApp(deps: ApiDeps): express.Express {
  const security = securityOf(deps);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Helmet's defaults: a same-origin CSP (pages use inline styles only), no Referer sent
  // anywhere, no framing, nosniff, HSTS (ignored by browsers over plain HTTP). Without
  // upgrade-insecure-requests, which would send the forms of a plain-HTTP install (npm start,
  // an intranet address) to an https:// that does not answer.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.use(cookieParser());
  app.use(express.json({ limit: '1mb' }));
  app.use(express.urlencoded({ extended: false, limit: '100kb' }));
  const router = express.Router();
  mountRoutes(router, routeSpecs({ ...deps, security }), {
    db: deps.db,
    limiters: rateLimiters(security),
  });
  app.use(router);
  const unguarded = mountedRoutes(app).filter((r) => !r.guarded);
  if (unguarded.length > 0) {
    throw new Error(
      `routes without an access rule: ${unguarded.map((r) => `${r.method} ${r.path}`).join(', ')}`,
    );
  }
  // The same answer for every path that does not exist as for a record out of reach.
  app.use((_req, res) => {
    res.status(404).json({ error: 'NotFound', message: 'Not found' });
  });
  const onError: ErrorRequestHandler = (err: unknown, req, res, _next) => {
    const refused = clientErrorOf(err);
    if (refused) {
      // A body too large or not parseable (express.json, urlencoded): the client's to fix.
      logger.warn(
        { status: refused.status, method: req.method, route: routePatternOf(req) },
        'request refused',
      );
      res.status(refused.status).json({ error: refused.error, message: refused.message });
      return;
    }
    if (res.headersSent) {
      // Part of the answer is out: nothing valid can follow it, so the connection is cut.
      logger.error({ err, method: req.method, route: routePatternOf(req) }, 'answer cut short');
      req.socket.destroy();
      return;
    }
    const outage = dependencyOutageOf(err);
    if (outage) {
      // The database or Temporal is down, not this request: the client may retry, told when.
      logger.warn(
        { outage, method: req.method, route: routePatternOf(req), reason: reasonOf(err) },
        'dependency unreachable',
      );
      sendOutage(req, res);
      return;
    }
    logger.error({ err, method: req.method, route: routePatternOf(req) }, 'request failed');
    res.status(500).json({
      error: 'Internal',
      message: 'Lỗi hệ thống, vui lòng thử lại sau. / Internal error, please retry later.',
    });
  };
  app.use(onError);
  return app;
}
