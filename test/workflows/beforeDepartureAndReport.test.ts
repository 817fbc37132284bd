// Changes before departure (postpone, cancel, enlarge) and a report window across Tết, on the
// time-skipping server with the real activities, database and SMTP server.
import { createWorkingCalendar } from '../../domain/calendar';
import { addDays } from '../fixtures/proposals';
import { stateQuery } from '../../workflows/messages';
import { DelegationDriver, reportBody } from '../support/delegationDriver';
import { startTestStack, type TestStack } from '../support/testStack';

let stack: TestStack;
let drive: DelegationDriver;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  drive = new DelegationDriver(stack);
});
afterAll(() => stack?.stop());

const calendar = createWorkingCalendar();
const stateOf = (id: string) =>
  stack.env.client.workflow.getHandle(`delegation-${id}`).query(stateQuery);

/** The first day of the next Tết that is still more than 40 days away on the server's clock. */
async function nextTet(): Promise<string> {
  const soonest = await drive.dateInDays(40);
  const year = Number(soonest.slice(0, 4));
  for (const y of [year, year + 1]) {
    const tet = calendar.holidaysOf(y).find((h) => h.name === 'Tết Nguyên Đán' && h.date > soonest);
    if (tet) return tet.date;
  }
  throw new Error('no Tết found');
}

async function approved(title: string, o: Parameters<DelegationDriver['proposal']>[0] = {}) {
  const proposal = await drive.proposal({ title, ...o });
  const { body } = await drive.submit(proposal);
  await drive.postForm(await drive.linkFor('cuong', title), { decision: 'approve' });
  await drive.waitForStage(body.id, 'awaiting_departure');
  return { id: body.id, proposal };
}

// First in the file: the server's clock has not been skipped yet, so next Tết is ahead of it.
test('Tết inside the report window moves the report deadline', async () => {
  const tet = await nextTet();
  const returnDate = addDays(tet, -2);
  const title = 'Đoàn về trước Tết';
  const { id } = await approved(title, { departureDate: addDays(returnDate, -2), tripDays: 2 });
  await drive.skipUntil(`${returnDate}T23:59:59.999+07:00`);
  await drive.waitForStage(id, 'report_due');
  const due = (await stateOf(id)).deadlines.report;
  expect(due?.dueDate).toBe(calendar.addWorkingDays(returnDate, 10));
  // A plain Monday–Friday count would have ended before the Tết days were taken into account.
  let plain = returnDate;
  for (let n = 0; n < 10;) {
    plain = addDays(plain, 1);
    const wd = new Date(`${plain}T00:00:00Z`).getUTCDay();
    if (wd !== 0 && wd !== 6) n++;
  }
  expect((due?.dueDate ?? '') > plain).toBe(true);
  expect((await drive.postJson(`/api/delegations/${id}/report`, reportBody)).status).toBe(200);
});

test('a postponement in the same year is re-checked and accepted in place; approvers are told', async () => {
  const title = 'Đoàn hoãn lịch';
  // A week's postponement must stay in the same year, or it is a change of year (back to review).
  let departureDate = await drive.dateInDays(35);
  if (addDays(departureDate, 7).slice(0, 4) !== departureDate.slice(0, 4))
    departureDate = await drive.dateInDays(50);
  const { id, proposal } = await approved(title, { departureDate });
  const later = addDays(proposal.departureDate, 7);
  const res = await drive.postJson(`/api/delegations/${id}/changes`, {
    basedOnVersion: 1,
    reason: 'Đơn vị tiếp đón đề nghị lùi lịch một tuần.',
    proposal: { ...proposal, departureDate: later, returnDate: addDays(proposal.returnDate, 7) },
  });
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ stage: 'awaiting_departure', proposalVersion: 2 });
  await stack.mailbox.waitFor((m) => m.subject.includes(title) && m.subject.includes('thay đổi'));
  await drive.skipUntil(`${proposal.departureDate}T12:00:00.000+07:00`);
  expect((await drive.view(id)).stage).toBe('awaiting_departure');
  await drive.skipUntil(`${later}T00:00:00.000+07:00`);
  await drive.waitForStage(id, 'on_trip');
});

test('a change that enlarges the approved team goes back to the committee', async () => {
  const title = 'Đoàn thêm người';
  const { id, proposal } = await approved(title, { members: 5 });
  const extra = {
    name: 'Người Mới Thêm',
    email: 'moi.them@camau.gov.vn',
    position: 'Chuyên viên',
    isKeyLeader: false,
    isDelegationLeader: false,
  };
  const res = await drive.postJson(`/api/delegations/${id}/changes`, {
    basedOnVersion: 1,
    reason: 'Bổ sung chuyên viên phụ trách số hóa.',
    proposal: { ...proposal, members: [...proposal.members, extra] },
  });
  expect(res.body).toEqual({ stage: 'committee_review', proposalVersion: 2 });
  await drive.waitForStage(id, 'committee_review');
  await drive.postForm(await drive.linkFor('cuong', `xem xét: ${title}`, 2), {
    decision: 'approve',
  });
  const v = await drive.waitForStage(id, 'awaiting_departure');
  expect(v.approvedTeamSize).toBe(6);
});

test('a change that breaks a content rule is refused with its rule ID and changes nothing', async () => {
  const title = 'Đoàn đổi sai';
  const { id, proposal } = await approved(title);
  const res = await drive.postJson(`/api/delegations/${id}/changes`, {
    basedOnVersion: 1,
    reason: 'Ở lại lâu hơn.',
    proposal: {
      ...proposal,
      destinations: proposal.destinations.map((d) => ({ ...d, daysOnSite: 3 })),
      returnDate: addDays(proposal.departureDate, 5),
    },
  });
  expect(res.status).toBe(422);
  expect((res.body.errors as { rule: string }[]).map((e) => e.rule)).toContain(
    'R-DAYS-PER-DESTINATION',
  );
  expect((await drive.view(id)).proposalVersion).toBe(1);
});

test('a cancellation before departure frees the quota slot and tells the approvers', async () => {
  const title = 'Đoàn bị hủy';
  const { id } = await approved(title);
  const res = await drive.postJson(`/api/delegations/${id}/cancellation`, {
    reason: 'Không còn kinh phí.',
  });
  expect(res.status).toBe(200);
  expect(res.body.stage).toBe('cancelled');
  await drive.waitForStage(id, 'cancelled');
  const row = await stack.db.delegation.findUniqueOrThrow({ where: { id } });
  expect(row.countsTowardQuota).toBe(false);
  await stack.mailbox.waitFor(
    (m) =>
      m.to[0]?.address.startsWith('cuong') === true &&
      m.subject.includes(title) &&
      m.subject.includes('hủy'),
  );
});

test('an early return recorded during the trip moves the report deadline', async () => {
  const title = 'Đoàn về sớm';
  const { id, proposal } = await approved(title, { tripDays: 3 });
  await drive.skipUntil(`${proposal.departureDate}T00:00:00.000+07:00`);
  await drive.waitForStage(id, 'on_trip');
  const actual = addDays(proposal.departureDate, 1);
  const res = await drive.postJson(`/api/delegations/${id}/return-date`, {
    actualReturnDate: actual,
    reason: 'Hoàn thành sớm chương trình làm việc.',
  });
  expect(res.status).toBe(200);
  await drive.skipUntil(`${actual}T23:59:59.999+07:00`);
  await drive.waitForStage(id, 'report_due');
  expect((await stateOf(id)).deadlines.report?.dueDate).toBe(calendar.addWorkingDays(actual, 10));
});
