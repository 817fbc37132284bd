// The administration pages over plain HTTP against a real stack: each lists, and changes through a
// form post carrying the CSRF token; a bad input is shown next to its field by rule ID, keeps what
// was typed and changes nothing; people without the role are refused. A calendar override changes
// the working days the proposal live check counts. Then an administrator in chromium adds a person
// and gives them a role, with screenshots of every administration page.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadCalendar } from '../../activities/calendarActivities';
import { addDays, daysFromToday, proposalFor } from '../fixtures/proposals';
import { apiKeyHeaders, sessionOf, type TestSession } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';
import { openBrowser, screenshotDir } from './browser';

let stack: TestStack;
let admin: TestSession;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  admin = await sessionOf(stack.db, 'quan-tri');
});
afterAll(() => stack?.stop());

/** dd/mm/yyyy of an ISO day, as the forms take dates. */
const vn = (iso: string) => iso.split('-').reverse().join('/');

/** Posts a form as the page would: urlencoded, with the session's CSRF token unless told not to. */
async function post(path: string, s: TestSession, fields: Record<string, string>, csrf = true) {
  const res = await fetch(`${stack.baseUrl}${path}`, {
    method: 'POST',
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(csrf ? { _csrf: s.csrfToken, ...fields } : fields),
    redirect: 'manual',
  });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
}

async function page(path: string, s: TestSession) {
  const res = await fetch(`${stack.baseUrl}${path}`, { headers: { cookie: s.cookie } });
  return { status: res.status, html: await res.text() };
}

/** The problem shown next to a field. */
const problemAt = (html: string, field: string) =>
  new RegExp(`data-field-error="${field.replace(/\./g, '\\.')}">([^<]+)`).exec(html)?.[1];

/**
 * Posts a form as the administrator that must be refused with `status`, the problem shown next to
 * `field` (an input problem by its rule ID); the page shown again.
 */
async function refused(
  path: string,
  fields: Record<string, string>,
  status: number,
  field: string,
) {
  const res = await post(path, admin, fields);
  const problem = status === 422 ? expect.stringMatching(/^R-INPUT: /) : expect.any(String);
  expect([res.status, problemAt(res.html, field)]).toEqual([status, problem]);
  return res.html;
}

/** Posts a form as the administrator that must be saved, going back to `back`. */
async function saved(path: string, fields: Record<string, string>, back: string) {
  const res = await post(path, admin, fields);
  expect([res.status, res.location]).toEqual([303, back]);
}

test('only administrators reach the pages; the nav offers them Administration, policy readers Policies', async () => {
  const an = await sessionOf(stack.db, 'an');
  for (const path of [
    '/admin',
    '/admin/people',
    '/admin/people/an',
    '/admin/units',
    '/admin/roles',
    '/admin/substitutes',
    '/admin/calendar',
  ]) {
    expect([path, (await page(path, an)).status]).toEqual([path, 403]);
    expect([path, (await page(path, admin)).status]).toEqual([path, 200]);
  }
  const refused = await post('/admin/people', an, { name: 'Kẻ lạ', email: 'la@camau.gov.vn' });
  expect(refused.status).toBe(403);
  expect(await stack.db.person.count({ where: { email: 'la@camau.gov.vn' } })).toBe(0);
  expect((await page('/admin/policies', an)).status).toBe(403);

  expect((await page('/dashboard', an)).html).not.toContain('href="/admin');
  const auditor = await sessionOf(stack.db, 'minh');
  expect((await page('/dashboard', auditor)).html).toContain('href="/admin/policies"');
  const index = await page('/admin', admin);
  expect(index.html).toContain('<a href="/admin">Quản trị</a>');
  for (const href of ['people', 'units', 'roles', 'substitutes', 'policies', 'calendar']) {
    expect(index.html).toContain(`href="/admin/${href}"`);
  }
  // An administrator who reads no delegations is sent to the administration, not a dashboard.
  const home = await fetch(`${stack.baseUrl}/`, {
    headers: { cookie: admin.cookie },
    redirect: 'manual',
  });
  expect(home.headers.get('location')).toBe('/admin');
});

