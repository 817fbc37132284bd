import express, { type ErrorRequestHandler } from 'express';
import type { ApiDeps } from './apiDeps';
import { logger } from './logger';
import { openApiDocument } from './openapi';
import { actionLinkRoutes } from './routes/actionLinks';
import { annualSummaryRoutes } from './routes/annualSummary';
import { attachmentRoutes } from './routes/attachments';
import { delegationRoutes } from './routes/delegations';
import { healthRoutes } from './routes/health';
import { mountRoutes, type RouteSpec } from './routeSpec';

/** Every route of the API, served and documented from the same list. */
export function routeSpecs(deps: ApiDeps): RouteSpec[] {
  const specs = [...healthRoutes(deps), ...delegationRoutes(deps), ...attachmentRoutes(deps), ...annualSummaryRoutes(deps), ...actionLinkRoutes(deps)];
  const openapi: RouteSpec = {
    method: 'get',
    path: '/openapi.json',
    summary: 'This document (OpenAPI 3.1)',
    tags: ['operations'],
    responses: { 200: { description: 'OpenAPI 3.1 document' } },
    handler(_req, res) {
      res.json(openApiDocument([...specs, openapi], deps.publicBaseUrl));
    },
  };
  return [...specs, openapi];
}

export function createApp(deps: ApiDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(express.json({ limit: '1mb' }));
  app.use(express.urlencoded({ extended: false, limit: '100kb' }));
  const router = express.Router();
  mountRoutes(router, routeSpecs(deps));
  app.use(router);
  const onError: ErrorRequestHandler = (err: unknown, req, res, _next) => {
    logger.error({ err, method: req.method, path: req.path }, 'request failed');
    res.status(500).json({ error: 'Internal', message: 'Lỗi hệ thống, vui lòng thử lại sau. / Internal error, please retry later.' });
  };
  app.use(onError);
  return app;
}
