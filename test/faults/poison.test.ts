// Poison: NUL, unpaired surrogates, 100 kB strings and out-of-range numbers in every field of
// every route — path parameters, query strings, JSON bodies (leaf by leaf, from each route's
// declared schema) and form posts (field by field, from the forms the pages show) — on a real
// stack. The cases come from routeSpecs, so a new route is poisoned without being named here.
// No answer may be a 5xx or a status the OpenAPI document does not list, and the delegations
// the poison was aimed at can still be decided, amended and cancelled afterwards.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { routeSpecs } from '../../api/app';
import { openApiDocument } from '../../api/openapi';
import type { RouteSpec } from '../../api/routeSpec';
import type { Db } from '../../prisma/client';
import { proposalFor } from '../fixtures/proposals';
import { DelegationDriver } from '../support/delegationDriver';
import { sessionOf, type Headers } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';
import { formFieldsByRoute } from './poison/formFields';
import { jsonSchemaOf, leavesOf, sampleOf, withLeaf } from './poison/schemaSample';

// Thousands of requests from one address: the rate limits are not what is tested here.
process.env.RATE_LIMIT_LINK_MAX = '1000000';
process.env.RATE_LIMIT_SIGN_IN_MAX = '1000000';

const nul = String.fromCharCode(0);
/** Text poisons as JSON carries them (JSON.stringify escapes a lone surrogate as \ud800). */
const textPoisons = {
  nul: `a${nul}b`,
  surrogate: 'a\uD800b',
  huge: 'x'.repeat(100_000),
  /** Below the request-wide ceiling, above every field's own limit: reaches the schemas. */
  long: 'y'.repeat(15_000),
};
// 2^53 + 2: past the integers JavaScript holds exactly.
const numberPoisons = [2_147_483_648, -2_147_483_649, 1e300, 2 ** 53 + 2];
/** The same in a URL or a form (already percent-encoded): %ED%A0%80 is a lone surrogate. */
const encodedPoisons: Record<string, string> = {
  nul: 'a%00b',
  surrogate: 'a%ED%A0%80b',
  huge: 'x'.repeat(100_000),
  long: 'y'.repeat(1000),
  int4: '2147483648',
  negative: '-2147483649',
  infinite: '1e309',
  unsafe: '99999999999999999999',
};
/** Poisons the request-wide check refuses before any handler runs. */
const refusedUpFront = new Set(['nul', 'surrogate', 'huge', '1e300']);

const specs = routeSpecs({
  db: {} as Db,
  temporal: {} as Client,
  taskQueue: '',
  publicBaseUrl: '',
});
const documented = openApiDocument(specs, 'http://127.0.0.1').paths;
const routeName = (s: RouteSpec) => `${s.method.toUpperCase()} ${s.path}`;

/** Who calls each role's routes: the demo person holding it. */
const personOfRole: Record<string, string> = {
  unit_staff: 'an',
  committee_member: 'cuong',
  standing_committee_member: 'em',
  provincial_leadership: 'hai',
  organization_board: 'lan',
  auditor: 'minh',
  administrator: 'quan-tri',
};

interface Poisoned {
  route: RouteSpec;
  what: string;
  /** The form field poisoned, which the refusal page must name. */
  field?: string;
  url: string;
  body?: string | FormData;
  contentType?: string;
}

interface Answer {
  poisoned: Poisoned;
  status: number;
  text: string;
  contentType: string;
  namesField: boolean;
}

let stack: TestStack;
let drive: DelegationDriver;
/** D1 waits for the committee; D2 was returned for changes. */
let d1: string;
let d2: string;
let d1Link: string;
const sessions = new Map<string, Headers>();

async function headersOf(route: RouteSpec): Promise<Headers> {
  const a = route.access;
  if ('public' in a) return {};
  const person = 'roles' in a ? (personOfRole[a.roles[0] ?? ''] ?? 'an') : 'an';
  let h = sessions.get(person);
  if (!h) {
    h = (await sessionOf(stack.db, person)).headers;
    sessions.set(person, h);
  }
  return h;
}

/** A real record for each path parameter, so poison elsewhere reaches the handler. */
function baselineParam(route: RouteSpec, name: string): string {
  const p = route.path;
  if (name === 'token') return p.startsWith('/a/') ? d1Link.split('/a/')[1]! : randomUUID();
  if (name === 'provinceId') return 'ca-mau';
  if (name === 'year') return '2026';
  if (name === 'lang') return 'vi';
  if (/delegations\/:id/.test(p) && !p.includes('drafts')) {
    return /amend/.test(p) ? d2 : d1;
  }
  if (/people\/:id/.test(p)) return 'an';
  if (/units\/:id/.test(p)) return 'so-noi-vu';
  return randomUUID();
}

