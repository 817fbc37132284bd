// Every route of the Express app, from the same list it is served from (routeSpecs): each one that
// is not public refuses anonymous callers, and refuses every role its rule does not name, over
// real HTTP. And every route Express actually serves came from a RouteSpec with an access rule.
import type { Client } from '@temporalio/client';
import express from 'express';
import { mountedRoutes } from '../../api/access/mountedRoutes';
import { rateLimiters } from '../../api/access/rateLimits';
import { securityConfigFromEnv } from '../../api/access/securityConfig';
import { createApp, routeSpecs } from '../../api/app';
import { mountRoutes, type RouteSpec } from '../../api/routeSpec';
import { roles } from '../../domain/roles';
import type { Db } from '../../prisma/client';
import type { Headers } from '../support/testCredentials';
import { sessionOf } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';
import { keysByRole } from './demoGrants';

// Route factories only keep their dependencies for later, so the list can be read before any
// server runs, giving every route a test of its own.
const specs = routeSpecs({
  db: {} as Db,
  temporal: {} as Client,
  taskQueue: '',
  publicBaseUrl: '',
});
const name = (s: RouteSpec) => `${s.method.toUpperCase()} ${s.path}`;
const guarded = specs.filter((s) => !('public' in s.access));
const byRole = guarded.filter((s) => 'roles' in s.access);

let stack: TestStack;
let keys: Awaited<ReturnType<typeof keysByRole>>;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  keys = await keysByRole(stack.db);
});
afterAll(() => stack?.stop());

const depsOf = (s: TestStack) => ({
  db: s.db,
  temporal: s.env.client,
  taskQueue: s.taskQueue,
  publicBaseUrl: s.baseUrl,
});

/** Calls a route with placeholder path parameters and a body no route accepts. */
function call(s: RouteSpec, headers: Headers = {}): Promise<Response> {
  return fetch(`${stack.baseUrl}${s.path.replace(/:(\w+)/g, 'x')}`, {
    method: s.method.toUpperCase(),
    headers: { 'content-type': 'application/json', ...headers },
    body: s.method === 'get' ? undefined : '[]',
    redirect: 'manual',
  });
}

test('every route Express serves was declared as a RouteSpec, and carries its access guard', () => {
  const app = createApp(depsOf(stack));
  const mounted = mountedRoutes(app);
  expect(mounted.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort()).toEqual(
    specs.map(name).sort(),
  );
  expect(mounted.filter((r) => !r.guarded)).toEqual([]);
  expect(guarded.length).toBeGreaterThan(20);
});

test('a route added around RouteSpec is caught; a spec without a rule is refused when mounted', () => {
  const app = createApp(depsOf(stack));
  app.get('/api/forgotten', (_req, res) => {
    res.json({ secret: true });
  });
  expect(mountedRoutes(app).filter((r) => !r.guarded)).toEqual([
    { method: 'get', path: '/api/forgotten', guarded: false },
  ]);

  const { access: _dropped, ...bare } = specs[0] as RouteSpec;
  const context = { db: stack.db, limiters: rateLimiters(securityConfigFromEnv()) };
  expect(() => mountRoutes(express.Router(), [bare as RouteSpec], context)).toThrow(
    /declares no access rule/,
  );
});

test.each(guarded.map((s) => [name(s), s] as const))(
  '%s refuses anonymous callers, unknown keys and unknown sessions (401)',
  async (_name, s) => {
    for (const headers of [
      {} as Headers,
      { authorization: 'Bearer sdk_not-a-key' },
      { cookie: 'sd_session=not-a-session' },
    ]) {
      const res = await call(s, headers);
      expect([res.status, s.path]).toEqual([401, s.path]);
    }
  },
);

test.each(byRole.map((s) => [name(s), s] as const))(
  '%s refuses every role its rule does not name (403) and lets the others through',
  async (_name, s) => {
    const allowed = 'roles' in s.access ? (s.access.roles as readonly string[]) : [];
    for (const role of roles) {
      const res = await call(s, keys[role]);
      if (allowed.includes(role)) expect([role, res.status]).not.toEqual([role, 403]);
      else expect([role, res.status]).toEqual([role, 403]);
      expect(res.status).not.toBe(401);
    }
  },
);

test('routes open to any caller let every role through', async () => {
  const signedIn = guarded.filter((s) => 'signedIn' in s.access);
  expect(signedIn.map(name).sort()).toEqual(['GET /api/session', 'POST /auth/sign-out']);
  for (const s of signedIn) {
    for (const role of roles) expect((await call(s, keys[role])).status).toBeLessThan(400);
  }
});

test('a signed-in person is judged by the roles they hold, like a key', async () => {
  const an = await sessionOf(stack.db, 'an');
  const admin = specs.find((s) => s.method === 'get' && s.path === '/api/admin/people');
  expect((await call(admin as RouteSpec, an.headers)).status).toBe(403);
  const quanTri = await sessionOf(stack.db, 'quan-tri');
  expect((await call(admin as RouteSpec, quanTri.headers)).status).toBe(200);
});

test('a path that does not exist is the same plain 404 for everyone', async () => {
  const res = await fetch(`${stack.baseUrl}/api/no-such-thing`);
  expect(res.status).toBe(404);
  expect(await res.json()).toEqual({ error: 'NotFound', message: 'Not found' });
});