test('people: the list, adding and changing a person; a bad or duplicate address is refused by field', async () => {
  const list = await page('/admin/people', admin);
  expect(list.html).toContain('Nguyễn Văn An');
  expect(list.html).toContain('Cán bộ đơn vị');

  const count = await stack.db.person.count();
  const hoa = { name: 'Lý Thị Hoa', unitId: 'so-noi-vu', locale: 'vi' };
  const bad = await refused('/admin/people', { ...hoa, email: 'khong-phai-thu' }, 422, 'email');
  expect(problemAt(bad, 'email')).toMatch(/^R-INPUT: Trường email/);
  expect(bad).toContain('value="Lý Thị Hoa"');
  expect(bad).toMatch(/<option value="so-noi-vu" selected>/);
  const taken = await refused('/admin/people', { ...hoa, email: 'an@camau.gov.vn' }, 409, 'email');
  expect(problemAt(taken, 'email')).toMatch(/^Đã có một bản ghi/);
  expect(await stack.db.person.count()).toBe(count);

  const person = (id: string) => stack.db.person.findUniqueOrThrow({ where: { id } });
  await saved(
    '/admin/people',
    { ...hoa, id: 'hoa', email: 'hoa@camau.gov.vn', locale: 'en' },
    '/admin/people',
  );
  expect(await person('hoa')).toMatchObject({ ...hoa, locale: 'en' });
  expect((await page('/admin/people', admin)).html).toContain('hoa@camau.gov.vn');

  const form = await page('/admin/people/hoa', admin);
  expect(form.html).toContain('value="hoa@camau.gov.vn"');
  await refused(
    '/admin/people/hoa',
    { name: '', email: 'hoa@camau.gov.vn', locale: 'en' },
    422,
    'name',
  );
  expect((await person('hoa')).name).toBe('Lý Thị Hoa');
  const mai = { name: 'Lý Thị Hoa Mai', email: 'hoa.mai@camau.gov.vn', locale: 'vi' };
  await saved('/admin/people/hoa', { ...mai, unitId: '' }, '/admin/people');
  expect(await person('hoa')).toMatchObject({ ...mai, unitId: null });
  expect((await page('/admin/people/nobody', admin)).status).toBe(404);

  // Without the CSRF token nothing is written.
  const forged = await post('/admin/people', admin, { name: 'X', email: 'x@camau.gov.vn' }, false);
  expect(forged.status).toBe(403);
  expect(await stack.db.person.count({ where: { email: 'x@camau.gov.vn' } })).toBe(0);
});

test('units: adding one, and ending one into its successor; a bad id or self-succession is refused', async () => {
  const unit = { name: 'Sở Y tế', provinceId: 'ca-mau' };
  const bad = await refused('/admin/units', { ...unit, id: 'Sở Y Tế', validFrom: '' }, 422, 'id');
  expect(bad).toContain('value="Sở Y Tế"');
  expect(await stack.db.unit.count({ where: { name: 'Sở Y tế' } })).toBe(0);

  const committee = { directCommitteeId: 'ca-mau-dang-uy-ubnd', validFrom: '01/01/2026' };
  await saved('/admin/units', { ...unit, ...committee, id: 'so-y-te' }, '/admin/units');
  expect((await page('/admin/units', admin)).html).toContain('Sở Y tế');

  const end = { unitId: 'so-y-te', validTo: '30/06/2026' };
  await refused('/admin/units/end', { ...end, successorId: 'so-y-te' }, 422, 'successorId');
  expect((await stack.db.unit.findUniqueOrThrow({ where: { id: 'so-y-te' } })).validTo).toBeNull();

  await saved('/admin/units/end', { ...end, successorId: 'so-noi-vu' }, '/admin/units');
  expect(await stack.db.unit.findUnique({ where: { id: 'so-y-te' } })).toMatchObject({
    validTo: new Date('2026-06-30T00:00:00Z'),
    successorId: 'so-noi-vu',
  });
  expect((await page('/admin/units', admin)).html).toContain('30/06/2026');
});