const paramNames = (route: RouteSpec) => [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);

function urlOf(route: RouteSpec, params: Record<string, string> = {}, query = ''): string {
  const path = route.path.replace(/:(\w+)/g, (_m, name: string) =>
    name in params ? params[name]! : encodeURIComponent(baselineParam(route, name)),
  );
  return `${stack.baseUrl}${path}${query ? `?${query}` : ''}`;
}

const isForm = (r: RouteSpec) =>
  r.body?.contentType === 'application/x-www-form-urlencoded' ||
  Boolean(r.readBody) ||
  (r.method !== 'get' && !r.body && r.tags.includes('web'));
const isJson = (r: RouteSpec) => r.body !== undefined && !r.body.contentType;

/** Row fields repeat (members.0 … members.9): the first row stands for the rest. */
const firstRowsOnly = (names: string[]) =>
  names.filter((n) => n !== '_csrf' && !/\.[1-9]\d*(\.|$)/.test(n));

function casesOf(route: RouteSpec, formFields: Map<RouteSpec, string[]>): Poisoned[] {
  const cases: Poisoned[] = [];
  for (const name of paramNames(route)) {
    for (const [kind, value] of Object.entries(encodedPoisons)) {
      cases.push({ route, what: `path ${name} ${kind}`, url: urlOf(route, { [name]: value }) });
    }
  }
  for (const name of Object.keys(route.query?.shape ?? {})) {
    for (const [kind, value] of Object.entries(encodedPoisons)) {
      cases.push({
        route,
        what: `query ${name} ${kind}`,
        url: urlOf(route, {}, `${name}=${value}`),
      });
    }
  }
  if (route.method === 'get') return cases;
  const url = urlOf(route);
  if (isJson(route) && route.body) {
    const schema = jsonSchemaOf(route.body.schema);
    const sample = sampleOf(schema);
    for (const leaf of leavesOf(schema)) {
      const field = leaf.path.join('.');
      const poisons: [string, unknown][] =
        leaf.kind === 'number'
          ? numberPoisons.map((n) => [String(n), n])
          : Object.entries(textPoisons);
      for (const [kind, value] of poisons) {
        const body = JSON.stringify(withLeaf(sample, leaf.path, value));
        cases.push({
          route,
          what: `body ${field} ${kind}`,
          url,
          body,
          contentType: 'application/json',
        });
      }
    }
  } else if (isForm(route)) {
    const fields = firstRowsOnly(formFields.get(route) ?? ['comment', 'reason', 'name']);
    for (const field of fields) {
      for (const [kind, value] of Object.entries(encodedPoisons)) {
        // Every other field blank: the form is incomplete, so nothing poisoned can be acted on.
        const body = [
          ...fields.map((f) =>
            f === field ? `${encodeURIComponent(f)}=${value}` : `${encodeURIComponent(f)}=`,
          ),
        ].join('&');
        cases.push({
          route,
          what: `form ${field} ${kind}`,
          field,
          url,
          body,
          contentType: 'application/x-www-form-urlencoded',
        });
      }
    }
    if (route.readBody) {
      const form = new FormData();
      form.append('comment', textPoisons.nul);
      cases.push({ route, what: 'multipart comment nul', url, body: form });
    }
  } else {
    // A route that reads a body it does not declare: the request-wide check still applies.
    for (const [kind, value] of Object.entries(textPoisons)) {
      if (!refusedUpFront.has(kind)) continue;
      cases.push({
        route,
        what: `body comment ${kind}`,
        url,
        body: JSON.stringify({ comment: value }),
        contentType: 'application/json',
      });
    }
    cases.push({
      route,
      what: 'body amountVnd 1e300',
      url,
      body: '{"amountVnd":1e300}',
      contentType: 'application/json',
    });
  }
  return cases;
}

async function send(p: Poisoned): Promise<Answer> {
  const headers: Headers = { ...(await headersOf(p.route)), accept: 'text/html,application/json' };
  if (p.contentType) headers['content-type'] = p.contentType;
  try {
    const res = await fetch(p.url, {
      method: p.route.method.toUpperCase(),
      headers,
      body: p.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    return {
      poisoned: p,
      status: res.status,
      text: text.slice(0, 300),
      contentType: res.headers.get('content-type') ?? '',
      namesField: p.field !== undefined && text.includes(p.field),
    };
  } catch (err) {
    return { poisoned: p, status: 0, text: String(err), contentType: '', namesField: false };
  }
}

async function inPool<T, R>(items: T[], width: number, run: (t: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await run(items[i]!);
      }
    }),
  );
  return results;
}

