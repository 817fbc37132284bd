// Unit staff see and change only their own unit's delegations (and those of units merged into
// it); another unit's delegation is answered exactly like one that does not exist. Committee
// members see the units their committee oversees.
import { proposalFor } from '../fixtures/proposals';
import { sessionOf, type TestSession } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';
import { readModelDelegation } from './readModelRow';

let stack: TestStack;
let an: TestSession;
let binh: TestSession;
let noiVu: string;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  an = await sessionOf(stack.db, 'an');
  binh = await sessionOf(stack.db, 'binh');
  noiVu = await readModelDelegation(stack.db, { unitId: 'so-noi-vu', title: 'Đoàn của Sở Nội vụ' });
});
afterAll(() => stack?.stop());

async function answer(s: TestSession, method: string, path: string, body?: unknown) {
  const res = await fetch(`${stack.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...s.headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: unknown = await res.json();
  return { status: res.status, body: json };
}

test("another unit's delegation gets the very answer a missing one gets, for reading and for changing", async () => {
  expect((await answer(an, 'GET', `/api/delegations/${noiVu}`)).status).toBe(200);
  const calls: [string, string, unknown?][] = [
    ['GET', ''],
    ['POST', '/cancellation', { reason: 'Đổi kế hoạch' }],
    ['POST', '/amendments', { basedOnVersion: 1, proposal: proposalFor() }],
    ['POST', '/report', {}],
  ];
  for (const [method, suffix, body] of calls) {
    const foreign = await answer(binh, method, `/api/delegations/${noiVu}${suffix}`, body);
    const missing = await answer(binh, method, `/api/delegations/khong-co${suffix}`, body);
    expect(foreign).toEqual({
      status: 404,
      body: { error: 'NotFound', message: 'No such delegation' },
    });
    expect(foreign).toEqual(missing);
  }
  expect((await stack.db.delegation.findUniqueOrThrow({ where: { id: noiVu } })).stage).toBe(
    'committee_review',
  );
});

test('the list holds only what the caller reaches; proposing for another unit is refused like an unknown unit', async () => {
  const idsOf = async (s: TestSession) =>
    (
      (await answer(s, 'GET', '/api/delegations')).body as { delegations: { id: string }[] }
    ).delegations.map((d) => d.id);
  expect(await idsOf(an)).toContain(noiVu);
  expect(await idsOf(binh)).not.toContain(noiVu);

  const foreign = await answer(
    binh,
    'POST',
    '/api/delegations',
    proposalFor({ unitId: 'so-noi-vu' }),
  );
  const unknown = await answer(
    binh,
    'POST',
    '/api/delegations',
    proposalFor({ unitId: 'khong-co' }),
  );
  expect(foreign.status).toBe(422);
  expect(foreign.body).toEqual({
    errors: [
      expect.objectContaining({
        rule: 'R-INPUT',
        field: 'unitId',
        message: 'Unknown unit so-noi-vu',
      }),
    ],
  });
  expect(unknown.body).toEqual({
    errors: [
      expect.objectContaining({
        rule: 'R-INPUT',
        field: 'unitId',
        message: 'Unknown unit khong-co',
      }),
    ],
  });
});

test("an attachment of another unit's delegation is answered like a missing one", async () => {
  const a = await stack.db.attachment.create({
    data: {
      delegationId: noiVu,
      filename: 'bao-cao.pdf',
      contentType: 'application/pdf',
      size: 4,
      sha256: 'x',
      data: new Uint8Array([37, 80, 68, 70]),
    },
  });
  const get = (s: TestSession, id: string) =>
    fetch(`${stack.baseUrl}/api/attachments/${id}`, { headers: s.headers });
  expect((await get(an, a.id)).status).toBe(200);
  const foreign = await get(binh, a.id);
  const missing = await get(binh, 'khong-co');
  expect([foreign.status, await foreign.json()]).toEqual([missing.status, await missing.json()]);
});

test('a merged unit rolls up to its successor: the successor’s staff answer for its delegations', async () => {
  await stack.db.unit.create({
    data: {
      id: 'phong-cu',
      name: 'Phòng đã sáp nhập',
      provinceId: 'ca-mau',
      directCommitteeId: 'ca-mau-dang-uy-ubnd',
      validFrom: new Date('2020-01-01'),
      validTo: new Date('2025-06-30'),
      successorId: 'so-noi-vu',
    },
  });
  const old = await readModelDelegation(stack.db, {
    unitId: 'phong-cu',
    title: 'Đoàn của phòng cũ',
  });
  expect((await answer(an, 'GET', `/api/delegations/${old}`)).status).toBe(200);
  expect((await answer(binh, 'GET', `/api/delegations/${old}`)).status).toBe(404);
});

test('committee members see the units their committee oversees, and no other', async () => {
  await stack.db.body.create({
    data: {
      id: 'dang-uy-khac',
      provinceId: 'ca-mau',
      kind: 'direct_committee',
      name: 'Đảng ủy khác',
    },
  });
  await stack.db.unit.create({
    data: {
      id: 'so-khac',
      name: 'Sở khác',
      provinceId: 'ca-mau',
      directCommitteeId: 'dang-uy-khac',
    },
  });
  const elsewhere = await readModelDelegation(stack.db, {
    unitId: 'so-khac',
    title: 'Đoàn của sở khác',
  });
  const cuong = await sessionOf(stack.db, 'cuong');
  expect((await answer(cuong, 'GET', `/api/delegations/${noiVu}`)).status).toBe(200);
  expect((await answer(cuong, 'GET', `/api/delegations/${elsewhere}`)).status).toBe(404);
  const hai = await sessionOf(stack.db, 'hai');
  expect((await answer(hai, 'GET', `/api/delegations/${elsewhere}`)).status).toBe(200);
});