test('roles: giving one and ending it; a role in the wrong place is refused by field', async () => {
  const misplaced = await refused(
    '/admin/roles',
    { personId: 'binh', role: 'unit_staff', unitId: '', bodyId: 'ca-mau-thuong-truc' },
    422,
    'bodyId',
  );
  expect(misplaced).toMatch(/<option value="binh" selected>/);
  expect(await stack.db.roleAssignment.count({ where: { personId: 'binh' } })).toBe(1);

  const given = { personId: 'binh', role: 'committee_member', bodyId: 'ca-mau-dang-uy-ubnd' };
  await saved('/admin/roles', given, '/admin/roles');
  const row = await stack.db.roleAssignment.findFirstOrThrow({
    where: { personId: 'binh', role: 'committee_member' },
  });
  expect(row.validTo).toBeNull();
  expect((await page('/admin/roles', admin)).html).toContain(`/admin/roles/${row.id}/end`);

  const ended = await post(`/admin/roles/${row.id}/end`, admin, {});
  expect(ended.status).toBe(303);
  const after = await stack.db.roleAssignment.findUniqueOrThrow({ where: { id: row.id } });
  expect(after.validTo?.getTime()).toBeLessThanOrEqual(Date.now());
  expect((await post('/admin/roles/nothing/end', admin, {})).status).toBe(404);
});

test('substitutes: naming one over whole days and ending it; standing in for oneself is refused', async () => {
  const fields = {
    absentId: 'cuong',
    startsAt: vn(daysFromToday(3)),
    endsAt: vn(daysFromToday(5)),
  };
  const path = '/admin/substitutes';
  const self = await refused(path, { ...fields, substituteId: 'cuong' }, 422, 'substituteId');
  expect(self).toContain(`value="${fields.startsAt}"`);
  const badDay = { ...fields, substituteId: 'dung', endsAt: '31/02/2026' };
  await refused(path, badDay, 422, 'endsAt');
  expect(await stack.db.substitute.count()).toBe(0);

  await saved(path, { ...fields, substituteId: 'dung' }, path);
  const row = await stack.db.substitute.findFirstOrThrow();
  // Whole days in Vietnam: from 00:00 of the first to 24:00 of the last (UTC+7).
  expect(row.startsAt.toISOString()).toBe(`${addDays(daysFromToday(3), -1)}T17:00:00.000Z`);
  expect(row.endsAt.toISOString()).toBe(`${daysFromToday(5)}T17:00:00.000Z`);
  expect((await page('/admin/substitutes', admin)).html).toContain('Phạm Thị Dung');

  expect((await post(`/admin/substitutes/${row.id}/end`, admin, {})).status).toBe(303);
  // It had not begun, so it ends as it would have started: it never runs.
  const ended = await stack.db.substitute.findUniqueOrThrow({ where: { id: row.id } });
  expect(ended.endsAt.getTime()).toBe(row.startsAt.getTime());
});

