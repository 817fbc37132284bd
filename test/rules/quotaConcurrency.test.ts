// R-ANNUAL-QUOTA under a race: two proposals of one unit posted at the same moment for its last
// free slot of the year. The per-unit-and-year advisory lock serialises them: one is accepted,
// the other refused, and the unit never holds more delegations than its quota.
import { defaultPolicyValues } from '../../domain/policy';
import { DelegationDriver } from '../support/delegationDriver';
import { startTestStack, type TestStack } from '../support/testStack';

let stack: TestStack;
let drive: DelegationDriver;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  drive = new DelegationDriver(stack);
});
afterAll(() => stack?.stop());

const quota = defaultPolicyValues.annualQuota;
const rounds = [1, 2, 3, 4, 5];

test.each(rounds)(
  'round %i: of two simultaneous proposals for the last slot, exactly one is accepted',
  async (round) => {
    const first = await drive.proposal({ title: `Đoàn đầu tiên ${round}` });
    const { unitId, departureDate } = first;
    for (let i = 1; i < quota; i++) {
      const earlier = await drive.submit({ ...first, title: `Đoàn trước ${round}-${i}` });
      expect(earlier.status).toBe(201);
    }

    const racing = await Promise.all(
      ['Đoàn tranh suất A', 'Đoàn tranh suất B'].map((t) =>
        drive.submit({ ...first, title: `${t} ${round}` }),
      ),
    );

    expect(racing.map((r) => r.status).sort()).toEqual([201, 422]);
    const refused = racing.find((r) => r.status === 422);
    expect(refused?.body.errors).toEqual([expect.objectContaining({ rule: 'R-ANNUAL-QUOTA' })]);
    const year = Number(departureDate.slice(0, 4));
    expect(await stack.db.delegation.count({ where: { unitId, year } })).toBe(quota);
  },
);
