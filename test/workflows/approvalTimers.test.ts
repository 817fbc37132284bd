// Reminders, escalation and lapse of an undecided review, on working days from the policy, on
// the time-skipping server with the real activities, database and SMTP server.
import { createWorkingCalendar } from '../../domain/calendar';
import { defaultPolicyValues } from '../../domain/policy';
import { demoEmail } from '../../prisma/seedDemo';
import { stateQuery } from '../../workflows/messages';
import { DelegationDriver } from '../support/delegationDriver';
import { startTestStack, type TestStack } from '../support/testStack';

let stack: TestStack;
let drive: DelegationDriver;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  drive = new DelegationDriver(stack);
});
afterAll(() => stack?.stop());

const stateOf = (id: string) =>
  stack.env.client.workflow.getHandle(`delegation-${id}`).query(stateQuery);
/** The workflow's state once it satisfies `ready` (deadlines are computed by activities). */
async function stateWhen(id: string, ready: (s: Awaited<ReturnType<typeof stateOf>>) => boolean) {
  for (let i = 0; i < 150; i++) {
    const s = await stateOf(id);
    if (ready(s)) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('workflow state never became ready');
}
const mailsTo = async (person: string, subjectPart: string) =>
  (await stack.mailbox.to(demoEmail(person))).filter((m) => m.subject.includes(subjectPart));

test('a reminder after N working days (a day off in between moves it), then escalation to the standing committee and its chair; a worker restart loses nothing', async () => {
  const title = 'Đoàn chờ ý kiến lâu';
  const today = await drive.dateInDays(0);
  const calendar = createWorkingCalendar();
  // An administrator declares the next working day a day off: the reminder must move by one day.
  const dayOff = calendar.addWorkingDays(today, 1);
  await stack.db.calendarOverride.create({
    data: {
      date: new Date(`${dayOff}T00:00:00Z`),
      kind: 'day_off',
      name: 'Nghỉ đột xuất',
      source: 'Quyết định thử nghiệm',
    },
  });
  const withDayOff = createWorkingCalendar({
    extraOverrides: [{ date: dayOff, kind: 'day_off', name: 'x', source: 'y' }],
  });

  const { body } = await drive.submit(
    await drive.proposal({ title, departureDate: await drive.dateInDays(60) }),
  );
  await drive.linkFor('cuong', title);
  const state = await stateWhen(body.id, (s) => s.deadlines.escalation !== undefined);
  const expectedReminder = withDayOff.addWorkingDays(
    today,
    defaultPolicyValues.reminderWorkingDays,
  );
  expect(state.deadlines.reminder?.dueDate).toBe(expectedReminder);
  expect(expectedReminder).not.toBe(
    calendar.addWorkingDays(today, defaultPolicyValues.reminderWorkingDays),
  );

  // The worker dies in the middle of the wait; a new one carries on from history.
  await stack.restartWorker();
  await drive.skipUntil(state.deadlines.reminder?.dueAt as string, -3_600_000);
  expect(await mailsTo('cuong', '[Nhắc lại]')).toHaveLength(0);
  await drive.skipUntil(state.deadlines.reminder?.dueAt as string);
  await stack.mailbox.waitFor(
    (m) => m.subject.startsWith('[Nhắc lại]') && m.subject.includes(title),
    2,
  );

  await drive.skipUntil(state.deadlines.escalation?.dueAt as string);
  await drive.waitForStage(body.id, 'standing_committee_review');
  const [toStanding] = await stack.mailbox.waitFor(
    (m) => m.to[0]?.address === demoEmail('giang') && m.subject.includes(title),
  );
  expect(toStanding?.text).toContain('Cấp ủy trực tiếp chưa cho ý kiến sau 5 ngày làm việc');

  const standing = await stateWhen(
    body.id,
    (s) =>
      s.stage === 'standing_committee_review' &&
      s.deadlines.escalation?.dueAt !== state.deadlines.escalation?.dueAt,
  );
  expect(standing.escalatedTo).toBe('standing_committee');
  await drive.skipUntil(standing.deadlines.escalation?.dueAt as string);
  const [toChair] = await stack.mailbox.waitFor(
    (m) =>
      m.to[0]?.address === demoEmail('em') &&
      m.subject.includes(title) &&
      (m.text ?? '').includes('đề nghị đồng chí Thường trực'),
  );
  expect(toChair).toBeDefined();
  expect((await stateOf(body.id)).escalatedTo).toBe('chair');

  // The chair decides from the escalation link.
  const res = await drive.postForm(await drive.linkFor('em', title, 2), { decision: 'approve' });
  expect(res.status).toBe(200);
  await drive.waitForStage(body.id, 'awaiting_departure');
});

test('an undecided proposal lapses on its departure day and the unit is told', async () => {
  const title = 'Đoàn hết hiệu lực';
  const calendar = createWorkingCalendar();
  const departure = calendar.addWorkingDays(await drive.dateInDays(0), 11);
  const { body, status } = await drive.submit(
    await drive.proposal({ title, departureDate: departure }),
  );
  expect(status).toBe(201);
  await drive.skipUntil(`${departure}T00:00:00.000+07:00`);
  const v = await drive.waitForStage(body.id, 'lapsed');
  expect(v.stage).toBe('lapsed');
  await stack.mailbox.waitFor(
    (m) => m.subject.includes(title) && m.subject.includes('hết hiệu lực'),
  );
  const row = await stack.db.delegation.findUniqueOrThrow({ where: { id: body.id } });
  expect(row.countsTowardQuota).toBe(false);
});

test("a substitute's decision is recorded on behalf of the absent approver", async () => {
  const title = 'Đoàn có người thay thế';
  // Activities read the real clock, the skipped server clock is ahead: cover both.
  const serverNow = await stack.env.currentTimeMs();
  await stack.db.substitute.create({
    data: {
      absentId: 'cuong',
      substituteId: 'lan',
      startsAt: new Date(Date.now() - 86_400_000),
      endsAt: new Date(serverNow + 30 * 86_400_000),
    },
  });
  const { body } = await drive.submit(await drive.proposal({ title }));
  const link = await drive.linkFor('lan', title);
  expect(await mailsTo('cuong', title)).toHaveLength(0);
  const page = await (await fetch(link)).text();
  expect(page).toContain('thay cho Lê Văn Cường');
  expect((await drive.postForm(link, { decision: 'approve' })).status).toBe(200);
  const v = await drive.waitForStage(body.id, 'awaiting_departure');
  expect(v.decisions[0]).toMatchObject({ actorId: 'lan', onBehalfOfId: 'cuong' });
  await stack.db.substitute.deleteMany({});
});