test('policies: administrators add a version, others only read; a past day or a blank number is refused', async () => {
  const auditor = await sessionOf(stack.db, 'minh');
  const read = await page('/admin/policies', auditor);
  expect(read.status).toBe(200);
  expect(read.html).toContain('R-NOTICE');
  expect(read.html).not.toContain('action="/admin/policies/ca-mau"');
  expect(read.html).not.toContain('name="values.');

  const form = await page('/admin/policies', admin);
  expect(form.html).toContain('action="/admin/policies/ca-mau"');
  const filled = Object.fromEntries(
    [...form.html.matchAll(/name="(values\.[^"]+)" value="(\d+)"/g)].map((m) => [m[1], m[2]]),
  ) as Record<string, string>;
  expect(filled['values.noticeWorkingDays']).toBe('10');
  expect((await post('/admin/policies/ca-mau', auditor, filled)).status).toBe(403);

  const path = '/admin/policies/ca-mau';
  const later = { ...filled, effectiveFrom: vn(daysFromToday(2)) };
  await refused(path, { ...later, 'values.annualQuota': '' }, 422, 'values.annualQuota');
  const past = await refused(
    path,
    { ...filled, effectiveFrom: '01/01/2020' },
    422,
    'effectiveFrom',
  );
  expect(past).toContain('value="01/01/2020"');
  expect(await stack.db.policyVersion.count()).toBe(0);

  await saved(path, { ...later, 'values.annualQuota': '3' }, '/admin/policies');
  const row = await stack.db.policyVersion.findFirstOrThrow();
  expect(row).toMatchObject({ provinceId: 'ca-mau', createdBy: 'quan-tri' });
  expect((row.values as { annualQuota: number }).annualQuota).toBe(3);
  expect((await page('/admin/policies', auditor)).html).toContain(
    `Từ ${later.effectiveFrom} 00:00`,
  );
});

test('calendar: a day off added on the page is one working day fewer in the live check, until removed', async () => {
  const an = await sessionOf(stack.db, 'an');
  const departure = daysFromToday(35);
  const check = async () => {
    const res = await fetch(`${stack.baseUrl}/api/proposals/check`, {
      method: 'POST',
      headers: { ...an.headers, 'content-type': 'application/json' },
      body: JSON.stringify(proposalFor({ departureDate: departure })),
    });
    return ((await res.json()) as { workingDaysToDeparture: number }).workingDaysToDeparture;
  };
  const calendar = await loadCalendar(stack.db);
  let day = daysFromToday(10);
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  const before = await check();

  const path = '/admin/calendar';
  const fields = { kind: 'day_off', name: 'Nghỉ đột xuất', source: 'Công văn 1/VPCP' };
  const badDate = await refused(path, { ...fields, date: '32/13/2026' }, 422, 'date');
  expect(badDate).toContain('value="Nghỉ đột xuất"');
  expect(await stack.db.calendarOverride.count()).toBe(0);

  await saved(path, { ...fields, date: vn(day) }, path);
  expect(await check()).toBe(before - 1);
  expect((await page(path, admin)).html).toContain(vn(day));

  const twice = await refused(path, { ...fields, date: vn(day), name: 'Lần hai' }, 409, 'date');
  expect(problemAt(twice, 'date')).toMatch(/^Ngày này đã có một điều chỉnh/);
  expect(await stack.db.calendarOverride.count()).toBe(1);

  const { id } = await stack.db.calendarOverride.findFirstOrThrow();
  expect((await post(`/admin/calendar/${id}/remove`, admin, {})).status).toBe(303);
  expect(await check()).toBe(before);
});

