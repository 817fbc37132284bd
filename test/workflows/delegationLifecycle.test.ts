// The delegation workflow end to end on the time-skipping server, with the real activities,
// database and SMTP server: weeks of waiting pass in seconds.
import { demoEmail } from '../../prisma/seedDemo';
import { DelegationDriver, reportBody } from '../support/delegationDriver';
import { startTestStack, type TestStack } from '../support/testStack';

let stack: TestStack;
let drive: DelegationDriver;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  drive = new DelegationDriver(stack);
});
afterAll(() => stack?.stop());

const endOfLocalDay = (date: string) => `${date}T23:59:59.999+07:00`;
const startOfLocalDay = (date: string) => `${date}T00:00:00.000+07:00`;

test('an approved delegation travels through every stage to closed', async () => {
  const proposal = await drive.proposal({ title: 'Đoàn trọn vòng đời' });
  const created = await drive.submit(proposal);
  expect(created.status).toBe(201);
  const id = created.body.id;
  expect(created.body.escalation).toBe(false);

  const link = await drive.linkFor('cuong', 'Đoàn trọn vòng đời');
  const decided = await drive.postForm(link, { decision: 'approve' });
  expect(decided.status).toBe(200);
  await drive.waitForStage(id, 'awaiting_departure');

  await drive.skipUntil(startOfLocalDay(proposal.departureDate));
  await drive.waitForStage(id, 'on_trip');
  await drive.skipUntil(endOfLocalDay(proposal.returnDate));
  const due = await drive.waitForStage(id, 'report_due');
  expect(due.deadlines.reportDueAt).not.toBeNull();

  const filed = await drive.postJson(`/api/delegations/${id}/report`, reportBody);
  expect(filed.status).toBe(200);
  await drive.waitForStage(id, 'accountability_review');

  const reviewLink = await drive.linkFor('hai', 'Đoàn trọn vòng đời');
  // The reviewer weighs the target against what the report measured.
  const reviewPage = await (await fetch(reviewLink)).text();
  expect(reviewPage).toContain('báo cáo ghi nhận <strong>22%</strong>');
  const reviewed = await drive.postForm(reviewLink, {
    outcome_0: 'partly',
    evidence_0: 'Tỷ lệ tăng từ 18% lên 22% sau ba tháng.',
    rating: 'good',
  });
  expect(reviewed.status).toBe(200);
  const closed = await drive.waitForStage(id, 'closed');
  expect(closed.decisions.map((d) => d.decision)).toEqual(['approve']);
  const report = await stack.db.report.findUniqueOrThrow({ where: { delegationId: id } });
  expect(report.late).toBe(false);
  const review = await stack.db.review.findUniqueOrThrow({ where: { delegationId: id } });
  expect(review.rating).toBe('good');
});

test.each([
  ['head', 11],
  ['deputy', 8],
] as const)(
  'a team of %s-led %i members is escalated to the standing committee',
  async (leaderRank, members) => {
    const title = `Đoàn đông ${leaderRank} ${members}`;
    const created = await drive.submit(await drive.proposal({ title, leaderRank, members }));
    expect(created.status).toBe(201);
    expect(created.body.escalation).toBe(true);
    const id = created.body.id;
    await drive.postForm(await drive.linkFor('dung', title), { decision: 'approve' });
    await drive.waitForStage(id, 'standing_committee_review');
    const res = await drive.postForm(await drive.linkFor('em', title), { decision: 'approve' });
    expect(res.status).toBe(200);
    const v = await drive.waitForStage(id, 'awaiting_departure');
    expect(v.approvedTeamSize).toBe(members);
    expect(v.decisions.map((d) => [d.stage, d.decision])).toEqual([
      ['committee_review', 'approve'],
      ['standing_committee_review', 'approve'],
    ]);
  },
);

test.each([
  ['head', 10],
  ['deputy', 7],
] as const)('a team of %s-led %i members stays with the committee', async (leaderRank, members) => {
  const title = `Đoàn vừa đủ ${leaderRank} ${members}`;
  const created = await drive.submit(await drive.proposal({ title, leaderRank, members }));
  expect(created.body.escalation).toBe(false);
  await drive.postForm(await drive.linkFor('cuong', title), { decision: 'approve' });
  await drive.waitForStage(created.body.id, 'awaiting_departure');
});

