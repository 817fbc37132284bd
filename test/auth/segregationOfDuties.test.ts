// Nobody decides on or reviews a delegation they proposed or travel in: not through an emailed
// action link (its page says why, its form is refused), not through the API. And a link works
// without a session only for the person it was mailed to.
import { issueActionToken } from '../../activities/actionTokens';
import { demoEmail } from '../../prisma/seedDemo';
import { proposalFor } from '../fixtures/proposals';
import { DelegationDriver } from '../support/delegationDriver';
import { apiKeyHeaders, sessionOf } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';
import { readModelDelegation } from './readModelRow';

let stack: TestStack;
let drive: DelegationDriver;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  drive = new DelegationDriver(stack);
  // Vinh works in Sở Nội vụ and also sits on its direct party committee.
  await stack.db.person.create({
    data: { id: 'vinh', name: 'Trương Văn Vinh', email: demoEmail('vinh'), unitId: 'so-noi-vu' },
  });
  await stack.db.roleAssignment.createMany({
    data: [
      {
        personId: 'vinh',
        role: 'unit_staff',
        unitId: 'so-noi-vu',
        validFrom: new Date('2025-01-01'),
      },
      {
        personId: 'vinh',
        role: 'committee_member',
        bodyId: 'ca-mau-dang-uy-ubnd',
        validFrom: new Date('2025-01-01'),
      },
    ],
  });
});
afterAll(() => stack?.stop());

const reviewBody = {
  outcomes: [{ problemIndex: 0, outcome: 'partly', evidence: 'Tỷ lệ tăng từ 18% lên 22%.' }],
  rating: 'good',
};

test('the submitter and a traveller are refused on their action links; a colleague decides', async () => {
  const title = 'Đoàn có người nộp trong cấp ủy';
  const proposal = proposalFor({ title });
  proposal.members[1] = {
    ...(proposal.members[1] as (typeof proposal.members)[number]),
    email: demoEmail('dung'),
  };
  const vinh = await sessionOf(stack.db, 'vinh');
  const created = await fetch(`${stack.baseUrl}/api/delegations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...vinh.headers },
    body: JSON.stringify(proposal),
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await stack.db.delegation.findUniqueOrThrow({ where: { id } })).submittedById).toBe(
    'vinh',
  );

  // They are not mailed a link at all…
  const cuongLink = await drive.linkFor('cuong', title);
  for (const person of ['vinh', 'dung']) {
    expect(
      (await stack.mailbox.to(demoEmail(person))).filter((m) => m.subject.includes(title)),
    ).toEqual([]);
  }
  // …and a link issued to them anyway (say, before they joined the delegation) is refused.
  for (const [person, why] of [
    ['vinh', 'là người nộp đề xuất'],
    ['dung', 'là thành viên của đoàn'],
  ]) {
    const token = await issueActionToken(stack.db, {
      purpose: 'decision',
      delegationId: id,
      stage: 'committee_review',
      proposalVersion: 1,
      approverId: person as string,
      allowedDecisions: ['approve', 'reject', 'return'],
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const link = `${stack.baseUrl}/a/${token}`;
    const page = await fetch(link);
    expect(page.status).toBe(403);
    expect(await page.text()).toContain(why);
    const posted = await drive.postForm(link, { decision: 'approve' });
    expect(posted.status).toBe(403);
  }
  expect(await stack.db.decision.count({ where: { delegationId: id } })).toBe(0);

  // A link forwarded to someone signed in is theirs to read about, not to use.
  const dungSignedIn = (await sessionOf(stack.db, 'dung')).cookie;
  const forwarded = await fetch(cuongLink, { headers: { cookie: dungSignedIn } });
  expect(forwarded.status).toBe(403);
  expect(await forwarded.text()).toContain('Lê Văn Cường');
  const forwardedPost = await fetch(cuongLink, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: dungSignedIn },
    body: 'decision=approve',
  });
  expect(forwardedPost.status).toBe(403);
  expect(await stack.db.decision.count({ where: { delegationId: id } })).toBe(0);

  // Without a session, the link works for the person it was mailed to.
  expect((await drive.postForm(cuongLink, { decision: 'approve' })).status).toBe(200);
  const v = await drive.waitForStage(id, 'awaiting_departure');
  expect(v.decisions).toEqual([expect.objectContaining({ decision: 'approve', actorId: 'cuong' })]);
});

test('a leader who travels in the delegation, or proposed it, may not review it through the API', async () => {
  const travelled = await readModelDelegation(stack.db, {
    title: 'Đoàn có lãnh đạo đi cùng',
    stage: 'accountability_review',
    memberEmails: ['truong@camau.gov.vn', demoEmail('hai')],
  });
  const proposed = await readModelDelegation(stack.db, {
    title: 'Đoàn do lãnh đạo nộp',
    stage: 'accountability_review',
    submittedById: 'hai',
  });
  const hai = await sessionOf(stack.db, 'hai');
  const leaderKey = await apiKeyHeaders(stack.db, {
    role: 'provincial_leadership',
    bodyId: 'ca-mau-ubnd',
  });
  const review = (id: string, headers: Record<string, string>, body: object = reviewBody) =>
    fetch(`${stack.baseUrl}/api/delegations/${id}/review`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  for (const [id, conflict] of [
    [travelled, 'member of this delegation'],
    [proposed, 'submitted this proposal'],
  ] as const) {
    const bySession = await review(id, hai.headers);
    expect(bySession.status).toBe(403);
    expect(await bySession.json()).toMatchObject({
      error: 'ConflictOfInterest',
      message: expect.stringContaining(conflict),
    });
    expect((await review(id, leaderKey, { ...reviewBody, reviewerId: 'hai' })).status).toBe(403);
  }
  // A key records a review for a named leader only; a signed-in leader only for themselves.
  expect((await review(travelled, leaderKey)).status).toBe(422);
  expect((await review(travelled, leaderKey, { ...reviewBody, reviewerId: 'an' })).status).toBe(
    422,
  );
  expect(
    (await review(travelled, hai.headers, { ...reviewBody, reviewerId: 'cuong' })).status,
  ).toBe(422);
  expect(await stack.db.review.count()).toBe(0);
});