test('the calendar-overrides JSON API: list, add (with the new calendar version), remove; refusals', async () => {
  const key = await apiKeyHeaders(stack.db, { role: 'administrator' });
  const call = async (method: string, path: string, body?: unknown, headers = key) => {
    const res = await fetch(`${stack.baseUrl}/api/admin/calendar-overrides${path}`, {
      method,
      headers: { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const empty = await call('GET', '');
  expect(empty.body.overrides).toEqual([]);
  const saturday = { date: '2026-12-26', kind: 'working_day', name: 'Làm bù', source: 'CV 2' };
  const made = await call('POST', '', saturday);
  expect(made.status).toBe(201);
  expect(made.body).toMatchObject(saturday);
  expect(made.body.calendarVersion).not.toBe(empty.body.calendarVersion);
  expect((await call('GET', '')).body.overrides).toEqual([expect.objectContaining(saturday)]);
  expect((await call('POST', '', { ...saturday, kind: 'holiday' })).body).toEqual({
    errors: [expect.objectContaining({ rule: 'R-INPUT', field: 'kind' })],
  });
  expect((await call('POST', '', saturday)).status).toBe(409);
  const staff = await apiKeyHeaders(stack.db, { role: 'unit_staff', unitId: 'so-noi-vu' });
  expect((await call('GET', '', undefined, staff)).status).toBe(403);
  const removed = await call('DELETE', `/${String(made.body.id)}`);
  expect(removed.body.calendarVersion).toBe(empty.body.calendarVersion);
  expect((await call('DELETE', `/${String(made.body.id)}`)).status).toBe(404);
});

const shot = (p: Page, name: string) =>
  p.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });

test('in chromium, an administrator adds a person and gives them a role', async () => {
  await mkdir(screenshotDir, { recursive: true });
  const browser = await openBrowser();
  try {
    const [name, value] = admin.cookie.split('=') as [string, string];
    await browser.context.addCookies([{ name, value, url: stack.baseUrl }]);
    const p = await browser.context.newPage();
    await p.goto(`${stack.baseUrl}/`);
    expect(new URL(p.url()).pathname).toBe('/admin');
    await shot(p, 'admin-index');
    await p.getByRole('link', { name: 'Người dùng' }).first().click();

    await p.getByLabel('Họ và tên', { exact: true }).fill('Trịnh Văn Khoa');
    await p.getByLabel('Thư điện tử (dùng để đăng nhập)', { exact: true }).fill('khoa@@camau');
    await p
      .getByLabel('Đơn vị công tác', { exact: true })
      .selectOption({ label: 'Sở Nông nghiệp và Môi trường' });
    await p.getByRole('button', { name: 'Thêm người dùng' }).click();
    await p.getByRole('alert').waitFor();
    expect(await p.getByLabel('Họ và tên', { exact: true }).inputValue()).toBe('Trịnh Văn Khoa');
    await shot(p, 'admin-people-refused');
    await p
      .getByLabel('Thư điện tử (dùng để đăng nhập)', { exact: true })
      .fill('khoa@camau.gov.vn');
    await p.getByRole('button', { name: 'Thêm người dùng' }).click();
    await p.getByRole('cell', { name: 'khoa@camau.gov.vn' }).waitFor();
    await shot(p, 'admin-people');

    await p.getByRole('link', { name: 'Vai trò', exact: true }).first().click();
    await p.getByLabel('Người dùng', { exact: true }).selectOption({ label: 'Trịnh Văn Khoa' });
    await p.getByLabel('Vai trò', { exact: true }).selectOption({ label: 'Cán bộ đơn vị' });
    await p.getByLabel('Đơn vị (chỉ cho cán bộ đơn vị)').selectOption({
      label: 'Sở Nông nghiệp và Môi trường',
    });
    await p.getByRole('button', { name: 'Giao vai trò' }).click();
    await p
      .getByRole('button', { name: 'Kết thúc vai trò Cán bộ đơn vị — Trịnh Văn Khoa' })
      .waitFor();
    await shot(p, 'admin-roles');
    const khoa = await stack.db.person.findUniqueOrThrow({
      where: { email: 'khoa@camau.gov.vn' },
      include: { roles: true },
    });
    expect(khoa.roles.map((r) => [r.role, r.unitId, r.validTo])).toEqual([
      ['unit_staff', 'so-nong-nghiep', null],
    ]);

    for (const section of ['units', 'substitutes', 'policies', 'calendar']) {
      await p.goto(`${stack.baseUrl}/admin/${section}`);
      await shot(p, `admin-${section}`);
    }
    await browser.context.addCookies([{ name: 'lang', value: 'en', url: stack.baseUrl }]);
    await p.goto(`${stack.baseUrl}/admin/people`);
    await p.getByRole('heading', { name: 'People' }).waitFor();
    await shot(p, 'admin-people-en');
  } finally {
    await browser.close();
  }
});