test('the standing committee can approve a reduced team; the unit trims and it proceeds', async () => {
  const title = 'Đoàn phải rút gọn';
  const proposal = await drive.proposal({ title, members: 12 });
  const { body } = await drive.submit(proposal);
  await drive.postForm(await drive.linkFor('cuong', title), { decision: 'approve' });
  await drive.waitForStage(body.id, 'standing_committee_review');
  await drive.postForm(await drive.linkFor('giang', title), {
    decision: 'approve_reduced',
    maxTeamSize: '9',
  });
  await drive.waitForStage(body.id, 'amendment_requested');
  const trimmed = { ...proposal, members: proposal.members.slice(0, 9) };
  const amended = await drive.postJson(`/api/delegations/${body.id}/amendments`, {
    basedOnVersion: 1,
    proposal: trimmed,
  });
  expect(amended.status).toBe(200);
  const v = await drive.waitForStage(body.id, 'awaiting_departure');
  expect(v.approvedTeamSize).toBe(9);
  expect(v.proposalVersion).toBe(2);
});

test('a rejection ends the delegation and tells the unit', async () => {
  const title = 'Đoàn bị từ chối';
  const { body } = await drive.submit(await drive.proposal({ title }));
  const res = await drive.postForm(await drive.linkFor('cuong', title), {
    decision: 'reject',
    comment: 'Trùng nội dung đã học năm trước.',
  });
  expect(res.status).toBe(200);
  const v = await drive.waitForStage(body.id, 'rejected');
  expect(v.decisions[0]).toMatchObject({ decision: 'reject', actorId: 'cuong' });
  await stack.mailbox.waitFor(
    (m) => m.subject.includes(title) && m.subject.includes('không được chấp thuận'),
  );
});

test('a returned proposal is amended and reviewed again', async () => {
  const title = 'Đoàn trả lại chỉnh sửa';
  const proposal = await drive.proposal({ title });
  const { body } = await drive.submit(proposal);
  await drive.postForm(await drive.linkFor('cuong', title), {
    decision: 'return',
    comment: 'Bổ sung kế hoạch chi tiết.',
  });
  await drive.waitForStage(body.id, 'amendment_requested');
  const amended = { ...proposal, studyPlan: `${proposal.studyPlan} Ngày 3: tổng kết.` };
  expect(
    (
      await drive.postJson(`/api/delegations/${body.id}/amendments`, {
        basedOnVersion: 1,
        proposal: amended,
      })
    ).status,
  ).toBe(200);
  await drive.waitForStage(body.id, 'committee_review');
  const second = await drive.linkFor('cuong', title, 2);
  await drive.postForm(second, { decision: 'approve' });
  const v = await drive.waitForStage(body.id, 'awaiting_departure');
  expect(v.proposalVersion).toBe(2);
});

test('a report deadline that passes flags the delegation overdue; the late report is recorded as late', async () => {
  const title = 'Đoàn báo cáo muộn';
  const proposal = await drive.proposal({ title });
  const { body } = await drive.submit(proposal);
  await drive.postForm(await drive.linkFor('cuong', title), { decision: 'approve' });
  await drive.waitForStage(body.id, 'awaiting_departure');
  await drive.skipUntil(endOfLocalDay(proposal.returnDate));
  const due = await drive.waitForStage(body.id, 'report_due');
  await drive.skipUntil(due.deadlines.reportDueAt as string, 3 * 86_400_000);
  await stack.mailbox.waitFor((m) => m.subject.includes(title) && m.subject.includes('quá hạn'));
  expect((await drive.view(body.id)).overdue).toBe(true);
  // The escalation reaches the provincial leadership and the organization board too.
  for (const person of ['hai', 'lan']) {
    await stack.mailbox.waitFor(
      (m) =>
        m.to[0]?.address === demoEmail(person) &&
        m.subject.includes(title) &&
        m.subject.includes('quá hạn'),
    );
  }
  expect((await drive.postJson(`/api/delegations/${body.id}/report`, reportBody)).status).toBe(200);
  await drive.waitForStage(body.id, 'accountability_review');
  const report = await stack.db.report.findUniqueOrThrow({ where: { delegationId: body.id } });
  expect(report.late).toBe(true);
  expect(report.workingDaysLate).toBeGreaterThan(0);
});
