// A province changes its policy through the API; a delegation keeps the version it was submitted
// under (its team-size cap and its report deadline), and only later submissions get the new one.
import { loadCalendar } from '../../activities/calendarActivities';
import { defaultPolicyValues } from '../../domain/policy';
import { stateQuery } from '../../workflows/messages';
import { proposalFor } from '../fixtures/proposals';
import { DelegationDriver } from '../support/delegationDriver';
import { apiKeyHeaders, type Headers } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';

let stack: TestStack;
let drive: DelegationDriver;
let admin: Headers;
let auditor: Headers;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  drive = new DelegationDriver(stack);
  admin = await apiKeyHeaders(stack.db, { role: 'administrator' });
  auditor = await apiKeyHeaders(stack.db, { role: 'auditor' });
});
afterAll(() => stack?.stop());

interface PolicyView {
  versionId: string;
  effectiveFrom: string;
  inForce: boolean;
  values: typeof defaultPolicyValues;
}

const policiesPath = '/api/provinces/ca-mau/policies';
const stricter = {
  ...defaultPolicyValues,
  reportWorkingDays: 5,
  teamSizeCap: { head: 10, deputy: 5 },
};

async function call(path: string, headers: Headers, body?: unknown) {
  const res = await fetch(`${stack.baseUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const stateOf = (id: string) =>
  stack.env.client.workflow.getHandle(`delegation-${id}`).query(stateQuery);
const endOfLocalDay = (date: string) => `${date}T23:59:59.999+07:00`;

test('a policy posted by an administrator applies to later submissions only', async () => {
  const titleA = 'Đoàn A theo chính sách cũ';
  const titleB = 'Đoàn B theo chính sách mới';
  const a = await drive.proposal({ title: titleA, leaderRank: 'deputy', members: 6 });
  const createdA = await drive.submit(a);
  expect(createdA.status).toBe(201);
  expect(createdA.body.escalation).toBe(false);

  const posted = await call(policiesPath, admin, { values: stricter });
  expect(posted.status).toBe(201);
  const newVersion = posted.body as unknown as PolicyView;
  expect(newVersion.inForce).toBe(true);

  const b = proposalFor({
    unitId: await drive.newUnit(),
    title: titleB,
    leaderRank: 'deputy',
    members: 6,
    departureDate: a.departureDate,
  });
  const createdB = await drive.submit(b);
  expect(createdB.status).toBe(201);
  expect(createdB.body.escalation).toBe(true);

  const [idA, idB] = [createdA.body.id, createdB.body.id];
  // The committee is asked once the workflow has loaded its policy and registered its queries.
  const [linkA, linkB] = [
    await drive.linkFor('cuong', titleA),
    await drive.linkFor('cuong', titleB),
  ];
  expect((await stateOf(idA)).teamSize).toEqual({ cap: 7, size: 6, exceeds: false });
  expect((await stateOf(idB)).teamSize).toEqual({ cap: 5, size: 6, exceeds: true });

  await drive.postForm(linkA, { decision: 'approve' });
  await drive.waitForStage(idA, 'awaiting_departure');
  await drive.postForm(linkB, { decision: 'approve' });
  await drive.waitForStage(idB, 'standing_committee_review');
  await drive.postForm(await drive.linkFor('em', titleB), { decision: 'approve' });
  await drive.waitForStage(idB, 'awaiting_departure');

  await drive.skipUntil(endOfLocalDay(a.returnDate));
  await drive.waitForStage(idA, 'report_due');
  await drive.waitForStage(idB, 'report_due');
  const calendar = await loadCalendar(stack.db);
  expect((await stateOf(idA)).deadlines.report).toMatchObject({
    dueDate: calendar.addWorkingDays(a.returnDate, 10),
    policyVersionId: 'default',
  });
  expect((await stateOf(idB)).deadlines.report).toMatchObject({
    dueDate: calendar.addWorkingDays(b.returnDate, 5),
    policyVersionId: newVersion.versionId,
  });
  const stored = await stack.db.delegation.findMany({
    where: { id: { in: [idA, idB] } },
    select: { id: true, policyVersionId: true },
  });
  expect(Object.fromEntries(stored.map((d) => [d.id, d.policyVersionId]))).toEqual({
    [idA]: null,
    [idB]: newVersion.versionId,
  });
});

test('the routes: list with the one in force marked, in force at an instant, refusals', async () => {
  const listed = await call(policiesPath, auditor);
  expect(listed.status).toBe(200);
  const policies = listed.body.policies as PolicyView[];
  expect(policies[0]).toMatchObject({ versionId: 'default', values: defaultPolicyValues });
  expect(policies.filter((p) => p.inForce)).toHaveLength(1);
  const current = policies.find((p) => p.inForce) as PolicyView;

  const before = await call('/api/provinces/ca-mau/policy?at=2020-01-01T00:00:00Z', auditor);
  expect(before.body).toMatchObject({
    versionId: 'default',
    inForce: current.versionId === 'default',
  });
  const now = await call('/api/provinces/ca-mau/policy', auditor);
  expect(now.body).toMatchObject({ versionId: current.versionId, inForce: true });

  const later = new Date(Date.now() + 86_400_000).toISOString();
  const future = await call(policiesPath, admin, {
    effectiveFrom: later,
    values: defaultPolicyValues,
  });
  expect(future.body).toMatchObject({ effectiveFrom: later, inForce: false });
  expect((await call(policiesPath, admin, { effectiveFrom: later, values: stricter })).status).toBe(
    409,
  );

  const past = await call(policiesPath, admin, {
    effectiveFrom: '2020-01-01T00:00:00Z',
    values: stricter,
  });
  expect(past.status).toBe(422);
  expect(past.body.errors).toEqual([expect.objectContaining({ field: 'effectiveFrom' })]);
  const invalid = await call(policiesPath, admin, {
    values: { ...stricter, teamSizeCap: { head: 10, deputy: 0 } },
  });
  expect(invalid.status).toBe(422);
  expect(invalid.body.errors).toEqual([
    expect.objectContaining({ rule: 'R-INPUT', field: 'values.teamSizeCap.deputy' }),
  ]);
  expect((await call(policiesPath, auditor, { values: stricter })).status).toBe(403);
  expect((await call('/api/provinces/nowhere/policies', admin)).status).toBe(404);
});
