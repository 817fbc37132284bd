// A proposal that breaks several rules is refused once, over HTTP, with every rule it breaks, and
// leaves nothing behind: no delegation row, no workflow (so no email to the committee).
import { DelegationDriver } from '../support/delegationDriver';
import { startTestStack, type TestStack } from '../support/testStack';

let stack: TestStack;
let drive: DelegationDriver;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  drive = new DelegationDriver(stack);
});
afterAll(() => stack?.stop());

test('one 422 lists every broken rule by ID and field, and nothing is stored or started', async () => {
  const title = 'Đoàn vi phạm nhiều quy định';
  const proposal = await drive.proposal({
    title,
    members: 4,
    departureDate: await drive.dateInDays(3),
  });
  proposal.members.slice(0, 3).forEach((m) => (m.isKeyLeader = true));
  const [destination] = proposal.destinations;
  if (destination) destination.daysOnSite = 3;
  const { purpose: _missing, ...withoutPurpose } = proposal;
  const delegationsBefore = await stack.db.delegation.count();

  const res = await fetch(`${stack.baseUrl}/api/delegations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await drive.staffOf(proposal.unitId)) },
    body: JSON.stringify(withoutPurpose),
  });

  expect(res.status).toBe(422);
  const { errors } = (await res.json()) as {
    errors: { rule: string; field: string; message: string; messageVi: string }[];
  };
  expect(errors.map((e) => [e.rule, e.field]).sort()).toEqual([
    ['R-CONTENT', 'purpose'],
    ['R-DAYS-PER-DESTINATION', 'destinations.0.daysOnSite'],
    ['R-KEY-LEADERS', 'members'],
    ['R-NOTICE', 'departureDate'],
  ]);
  for (const e of errors) {
    expect(e.message).toEqual(expect.any(String));
    expect(e.messageVi).toEqual(expect.any(String));
    expect(e.messageVi).not.toBe(e.message);
  }
  expect(await stack.db.delegation.count()).toBe(delegationsBefore);
  expect(await stack.db.delegation.count({ where: { unitId: proposal.unitId } })).toBe(0);

  // A valid proposal afterwards reaches the committee by email, so the silence about the
  // refused one is not a mail catcher that hears nothing.
  const control = await drive.submit(await drive.proposal({ title: 'Đoàn hợp lệ đối chứng' }));
  expect(control.status).toBe(201);
  await drive.linkFor('cuong', 'Đoàn hợp lệ đối chứng');
  const mails = await stack.mailbox.all();
  expect(mails.filter((m) => m.subject.includes(title))).toEqual([]);
});
