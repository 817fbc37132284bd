// A route's scope (RouteAccess.scope) answers before its handler when the record the request
// names is missing or out of reach: that answer's status must be one the route documents, or
// the OpenAPI document says less than the route does (schemathesis found six such routes).
import type { Client } from '@temporalio/client';
import type { Request, Response } from 'express';
import { routeSpecs } from '../../api/app';
import type { Db } from '../../prisma/client';

const specs = routeSpecs({
  db: {} as Db,
  temporal: {} as Client,
  taskQueue: '',
  publicBaseUrl: '',
});
const scoped = specs.flatMap((s) =>
  'roles' in s.access && s.access.scope
    ? [{ name: `${s.method.toUpperCase()} ${s.path}`, spec: s, scope: s.access.scope }]
    : [],
);

/** The status a scope's refusal sets, read from a response that only records it. */
function refusalStatus(refuse: (req: Request, res: Response) => void): number {
  let status = 200;
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    json: () => res,
    send: () => res,
    end: () => res,
  };
  const req = { params: { id: 'x', provinceId: 'x' }, body: {}, query: {}, headers: {} };
  refuse(req as unknown as Request, res as unknown as Response);
  return status;
}

test('some routes are scoped', () => {
  expect(scoped.length).toBeGreaterThan(10);
});

test.each(scoped)('$name documents the status its scope refuses with', ({ spec, scope }) => {
  const status = refusalStatus((req, res) => scope.refuse(req, res));
  expect(Object.keys(spec.responses)).toContain(String(status));
});
