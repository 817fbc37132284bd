// The web pages over plain HTTP (no browser): where `/` sends people, the proposal form's
// refusal with every violation next to its form row, the live-check endpoint, and what each
// role's dashboard shows.
import { demoEmail } from '../../prisma/seedDemo';
import { DelegationDriver, reportBody } from '../support/delegationDriver';
import { startTestStack, type TestStack } from '../support/testStack';
import { sessionOf, type TestSession } from '../support/testCredentials';
import { isoIn, proposalFormOf, vn } from './proposalFormFields';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
});
afterAll(() => stack?.stop());

const formOf = (s: TestSession, departureDate: string, returnDate: string) =>
  proposalFormOf(s, { title: 'Đoàn học tập qua biểu mẫu', departureDate, returnDate });

const post = (path: string, s: TestSession, body: URLSearchParams) =>
  fetch(`${stack.baseUrl}${path}`, {
    method: 'POST',
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body,
    redirect: 'manual',
  });
const page = async (path: string, s: TestSession) => {
  const res = await fetch(`${stack.baseUrl}${path}`, { headers: { cookie: s.cookie } });
  return { status: res.status, html: await res.text() };
};

test('`/` and every page send the anonymous browser to sign in, and the signed-in to their dashboard', async () => {
  const anonymous = await fetch(`${stack.baseUrl}/`, { redirect: 'manual' });
  expect([anonymous.status, anonymous.headers.get('location')]).toEqual([303, '/auth/sign-in']);
  const an = await sessionOf(stack.db, 'an');
  const signedIn = await fetch(`${stack.baseUrl}/`, {
    headers: { cookie: an.cookie },
    redirect: 'manual',
  });
  expect([signedIn.status, signedIn.headers.get('location')]).toEqual([303, '/dashboard']);

  // A page opened from an email before signing in: a browser is shown the way in, a client 401.
  const page = (accept: string) =>
    fetch(`${stack.baseUrl}/delegations/any`, { headers: { accept }, redirect: 'manual' });
  const browser = await page('text/html,application/xhtml+xml,*/*;q=0.8');
  expect([browser.status, browser.headers.get('location')]).toEqual([303, '/auth/sign-in']);
  expect((await page('application/json')).status).toBe(401);
  expect((await page('*/*')).status).toBe(401);
});

test('a refused form shows each violation by rule ID next to the row it belongs to, and stores nothing', async () => {
  const an = await sessionOf(stack.db, 'an');
  const tooSoon = await post('/delegations/new', an, formOf(an, vn(isoIn(2)), vn(isoIn(4))));
  expect(tooSoon.status).toBe(422);
  expect(await tooSoon.text()).toContain('data-field-error="departureDate">R-NOTICE:');

  const form = formOf(an, vn(isoIn(40)), vn(isoIn(42)));
  // Row 4 filled with a bad address, rows 1–3 blank: the error must land on row 4.
  form.set('members.3.name', 'Trần Văn Phó');
  form.set('members.3.email', 'khong-phai-email');
  form.set('members.3.position', 'Phó Giám đốc');
  const res = await post('/delegations/new', an, form);
  expect(res.status).toBe(422);
  const html = await res.text();
  expect(html).toContain('data-field-error="members.3.email">R-MEMBERS:');
  expect(html).toContain('value="Trần Văn Phó"');
  expect(await stack.db.delegation.count()).toBe(0);
});

test('the live check answers with the violations, the working days to departure and the caps', async () => {
  const an = await sessionOf(stack.db, 'an');
  const res = await post('/api/proposals/check', an, formOf(an, vn(isoIn(2)), vn(isoIn(4))));
  expect(res.status).toBe(200);
  const body = (await res.json()) as {
    errors: { rule: string; field: string }[];
    workingDaysToDeparture: number;
    noticeWorkingDays: number;
    teamSizeCap: { head: number; deputy: number };
  };
  expect(body.errors.map((x) => [x.rule, x.field])).toEqual([['R-NOTICE', 'departureDate']]);
  expect(body.workingDaysToDeparture).toBeLessThan(body.noticeWorkingDays);
  expect(body.teamSizeCap).toEqual({ head: 10, deputy: 7 });

  const later = await post('/api/proposals/check', an, formOf(an, vn(isoIn(40)), vn(isoIn(42))));
  expect(((await later.json()) as { errors: unknown[] }).errors).toEqual([]);
  // Another unit's staff is answered like an unknown unit, as by POST /api/delegations.
  const binh = await sessionOf(stack.db, 'binh');
  const foreign = await post(
    '/api/proposals/check',
    binh,
    formOf(binh, vn(isoIn(40)), vn(isoIn(42))),
  );
  expect(foreign.status).toBe(422);
});

