// On the real Temporal dev server, real PostgreSQL, real SMTP server and real HTTP: a proposal is
// created over HTTP, the committee's email is read from the SMTP server, its link is opened
// (which changes nothing) and the form is posted.
import { hashToken } from '../../activities/actionTokens';
import { demoEmail } from '../../prisma/seedDemo';
import { DelegationDriver } from '../support/delegationDriver';
import { startTestStack, type TestStack } from '../support/testStack';

let stack: TestStack;
let drive: DelegationDriver;

beforeAll(async () => {
  stack = await startTestStack('dev-server');
  drive = new DelegationDriver(stack);
});
afterAll(() => stack?.stop());

test('committee decides from the emailed link after a worker restart; GET and HEAD change nothing; a second POST is refused', async () => {
  const title = 'Đoàn tích hợp đầu cuối';
  await stack.db.person.update({ where: { id: 'dung' }, data: { locale: 'en' } });
  const created = await drive.submit(await drive.proposal({ title }));
  expect(created.status).toBe(201);
  const id = created.body.id;

  const link = await drive.linkFor('cuong', title);
  // Each person reads mail in their own language: Phạm Thị Dung chose English.
  const [english] = await stack.mailbox.waitFor(
    (m) => m.to[0]?.address === demoEmail('dung') && m.subject.includes(title),
  );
  expect(english?.subject).toBe(`Direct party committee review: ${title}`);
  expect(english?.text).toContain('Review and decide');
  expect(english?.html).toContain('<a href=');
  expect(link.startsWith(`${stack.baseUrl}/a/`)).toBe(true);
  const token = link.split('/a/')[1] as string;

  // A mail scanner opening the link (GET and HEAD) decides nothing.
  for (const method of ['GET', 'HEAD', 'GET']) {
    const res = await fetch(link, { method, headers: { 'user-agent': 'SafeLinks scanner' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  }
  const page = await (await fetch(link)).text();
  expect(page).toContain(title);
  expect(page).toContain('<form method="post"');
  expect((await drive.view(id)).stage).toBe('committee_review');
  expect(await stack.db.decision.count({ where: { delegationId: id } })).toBe(0);
  const tokenRow = await stack.db.actionToken.findUniqueOrThrow({
    where: { tokenHash: hashToken(token) },
  });
  expect(tokenRow.usedAt).toBeNull();

  // The worker dies while the delegation waits for its decision; a new one carries on.
  await stack.restartWorker();

  const decided = await drive.postForm(link, { decision: 'approve' });
  expect(decided.status).toBe(200);
  expect(decided.html).toContain('Đã ghi nhận');
  const v = await drive.waitForStage(id, 'awaiting_departure');
  expect(v.decisions).toEqual([expect.objectContaining({ decision: 'approve', actorId: 'cuong' })]);

  const again = await drive.postForm(link, { decision: 'reject', comment: 'Đổi ý.' });
  expect(again.status).toBe(409);
  expect(again.html).toContain('Lê Văn Cường');
  expect(again.html).toContain('đã cho ý kiến');
  expect(await stack.db.decision.count({ where: { delegationId: id } })).toBe(1);
  expect((await drive.view(id)).stage).toBe('awaiting_departure');

  // The stage is visible as a search attribute in the Temporal UI (visibility).
  const handle = stack.env.client.workflow.getHandle(`delegation-${id}`);
  const description = await handle.describe();
  expect(description.typedSearchAttributes.getAll().map((p) => [p.key.name, p.value])).toEqual(
    expect.arrayContaining([['DelegationStage', 'awaiting_departure']]),
  );
});

test('an approver who chose English gets the link page, its refusals and a used link in English; the switch to Vietnamese wins', async () => {
  const title = 'Đoàn duyệt bằng tiếng Anh';
  await stack.db.person.update({ where: { id: 'dung' }, data: { locale: 'en' } });
  const created = await drive.submit(await drive.proposal({ title }));
  expect(created.status).toBe(201);
  const id = created.body.id;
  const link = await drive.linkFor('dung', title);
  const path = new URL(link).pathname;

  const english = await (await fetch(link)).text();
  expect(english).toContain('<html lang="en"');
  expect(english).toContain('<h1>Direct party committee review</h1>');
  for (const name of ['Approve', 'Reject', 'Return for changes'])
    expect(english).toContain(`> ${name}</label>`);
  expect(english).toContain('Problems to solve');
  expect(english).toContain(`href="/language/vi?back=${encodeURIComponent(path)}"`);

  // The switch keeps Vietnamese in a cookie and comes back to the link; the cookie wins.
  const switched = await fetch(`${stack.baseUrl}/language/vi?back=${encodeURIComponent(path)}`, {
    redirect: 'manual',
  });
  expect(switched.status).toBe(303);
  expect(switched.headers.get('location')).toBe(path);
  const cookie = switched.headers.get('set-cookie')?.split(';')[0] ?? '';
  expect(cookie).toBe('lang=vi');
  const vietnamese = await (await fetch(link, { headers: { cookie } })).text();
  expect(vietnamese).toContain('<html lang="vi"');
  expect(vietnamese).toContain('<h1>Cấp ủy trực tiếp xem xét</h1>');
  expect(vietnamese).toContain('> Trả lại để chỉnh sửa</label>');
  expect(vietnamese).toContain(`href="/language/en?back=${encodeURIComponent(path)}"`);

  // Returned without saying what to change: refused in English, the choice kept, nothing recorded.
  const refused = await drive.postForm(link, { decision: 'return' });
  expect(refused.status).toBe(422);
  expect(refused.html).toContain('<html lang="en"');
  expect(refused.html).toContain('R-INPUT: Please say what needs to change.');
  expect(refused.html).toContain('value="return" checked');
  expect(await stack.db.decision.count({ where: { delegationId: id } })).toBe(0);

  const decided = await drive.postForm(await drive.linkFor('cuong', title), {
    decision: 'approve',
  });
  expect(decided.status).toBe(200);
  const used = await fetch(link);
  expect(used.status).toBe(409);
  const usedHtml = await used.text();
  expect(usedHtml).toContain('<html lang="en"');
  expect(usedHtml).toContain('This proposal has already been decided');
  expect(usedHtml).toContain('Lê Văn Cường decided «Approve»');
  expect(usedHtml).toContain(`href="/language/vi?back=${encodeURIComponent(path)}"`);
});

test('health answers 200 when Temporal and the database answer; OpenAPI documents every route', async () => {
  const health = await fetch(`${stack.baseUrl}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ database: true, temporal: true });
  const doc = (await (await fetch(`${stack.baseUrl}/openapi.json`)).json()) as {
    openapi: string;
    paths: Record<string, unknown>;
  };
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      '/healthz',
      '/openapi.json',
      '/api/delegations',
      '/api/delegations/{id}',
      '/a/{token}',
    ]),
  );
});
