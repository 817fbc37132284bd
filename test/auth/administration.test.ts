// The administrator manages people, units, role assignments, substitutes, API keys and sessions
// through the API; a revoked session or key, or an ended role, is refused from the next request.
import { apiKeyHeaders, sessionOf, type Headers } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';

let stack: TestStack;
let admin: Headers;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  admin = (await sessionOf(stack.db, 'quan-tri')).headers;
});
afterAll(() => stack?.stop());

async function call(method: string, path: string, headers: Headers, body?: unknown) {
  const res = await fetch(`${stack.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: (text ? JSON.parse(text) : undefined) as Record<string, unknown>,
  };
}

test('a session revoked by the administrator is refused from its next request', async () => {
  const an = await sessionOf(stack.db, 'an');
  expect((await call('GET', '/api/delegations', an.headers)).status).toBe(200);
  const listed = await call('GET', '/api/admin/sessions?personId=an', admin);
  expect(listed.body.sessions).toEqual([expect.objectContaining({ id: an.id, personId: 'an' })]);
  expect((await call('DELETE', `/api/admin/sessions/${an.id}`, admin)).status).toBe(204);
  expect((await call('GET', '/api/delegations', an.headers)).status).toBe(401);
  expect((await call('GET', '/api/admin/sessions?personId=an', admin)).body.sessions).toEqual([]);
});

test('an API key made through the API works until revoked; an expired key never does', async () => {
  const adminKey = await apiKeyHeaders(stack.db, { role: 'administrator' });
  const made = await call('POST', '/api/admin/api-keys', adminKey, {
    name: 'Hệ thống một cửa',
    role: 'unit_staff',
    unitId: 'so-noi-vu',
  });
  expect(made.status).toBe(201);
  expect(made.body).toMatchObject({
    role: 'unit_staff',
    unitId: 'so-noi-vu',
    key: expect.stringMatching(/^sdk_/),
  });
  const key = { authorization: `Bearer ${String(made.body.key)}` };
  expect((await call('GET', '/api/delegations', key)).status).toBe(200);
  const row = await stack.db.apiKey.findUniqueOrThrow({ where: { id: String(made.body.id) } });
  expect(row.keyHash).not.toContain(String(made.body.key).slice(4, 20));
  expect(JSON.stringify((await call('GET', '/api/admin/api-keys', adminKey)).body)).not.toContain(
    String(made.body.key),
  );

  expect(
    (await call('DELETE', `/api/admin/api-keys/${String(made.body.id)}`, adminKey)).status,
  ).toBe(204);
  expect((await call('GET', '/api/delegations', key)).status).toBe(401);

  const misplaced = await call('POST', '/api/admin/api-keys', adminKey, {
    name: 'x',
    role: 'committee_member',
  });
  expect(misplaced.status).toBe(422);

  const expiring = await call('POST', '/api/admin/api-keys', adminKey, {
    name: 'Hết hạn',
    role: 'auditor',
    expiresAt: new Date(Date.now() + 60_000).toISOString(),
  });
  await stack.db.apiKey.update({
    where: { id: String(expiring.body.id) },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  expect(
    (
      await call('GET', '/api/delegations', {
        authorization: `Bearer ${String(expiring.body.key)}`,
      })
    ).status,
  ).toBe(401);
});

test('people and their roles: a new person holds what is assigned, until the assignment ends', async () => {
  const person = await call('POST', '/api/admin/people', admin, {
    id: 'tuan',
    email: 'tuan@camau.gov.vn',
    name: 'Đỗ Minh Tuấn',
    unitId: 'so-nong-nghiep',
  });
  expect(person.status).toBe(201);
  expect(
    (await call('POST', '/api/admin/people', admin, { email: 'tuan@camau.gov.vn', name: 'Trùng' }))
      .status,
  ).toBe(409);
  expect((await call('PATCH', '/api/admin/people/khong-co', admin, { name: 'X' })).status).toBe(
    404,
  );
  expect(
    (await call('PATCH', '/api/admin/people/tuan', admin, { unitId: 'khong-co' })).status,
  ).toBe(422);

  for (const wrong of [
    { role: 'unit_staff' },
    { role: 'committee_member', bodyId: 'ca-mau-ban-to-chuc' },
    { role: 'auditor', unitId: 'so-noi-vu' },
  ]) {
    expect(
      (await call('POST', '/api/admin/role-assignments', admin, { personId: 'tuan', ...wrong }))
        .status,
    ).toBe(422);
  }
  const assigned = await call('POST', '/api/admin/role-assignments', admin, {
    personId: 'tuan',
    role: 'unit_staff',
    unitId: 'so-nong-nghiep',
  });
  expect(assigned.status).toBe(201);

  const tuan = await sessionOf(stack.db, 'tuan');
  const me = await call('GET', '/api/session', tuan.headers);
  expect(me.body).toMatchObject({
    id: 'tuan',
    grants: [{ role: 'unit_staff', unitId: 'so-nong-nghiep' }],
  });
  expect((await call('GET', '/api/delegations', tuan.headers)).status).toBe(200);

  const ended = await call(
    'DELETE',
    `/api/admin/role-assignments/${String(assigned.body.id)}`,
    admin,
  );
  expect(ended.status).toBe(200);
  expect(ended.body.validTo).not.toBeNull();
  expect((await call('GET', '/api/delegations', tuan.headers)).status).toBe(403);
  expect(
    (await call('GET', '/api/admin/role-assignments?personId=tuan', admin)).body.assignments,
  ).toHaveLength(1);
});

test('units merge: valid-to and successor, and the unit that answers for each today', async () => {
  for (const id of ['phong-a', 'phong-b', 'so-hop-nhat']) {
    expect(
      (
        await call('POST', '/api/admin/units', admin, {
          id,
          provinceId: 'ca-mau',
          name: id,
          validFrom: '2024-01-01',
        })
      ).status,
    ).toBe(201);
  }
  expect(
    (
      await call('POST', '/api/admin/units', admin, {
        id: 'phong-a',
        provinceId: 'ca-mau',
        name: 'Trùng',
      })
    ).status,
  ).toBe(409);
  await call('PATCH', '/api/admin/units/phong-a', admin, {
    validTo: '2025-03-31',
    successorId: 'phong-b',
  });
  const merged = await call('PATCH', '/api/admin/units/phong-b', admin, {
    validTo: '2025-06-30',
    successorId: 'so-hop-nhat',
  });
  expect(merged.body).toMatchObject({
    validTo: '2025-06-30',
    successorId: 'so-hop-nhat',
    currentSuccessorId: 'so-hop-nhat',
  });
  const units = (await call('GET', '/api/admin/units', admin)).body.units as {
    id: string;
    currentSuccessorId: string;
  }[];
  expect(units.find((u) => u.id === 'phong-a')?.currentSuccessorId).toBe('so-hop-nhat');
  expect(
    (await call('PATCH', '/api/admin/units/phong-a', admin, { successorId: 'phong-a' })).status,
  ).toBe(422);
  expect(
    (await call('PATCH', '/api/admin/units/phong-a', admin, { successorId: 'khong-co' })).status,
  ).toBe(422);
  expect((await call('PATCH', '/api/admin/units/khong-co', admin, { name: 'X' })).status).toBe(404);
});

test('substitutes: named for a period, refused for oneself or a backwards period, ended now', async () => {
  const startsAt = new Date(Date.now() - 3_600_000).toISOString();
  const endsAt = new Date(Date.now() + 86_400_000).toISOString();
  expect(
    (
      await call('POST', '/api/admin/substitutes', admin, {
        absentId: 'cuong',
        substituteId: 'cuong',
        startsAt,
        endsAt,
      })
    ).status,
  ).toBe(422);
  expect(
    (
      await call('POST', '/api/admin/substitutes', admin, {
        absentId: 'cuong',
        substituteId: 'dung',
        startsAt: endsAt,
        endsAt: startsAt,
      })
    ).status,
  ).toBe(422);
  const made = await call('POST', '/api/admin/substitutes', admin, {
    absentId: 'cuong',
    substituteId: 'dung',
    startsAt,
    endsAt,
  });
  expect(made.status).toBe(201);
  expect(
    (await call('GET', '/api/admin/substitutes?personId=dung', admin)).body.substitutes,
  ).toHaveLength(1);
  const ended = await call('DELETE', `/api/admin/substitutes/${String(made.body.id)}`, admin);
  expect(Date.parse(String(ended.body.endsAt))).toBeLessThanOrEqual(Date.now());
});