/** Whether the OpenAPI document lists the status (431: Node refuses a 100 kB URL itself). */
function isDocumented(a: Answer): boolean {
  if (a.status === 431) return true;
  const op = documented[a.poisoned.route.path.replace(/:(\w+)/g, '{$1}')]?.[
    a.poisoned.route.method
  ] as { responses?: Record<string, unknown> } | undefined;
  return String(a.status) in (op?.responses ?? {});
}

async function submitted(title: string, members = 5): Promise<string> {
  const created = await drive.submit(proposalFor({ unitId: 'so-noi-vu', title, members }));
  expect(created.status).toBe(201);
  return created.body.id;
}

beforeAll(async () => {
  stack = await startTestStack('dev-server');
  drive = new DelegationDriver(stack);
  d1 = await submitted('Đoàn thử nhiễm độc một');
  d2 = await submitted('Đoàn thử nhiễm độc hai');
  d1Link = await drive.linkFor('cuong', 'Đoàn thử nhiễm độc một');
  const returned = await drive.postForm(await drive.linkFor('cuong', 'Đoàn thử nhiễm độc hai'), {
    decision: 'return',
    comment: 'Bổ sung chỉ tiêu.',
  });
  expect(returned.status).toBe(200);
  await drive.waitForStage(d2, 'amendment_requested');
}, 180_000);
afterAll(() => stack?.stop(), 60_000);

test('every field of every route refuses poison with a documented 4xx, never a 5xx; the delegations can still be decided, amended and cancelled', async () => {
  // The forms the pages show, read as the people who use them.
  const pageRoutes = specs.filter(
    (s) =>
      s.method === 'get' && Object.values(s.responses).some((r) => r.contentType === 'text/html'),
  );
  const pages = await inPool(pageRoutes, 4, async (s) => {
    const url = urlOf(s);
    const res = await fetch(url, { headers: await headersOf(s), redirect: 'manual' });
    return { path: new URL(url).pathname, html: await res.text() };
  });
  const formFields = formFieldsByRoute(specs.filter(isForm), pages);
  expect(formFields.size).toBeGreaterThan(10);

  const cases = specs.flatMap((s) => casesOf(s, formFields));
  expect(cases.length).toBeGreaterThan(1000);
  const started = Date.now();
  const answers = await inPool(cases, 4, send);
  const describe = (a: Answer) =>
    `${routeName(a.poisoned.route)} ${a.poisoned.what} → ${a.status} ${a.text}`;
  console.log(
    `${answers.length} poisoned requests in ${Math.round((Date.now() - started) / 1000)} s`,
  );

  expect(answers.filter((a) => a.status >= 500 || a.status === 0).map(describe)).toEqual([]);
  expect(answers.filter((a) => !isDocumented(a)).map(describe)).toEqual([]);
  // Poison the request-wide check catches is refused by field, as 422.
  const upFront = answers.filter((a) =>
    // (A surrogate percent-encoded in a query decodes as U+FFFD: storable, so not refused.)
    /^(path .* (nul|surrogate)|query .* nul|body .* (nul|surrogate))$/.test(a.poisoned.what),
  );
  expect(upFront.filter((a) => ![400, 401, 403, 422].includes(a.status)).map(describe)).toEqual([]);

  // A form post answers with a page of its own naming the field, as 422. (A percent-encoded
  // surrogate decodes as U+FFFD, which is storable: the form then answers as it always does.)
  const forms = answers.filter((a) => /^form .* nul$/.test(a.poisoned.what));
  expect(forms.length).toBeGreaterThan(100);
  const unnamed = forms.filter(
    (a) => a.status !== 422 || !a.contentType.startsWith('text/html') || !a.namesField,
  );
  expect(unnamed.map(describe)).toEqual([]);

  // Nothing is wedged: D1 is decided and cancelled, D2 amended.
  const decided = await drive.postForm(d1Link, { decision: 'approve' });
  expect([200, 202]).toContain(decided.status);
  await drive.waitForStage(d1, 'awaiting_departure');
  const cancelled = await drive.postJson(`/api/delegations/${d1}/cancellation`, {
    reason: 'Hủy sau thử nghiệm.',
  });
  expect(cancelled.status).toBe(200);
  await drive.waitForStage(d1, 'cancelled');
  const v2 = await drive.view(d2);
  const amended = await drive.postJson(`/api/delegations/${d2}/amendments`, {
    basedOnVersion: v2.proposalVersion,
    proposal: proposalFor({ unitId: 'so-noi-vu', title: 'Đoàn thử nhiễm độc hai (sửa)' }),
  });
  expect(amended.status).toBe(200);
  await drive.waitForStage(d2, 'committee_review');

  // No workflow of any delegation is failing an activity over and over.
  const rows = await stack.db.delegation.findMany({ select: { id: true } });
  const wedged = [];
  for (const { id } of rows) {
    const d = await stack.env.client.workflow.getHandle(`delegation-${id}`).describe();
    const failing = (d.raw.pendingActivities ?? []).filter((a) => (a.attempt ?? 0) > 2);
    if (d.status.name === 'FAILED' || d.status.name === 'TERMINATED' || failing.length > 0)
      wedged.push(`${id} ${d.status.name} ${failing.map((a) => a.activityType?.name).join(',')}`);
  }
  expect(wedged).toEqual([]);
}, 600_000);