test('each role’s dashboard: the unit its stages and quota, the committee what waits for it, the province filters', async () => {
  const an = await sessionOf(stack.db, 'an');
  const submitted = await post('/delegations/new', an, formOf(an, vn(isoIn(40)), vn(isoIn(42))));
  expect(submitted.status).toBe(303);
  const id = (submitted.headers.get('location') ?? '').split('/').pop() as string;
  await stack.mailbox.waitFor((m) => m.subject.includes('Đoàn học tập qua biểu mẫu'));

  const unit = await page('/dashboard', an);
  expect(unit.html).toContain('<h3>Cấp ủy trực tiếp xem xét</h3>');
  expect(unit.html).toMatch(/đã dùng <strong>\d\/2<\/strong>/);

  const cuong = await page('/dashboard', await sessionOf(stack.db, 'cuong'));
  expect(cuong.html).toContain('Chờ anh/chị cho ý kiến');
  expect(cuong.html).toContain(`href="/delegations/${id}"`);

  const hai = await sessionOf(stack.db, 'hai');
  const filtered = await page('/dashboard?stage=committee_review&overdue=1', hai);
  expect(filtered.html).toContain('<legend>Lọc</legend>');
  expect(filtered.html).not.toContain(`href="/delegations/${id}"`);
  expect((await page('/dashboard?unitId=so-noi-vu', hai)).html).toContain(
    `href="/delegations/${id}"`,
  );

  const minh = await page(`/delegations/${id}`, await sessionOf(stack.db, 'minh'));
  expect(minh.html).toContain(`href="/audit/delegations/${id}"`);
  expect(minh.html).toContain('85.000.000');
  const other = await page(`/delegations/${id}`, await sessionOf(stack.db, 'binh'));
  expect(other.status).toBe(404);
});

test('the report form appears when the report is due and files the report through the workflow', async () => {
  const drive = new DelegationDriver(stack);
  const proposal = await drive.proposal({ title: 'Đoàn nộp báo cáo qua trang' });
  const created = await drive.submit(proposal);
  expect(created.status).toBe(201);
  const id = created.body.id;
  await drive.postForm(await drive.linkFor('cuong', 'Đoàn nộp báo cáo qua trang'), {
    decision: 'approve',
  });
  await drive.waitForStage(id, 'awaiting_departure');
  await drive.skipUntil(`${proposal.returnDate}T23:59:59.999+07:00`);
  await drive.waitForStage(id, 'report_due');

  // A unit's key is enough for the page: a script posting the form needs no CSRF token.
  const staff = await drive.staffOf(proposal.unitId);
  const shown = await fetch(`${stack.baseUrl}/delegations/${id}`, { headers: staff });
  expect(await shown.text()).toContain(`action="/delegations/${id}/report"`);
  const empty = await fetch(`${stack.baseUrl}/delegations/${id}/report`, {
    method: 'POST',
    headers: { ...staff, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ goodExperiences: 'Chỉ một mục' }),
  });
  expect(empty.status).toBe(422);
  expect(await empty.text()).toContain('R-REPORT');
  const filed = await fetch(`${stack.baseUrl}/delegations/${id}/report`, {
    method: 'POST',
    headers: { ...staff, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      learned_0: reportBody.problems[0]?.learned ?? '',
      measured_0: '22%',
      goodExperiences: reportBody.goodExperiences,
      effectivePractices: reportBody.effectivePractices,
      recommendations: reportBody.recommendations,
    }),
    redirect: 'manual',
  });
  expect([filed.status, filed.headers.get('location')]).toEqual([303, `/delegations/${id}`]);
  expect(await stack.db.report.count({ where: { delegationId: id } })).toBe(1);
  const after = await fetch(`${stack.baseUrl}/delegations/${id}`, { headers: staff });
  expect(await after.text()).not.toContain(`action="/delegations/${id}/report"`);
});

test('a sign-in posted with Origin: null is judged by Sec-Fetch-Site', async () => {
  await fetch(`${stack.baseUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoEmail('lan') }),
  });
  const mails = await stack.mailbox.waitFor((m) =>
    m.to.some((t) => t.address === demoEmail('lan')),
  );
  const link = /(https?:\/\/\S+\/auth\/sign-in\/[A-Za-z0-9_-]+)/.exec(mails[0]?.text ?? '')?.[1];
  const send = (site: string) =>
    fetch(link ?? '', { method: 'POST', headers: { origin: 'null', 'sec-fetch-site': site } });
  expect((await send('cross-site')).status).toBe(403);
  expect((await send('same-site')).status).toBe(403);
  expect((await send('same-origin')).status).toBe(200);
});
