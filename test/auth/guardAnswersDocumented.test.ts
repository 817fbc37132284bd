// What a route answers before its handler runs must be in the OpenAPI document too, or the
// document says less than the route does (schemathesis found these): a scope's refusal
// (RouteAccess.scope) when the record the request names is missing or out of reach, and the 429
// of a route that counts in a rate limit.
import type { Client } from '@temporalio/client';
import type { Request, Response } from 'express';
import { routeSpecs } from '../../api/app';
import { openApiDocument } from '../../api/openapi';
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

const rateLimited = specs.filter((s) => s.rateLimit);
const document = openApiDocument(specs, 'http://127.0.0.1');

test('some routes are rate limited', () => {
  expect(rateLimited.length).toBeGreaterThan(3);
});

test.each(rateLimited.map((s) => ({ name: `${s.method.toUpperCase()} ${s.path}`, spec: s })))(
  '$name documents 429',
  ({ spec }) => {
    const operation = document.paths[spec.path.replace(/:(\w+)/g, '{$1}')]?.[spec.method];
    expect(operation).toMatchObject({ responses: { 429: expect.anything() as unknown } });
  },
);
