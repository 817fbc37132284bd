// What PostgreSQL cannot store is refused where it enters, naming the field: the zod type every
// text schema goes through (vnText) and the request-wide check mountRoutes puts before handlers.
import { defaultPolicyValues, policyValuesInputSchema } from '../../domain/policy';
import { unstorableReason } from '../../domain/storableText';
import { localDate, vnText } from '../../domain/vnText';
import { unstorableIn } from '../../api/storableRequest';

const nul = String.fromCharCode(0);

test.each([
  ['a NUL', `ab${nul}c`],
  ['a lone high surrogate', 'ab\uD800c'],
  ['a lone low surrogate', 'ab\uDC00'],
  ['a high surrogate at the end', 'ab\uDBFF'],
])('%s cannot be stored', (_name, text) => {
  expect(unstorableReason(text)).toBeDefined();
  expect(vnText().safeParse(text).success).toBe(false);
});

test.each(['Học tập chuyển đổi số', 'emoji 😀 paired', ''])('%j can be stored', (text) => {
  expect(unstorableReason(text)).toBeUndefined();
});

test('vnText names the reason in both languages', () => {
  const parsed = vnText().safeParse(`x${nul}`);
  expect(parsed.success).toBe(false);
  const issue = parsed.error?.issues[0];
  expect(issue?.message).toMatch(/NUL/);
  expect(issue?.code === 'custom' && issue.params?.messageVi).toMatch(/NUL/);
});

test('the request check names every field at any depth, keys included', () => {
  const found = unstorableIn('body', {
    title: `a${nul}`,
    members: [{ name: 'ok' }, { name: '\uD800' }],
    [`k${nul}`]: 'v',
    funding: { amountVnd: 1e300 },
    studyPlan: 'x'.repeat(100_000),
  });
  expect(found.map((v) => v.field).sort()).toEqual(
    ['funding.amountVnd', `k${nul}`, 'members.1.name', 'studyPlan', 'title'].sort(),
  );
  expect(found.every((v) => v.rule === 'R-INPUT' && v.messageVi.length > 0)).toBe(true);
});

test('path parameters and query values have their own ceilings', () => {
  expect(unstorableIn('path', { id: 'x'.repeat(201) })).toHaveLength(1);
  expect(unstorableIn('path', { id: 'x'.repeat(200) })).toHaveLength(0);
  expect(unstorableIn('query', { year: ['2027', `2${nul}`] })[0]?.field).toBe('year.1');
});

test('a 100 kB body lists at most 20 refusals', () => {
  const body = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, nul]));
  expect(unstorableIn('body', body)).toHaveLength(20);
});

describe('policy bounds', () => {
  test('the default policy is within them', () => {
    expect(policyValuesInputSchema.safeParse(defaultPolicyValues).success).toBe(true);
  });
  test.each([
    ['actionLinkValidDays', { actionLinkValidDays: 359_820_052 }],
    ['actionLinkValidDays', { actionLinkValidDays: 0 }],
    ['reviewWorkingDays', { reviewWorkingDays: 2_147_483_648 }],
    ['teamSizeCap.head', { teamSizeCap: { head: 1000, deputy: 7 } }],
    ['annualQuota', { annualQuota: -1 }],
    ['noticeWorkingDays', { noticeWorkingDays: 1.5 }],
  ])('%s out of range is refused, naming it', (field, change) => {
    const parsed = policyValuesInputSchema.safeParse({ ...defaultPolicyValues, ...change });
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});

// Years 0–99 would go through Date.UTC as 1900–1999 and break every calendar look-up after them.
test.each([
  ['0055-04-03', false],
  ['1899-12-31', false],
  ['1900-01-01', true],
  ['2027-03-15', true],
  ['2199-12-31', true],
  ['2200-01-01', false],
])('local date %s is accepted: %s', (date, ok) => {
  expect(localDate.safeParse(date).success).toBe(ok);
});