test('a request without a body lists every missing field, as {} does; a body that is not an object too', async () => {
  const jsonRoutes = specs.filter(
    (s) => isJson(s) && !['/api/audit/replay', '/auth/sign-in'].includes(s.path),
  );
  const differences: string[] = [];
  for (const route of jsonRoutes) {
    const headers = { ...(await headersOf(route)), 'content-type': 'application/json' };
    const post = async (body?: string) => {
      const res = await fetch(urlOf(route), { method: route.method.toUpperCase(), headers, body });
      const json = (await res.json().catch(() => ({}))) as { errors?: { field: string }[] };
      return { status: res.status, fields: (json.errors ?? []).map((e) => e.field).sort() };
    };
    const [none, empty, array] = [await post(), await post('{}'), await post('[]')];
    if (none.status !== empty.status || none.fields.join() !== empty.fields.join())
      differences.push(
        `${routeName(route)}: no body ${JSON.stringify(none)}, {} ${JSON.stringify(empty)}`,
      );
    if (
      empty.status === 422 &&
      (array.status !== 422 || !empty.fields.every((f) => array.fields.includes(f)))
    )
      differences.push(
        `${routeName(route)}: [] ${JSON.stringify(array)}, {} ${JSON.stringify(empty)}`,
      );
  }
  expect(differences).toEqual([]);
  const proposal = specs.find((s) => s.path === '/api/delegations' && s.method === 'post')!;
  const res = await fetch(urlOf(proposal), { method: 'POST', headers: await headersOf(proposal) });
  const body = (await res.json()) as { errors: { field: string }[] };
  expect(res.status).toBe(422);
  expect(body.errors.map((e) => e.field)).toEqual(
    expect.arrayContaining(['title', 'members', 'funding']),
  );
}, 120_000);

test('?year=2147483648 is a 422 naming year; a policy number out of its bounds is a 422 naming it', async () => {
  const list = specs.find((s) => s.path === '/api/delegations' && s.method === 'get')!;
  const res = await fetch(urlOf(list, {}, 'year=2147483648'), { headers: await headersOf(list) });
  expect(res.status).toBe(422);
  expect(((await res.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('year');

  const admin = (await sessionOf(stack.db, 'quan-tri')).headers;
  const policies = (await (
    await fetch(`${stack.baseUrl}/api/provinces/ca-mau/policies`, { headers: admin })
  ).json()) as { policies: { values: Record<string, unknown> }[] };
  const values = { ...policies.policies[0]!.values, actionLinkValidDays: 359_820_052 };
  const refused = await fetch(`${stack.baseUrl}/api/provinces/ca-mau/policies`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ values }),
  });
  expect(refused.status).toBe(422);
  expect(
    ((await refused.json()) as { errors: { field: string }[] }).errors.map((e) => e.field),
  ).toEqual(['values.actionLinkValidDays']);
  expect(await stack.db.policyVersion.count()).toBe(0);
});

test('approve_reduced with a team not smaller than proposed is a 422 naming maxTeamSize; a smaller one is recorded', async () => {
  const title = 'Đoàn thử giảm số thành viên';
  const created = await drive.submit(await drive.proposal({ title, members: 12 }));
  expect(created.status).toBe(201);
  const id = created.body.id;
  expect(
    (await drive.postForm(await drive.linkFor('cuong', title), { decision: 'approve' })).status,
  ).toBe(200);
  await drive.waitForStage(id, 'standing_committee_review');
  const link = await drive.linkFor('em', title);
  for (const size of ['12', '13']) {
    const refused = await drive.postForm(link, { decision: 'approve_reduced', maxTeamSize: size });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('R-TEAM-SIZE');
    expect(refused.html).toContain('nhỏ hơn số thành viên đề xuất (12)');
  }
  expect(
    await stack.db.decision.count({
      where: { delegationId: id, stage: 'standing_committee_review' },
    }),
  ).toBe(0);
  const recorded = await drive.postForm(link, { decision: 'approve_reduced', maxTeamSize: '10' });
  expect([200, 202]).toContain(recorded.status);
  // The unit is asked to trim the team to the size approved.
  await drive.waitForStage(id, 'amendment_requested');
  expect(
    await stack.db.decision.count({ where: { delegationId: id, decision: 'approve_reduced' } }),
  ).toBe(1);
}, 120_000);
