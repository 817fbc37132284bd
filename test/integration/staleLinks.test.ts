// Every way an action link can go stale gets its own page, on the real dev server, database,
// SMTP server and HTTP; and two approvers posting at the same moment record one decision.
import { hashToken } from '../../activities/actionTokens';
import { DelegationDriver } from '../support/delegationDriver';
import { startTestStack, type TestStack } from '../support/testStack';

let stack: TestStack;
let drive: DelegationDriver;

beforeAll(async () => {
  stack = await startTestStack('dev-server');
  drive = new DelegationDriver(stack);
});
afterAll(() => stack?.stop());

async function submitted(title: string) {
  const proposal = await drive.proposal({ title });
  const { body } = await drive.submit(proposal);
  return {
    id: body.id,
    proposal,
    cuong: await drive.linkFor('cuong', title),
    dung: await drive.linkFor('dung', title),
  };
}

test('two approvers posting at the same moment record exactly one decision; the other is told who decided', async () => {
  const { id, cuong, dung } = await submitted('Đoàn hai người cùng duyệt');
  const [a, b] = await Promise.all([
    drive.postForm(cuong, { decision: 'approve' }),
    drive.postForm(dung, { decision: 'reject', comment: 'Chưa cần thiết.' }),
  ]);
  expect([a.status, b.status].sort()).toEqual([200, 409]);
  const loser = a.status === 409 ? a : b;
  expect(loser.html).toMatch(/(Lê Văn Cường|Phạm Thị Dung).*đã cho ý kiến/s);
  expect(await stack.db.decision.count({ where: { delegationId: id } })).toBe(1);
});

test('a link used after an amendment says the proposal was superseded', async () => {
  const title = 'Đoàn đã chỉnh sửa';
  const { id, proposal, cuong, dung } = await submitted(title);
  await drive.postForm(cuong, { decision: 'return', comment: 'Bổ sung kế hoạch.' });
  await drive.waitForStage(id, 'amendment_requested');
  const amended = await drive.postJson(`/api/delegations/${id}/amendments`, {
    basedOnVersion: 1,
    proposal: { ...proposal, studyPlan: `${proposal.studyPlan} Ngày 3: tổng kết.` },
  });
  expect(amended.status).toBe(200);
  for (const method of ['GET', 'POST'] as const) {
    const res =
      method === 'GET'
        ? await fetch(dung)
        : await fetch(dung, {
            method,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: 'decision=approve',
          });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Đề xuất đã được chỉnh sửa');
  }
  expect(await stack.db.decision.count({ where: { delegationId: id, proposalVersion: 2 } })).toBe(
    0,
  );
});

test('an expired link says so, and deciding through it changes nothing', async () => {
  const { id, cuong } = await submitted('Đoàn có đường dẫn hết hạn');
  const token = cuong.split('/a/')[1] as string;
  await stack.db.actionToken.update({
    where: { tokenHash: hashToken(token) },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  const page = await fetch(cuong);
  expect(page.status).toBe(410);
  expect(await page.text()).toContain('Đường dẫn đã hết hạn');
  const post = await drive.postForm(cuong, { decision: 'approve' });
  expect(post.status).toBe(410);
  expect((await drive.view(id)).stage).toBe('committee_review');
});

test('a link of a cancelled delegation says it was cancelled', async () => {
  const { id, cuong } = await submitted('Đoàn hủy khi đang xét');
  expect(
    (await drive.postJson(`/api/delegations/${id}/cancellation`, { reason: 'Thay đổi kế hoạch.' }))
      .status,
  ).toBe(200);
  await drive.waitForStage(id, 'cancelled');
  const page = await fetch(cuong);
  expect(page.status).toBe(409);
  expect(await page.text()).toContain('Đoàn đã bị hủy');
  expect((await drive.postForm(cuong, { decision: 'approve' })).status).toBe(409);
  expect(await stack.db.decision.count({ where: { delegationId: id } })).toBe(0);
});

test('an unknown token gets a plain page, not an error dump', async () => {
  const res = await fetch(`${stack.baseUrl}/a/khong-ton-tai-0123456789`);
  expect(res.status).toBe(404);
  const html = await res.text();
  expect(html).toContain('Đường dẫn không hợp lệ');
  expect(html).not.toMatch(/Error|at \w+ \(/);
  // Nobody's link has no approver's language: the browser's switch decides.
  const english = await fetch(`${stack.baseUrl}/a/khong-ton-tai-0123456789`, {
    headers: { cookie: 'lang=en' },
  });
  expect(english.status).toBe(404);
  const englishHtml = await english.text();
  expect(englishHtml).toContain('<html lang="en"');
  expect(englishHtml).toContain('<h1>Invalid link</h1>');
});
