// What a route answers before its handler runs must be in the OpenAPI document too, or the
// document says less than the route does (schemathesis found these): a scope's refusal
// (RouteAccess.scope) when the record the request names is missing or out of reach, the 429 of a
// route that counts in a rate limit, and the access guard's JSON 403 beside a page's HTML 403.
import type { Client } from '@temporalio/client';
import type { Request, Response } from 'express';
import { routeSpecs } from '../../api/app';
import { openApiDocument } from '../../api/openapi';
import type { RouteSpec } from '../../api/routeSpec';
import type { Db } from '../../prisma/client';

const specs = routeSpecs({
  db: {} as Db,
  temporal: {} as Client,
  taskQueue: '',
  publicBaseUrl: '',
});
const document = openApiDocument(specs, 'http://127.0.0.1');
const name = (s: RouteSpec) => `${s.method.toUpperCase()} ${s.path}`;

/** The documented content types of one status of one route. */
function documented(s: RouteSpec, status: number): string[] | undefined {
  const operation = document.paths[s.path.replace(/:(\w+)/g, '{$1}')]?.[s.method] as
    { responses: Record<string, { content?: Record<string, unknown> }> } | undefined;
  const response = operation?.responses[String(status)];
  return response && Object.keys(response.content ?? {});
}

const scoped = specs.flatMap((s) =>
  'roles' in s.access && s.access.scope ? [{ name: name(s), spec: s, scope: s.access.scope }] : [],
);

/** The status and content type a scope's refusal sets, read from a response that records them. */
function refusalOf(refuse: (req: Request, res: Response) => void): [number, string] {
  let status = 200;
  let type = 'none';
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    json() {
      type = 'application/json';
      return res;
    },
    send: () => res,
    end: () => res,
  };
  const req = { params: { id: 'x', provinceId: 'x' }, body: {}, query: {}, headers: {} };
  refuse(req as unknown as Request, res as unknown as Response);
  return [status, type];
}

test('some routes are scoped', () => {
  expect(scoped.length).toBeGreaterThan(10);
});

test.each(scoped)('$name documents its scope’s refusal, as JSON', ({ spec, scope }) => {
  const [status, type] = refusalOf((req, res) => scope.refuse(req, res));
  expect([status, type]).toEqual([scope.refusal.status, 'application/json']);
  expect(documented(spec, status)).toContain('application/json');
});

const rateLimited = specs.filter((s) => s.rateLimit);

test('some routes are rate limited', () => {
  expect(rateLimited.length).toBeGreaterThan(3);
});

test.each(rateLimited.map((s) => ({ name: name(s), spec: s })))(
  '$name documents 429',
  ({ spec }) => {
    expect(documented(spec, 429)).toContain('application/json');
  },
);

test('a route whose page answers 403 documents the guard’s JSON 403 too', () => {
  const review = specs.find((s) => name(s) === 'POST /delegations/:id/review');
  expect(review && documented(review, 403)?.sort()).toEqual(['application/json', 'text/html']);
});
