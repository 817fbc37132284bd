// R-ANNUAL-REPORT end to end on the real Temporal dev server (Schedules need it), real PostgreSQL,
// real SMTP server and real HTTP: the yearly Schedule is created at start-up, triggered, and the
// organization board receives the summary of the year before; the API serves it as JSON, CSV and
// a page, and compiles it again on demand.
import { Worker } from '@temporalio/worker';
import type { AnnualSummary } from '../../domain/annualSummary';
import { yearSummarizedAt } from '../../domain/annualSummaryTiming';
import { demoEmail } from '../../prisma/seedDemo';
import {
  annualSummaryScheduleId,
  ensureAnnualSummarySchedules,
} from '../../worker/annualSummarySchedule';
import type { ReceivedEmail } from '../support/mailbox';
import { apiKeyHeaders, type Headers } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';
import { seedDelegation } from './yearFixture';

let stack: TestStack;
/** The Schedule's run compiles the year before the one it starts in. */
const year = yearSummarizedAt(new Date().toISOString());
const board = demoEmail('lan');
const isSummary = (m: ReceivedEmail) =>
  m.to.some((t) => t.address === board) && m.subject.includes(`năm ${year}`);
let missingReport: string;

beforeAll(async () => {
  stack = await startTestStack('dev-server');
  const { db } = stack;
  const unit = (id: string, name: string, more: { validTo?: Date; successorId?: string } = {}) =>
    db.unit.create({
      data: { id, name, provinceId: 'ca-mau', validFrom: new Date('2020-01-01'), ...more },
    });
  await unit('so-tai-chinh', 'Sở Tài chính');
  await unit('so-ke-hoach', 'Sở Kế hoạch và Đầu tư', {
    validTo: new Date(`${year}-06-30`),
    successorId: 'so-tai-chinh',
  });
  await unit('so-y-te', 'Sở Y tế');

  const d = (
    unitId: string,
    title: string,
    spec: Omit<Parameters<typeof seedDelegation>[1], 'unitId' | 'title' | 'year'>,
  ) => seedDelegation(db, { unitId, title, year, ...spec });
  await d('so-noi-vu', 'Nội vụ báo cáo đúng hạn', {
    stage: 'closed',
    report: 'on_time',
    review: { rating: 'excellent', outcome: 'resolved' },
    members: 5,
    fundingVnd: 85_000_000,
  });
  await d('so-noi-vu', 'Nội vụ báo cáo trễ', {
    stage: 'closed',
    report: 'late',
    review: { rating: 'not_fulfilled', outcome: 'not_resolved' },
    members: 6,
    fundingVnd: 40_000_000,
    province: 'Thừa Thiên Huế',
  });
  await d('so-noi-vu', 'Nội vụ bị từ chối', { stage: 'rejected' });
  missingReport = await d('so-nong-nghiep', 'Nông nghiệp chưa báo cáo', {
    stage: 'report_due',
    members: 4,
    fundingVnd: 30_000_000,
  });
  await d('so-nong-nghiep', 'Nông nghiệp chưa được đánh giá', {
    stage: 'accountability_review',
    report: 'on_time',
    members: 3,
    fundingVnd: 20_000_000,
  });
  await d('so-nong-nghiep', 'Nông nghiệp đã hủy', { stage: 'cancelled' });
  await d('so-nong-nghiep', 'Nông nghiệp hết hiệu lực', { stage: 'lapsed' });
  await d('so-nong-nghiep', 'Nông nghiệp đang xem xét', { stage: 'committee_review' });
  await d('so-ke-hoach', 'Kế hoạch trước sáp nhập', {
    stage: 'closed',
    report: 'on_time',
    review: { rating: 'good', outcome: 'resolved' },
    members: 2,
    fundingVnd: 10_000_000,
  });
  // Sở Y tế was left with an unresolved problem the year before and proposed nothing since.
  await seedDelegation(db, {
    unitId: 'so-y-te',
    title: 'Y tế học tập năm trước',
    year: year - 1,
    stage: 'closed',
    report: 'on_time',
    review: { rating: 'fulfilled', outcome: 'not_resolved' },
  });
});
afterAll(() => stack?.stop());

/** The organization board reads and compiles the province's summaries. */
let asBoard: Headers;
beforeAll(async () => {
  asBoard = await apiKeyHeaders(stack.db, {
    role: 'organization_board',
    bodyId: 'ca-mau-ban-to-chuc',
  });
});

const get = (path: string) => fetch(`${stack.baseUrl}${path}`, { headers: asBoard });

test('start-up creates the yearly Schedule (early January, Vietnam time) and updates it idempotently', async () => {
  const client = stack.env.client;
  expect(await ensureAnnualSummarySchedules(client, stack.db, stack.taskQueue)).toEqual([
    annualSummaryScheduleId('ca-mau'),
  ]);
  expect(await ensureAnnualSummarySchedules(client, stack.db, stack.taskQueue)).toEqual([
    annualSummaryScheduleId('ca-mau'),
  ]);

  const described = await client.schedule.getHandle(annualSummaryScheduleId('ca-mau')).describe();
  expect(described.spec.timezone).toBe('Asia/Ho_Chi_Minh');
  expect(described.spec.calendars).toEqual([
    expect.objectContaining({
      month: [{ start: 'JANUARY', end: 'JANUARY', step: 1 }],
      dayOfMonth: [{ start: 5, end: 5, step: 1 }],
      hour: [{ start: 7, end: 7, step: 1 }],
    }),
  ]);
  expect(described.action).toMatchObject({
    type: 'startWorkflow',
    workflowType: 'annualSummaryWorkflow',
    taskQueue: stack.taskQueue,
    args: [{ provinceId: 'ca-mau' }],
  });
  const next = described.info.nextActionTimes[0] as Date;
  expect(next.toISOString()).toMatch(/-01-05T00:00:00\.000Z$/);
});

test('triggering the Schedule emails the summary of the year before to the organization board', async () => {
  await stack.env.client.schedule.getHandle(annualSummaryScheduleId('ca-mau')).trigger();
  const [mail] = (await stack.mailbox.waitFor(isSummary, 1, 60_000)) as [ReceivedEmail];

  expect(mail.subject).toBe(
    `Tổng hợp đoàn đi học tập, trao đổi kinh nghiệm ngoài tỉnh năm ${year} — Tỉnh Cà Mau`,
  );
  const text = mail.text ?? '';
  expect(text).toContain('Kính gửi Ban Tổ chức Tỉnh ủy');
  expect(text).toContain(
    'Số đoàn đề xuất: 9; được chấp thuận: 5; không chấp thuận: 1; đã hủy: 1; hết hiệu lực: 1; đang xem xét: 1.',
  );
  expect(text).toContain('tổng kinh phí: 185.000.000 ₫');
  expect(text).toContain('Báo cáo kết quả (R-REPORT): đã nhận 4/5 đoàn đến hạn.');
  expect(text).toContain(
    `Còn thiếu: Nông nghiệp chưa báo cáo (Sở Nông nghiệp và Môi trường, hạn 26/03/${year}).`,
  );
  expect(text).toContain(
    'Đánh giá trách nhiệm giải trình (R-ACCOUNTABILITY): đã nhận 3/4 đoàn đến hạn.',
  );
  expect(text).toContain('Đơn vị chưa gửi lần nào: Sở Nông nghiệp và Môi trường.');
  expect(text).toContain(
    'Sở Y tế (Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh còn thấp. — chưa giải quyết)',
  );
  expect(text).toContain(`${stack.baseUrl}/api/annual-summaries/ca-mau/${year}.csv`);
  expect(mail.html).toContain('<table');
  expect(mail.html).toContain('Sở Kế hoạch và Đầu tư');

  const stored = await stack.db.annualSummary.findUniqueOrThrow({
    where: { provinceId_year: { provinceId: 'ca-mau', year } },
  });
  expect(stored.generatedAt.getTime()).toBeGreaterThan(Date.now() - 120_000);
});

test('the stored summary as JSON: per unit, merged units under their successor, completeness, stuck units', async () => {
  const res = await get(`/api/annual-summaries/ca-mau/${year}`);
  expect(res.status).toBe(200);
  const s = (await res.json()) as AnnualSummary & { generatedAt: string };
  expect(s.units.map((u) => u.unitId)).toEqual([
    'so-noi-vu',
    'so-nong-nghiep',
    'so-tai-chinh',
    'so-y-te',
  ]);
  const unit = (id: string) => s.units.find((u) => u.unitId === id);
  expect(unit('so-noi-vu')).toMatchObject({
    delegations: { proposed: 3, approved: 2, rejected: 1 },
    members: 11,
    days: 6,
    fundingVnd: 125_000_000,
    reports: { onTime: 1, late: 1, missing: 0 },
    ratings: { excellent: 1, not_fulfilled: 1 },
    destinations: [
      { province: 'Đà Nẵng', delegations: 1 },
      { province: 'Thừa Thiên Huế', delegations: 1 },
    ],
  });
  expect(unit('so-nong-nghiep')).toMatchObject({
    delegations: { proposed: 5, pending: 1, approved: 2, cancelled: 1, lapsed: 1 },
    reports: { onTime: 1, missing: 1 },
    reviews: { done: 0, missing: 1 },
  });
  expect(unit('so-tai-chinh')).toMatchObject({
    mergedFrom: [{ unitId: 'so-ke-hoach', unitName: 'Sở Kế hoạch và Đầu tư' }],
    delegations: { proposed: 1, approved: 1 },
    ratings: { good: 1 },
  });
  expect(s.completeness.reports).toMatchObject({
    received: 4,
    expected: 5,
    outstanding: [{ delegationId: missingReport }],
  });
  expect(s.unitsNotProposing).toEqual([
    expect.objectContaining({
      unitId: 'so-y-te',
      openProblems: [expect.objectContaining({ outcome: 'not_resolved' })],
    }),
  ]);
});

test('the CSV (UTF-8 with BOM, a row per unit and the totals) and the page (dd/mm/yyyy, đồng with separators)', async () => {
  const csv = await get(`/api/annual-summaries/ca-mau/${year}.csv`);
  expect(csv.status).toBe(200);
  expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(csv.headers.get('content-disposition')).toContain(
    `tong-hop-doan-hoc-tap-ca-mau-${year}.csv`,
  );
  const bytes = Buffer.from(await csv.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(lines[0]?.startsWith('Đơn vị,Sáp nhập từ,Số đoàn đề xuất,')).toBe(true);
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
    'Sở Nội vụ',
    'Sở Nông nghiệp và Môi trường',
    'Sở Tài chính',
    'Sở Y tế',
    'Tổng cộng',
  ]);
  expect(lines[3]).toMatch(/^Sở Tài chính,Sở Kế hoạch và Đầu tư,1,0,1,/);
  expect(lines[5]).toContain(',185000000,');

  const page = await get(`/api/annual-summaries/ca-mau/${year}.html`);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('<html lang="vi">');
  expect(html).toContain('185.000.000 ₫');
  expect(html).toContain(`hạn 26/03/${year}`);
  expect(html).toMatch(/Lập ngày \d{2}\/\d{2}\/\d{4}\./);
});

test('on demand: the same figures compiled again send nothing new; changed figures reach the board again', async () => {
  const compile = () =>
    fetch(`${stack.baseUrl}/api/annual-summaries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asBoard },
      body: JSON.stringify({ provinceId: 'ca-mau', year }),
    });
  const again = await compile();
  expect(again.status).toBe(202);
  const started = (await again.json()) as { workflowId: string; runId: string };
  expect(started.workflowId).toBe(`annual-summary-ca-mau-${year}`);
  expect(again.headers.get('location')).toBe(`/api/annual-summaries/ca-mau/${year}`);
  const outcome = await stack.env.client.workflow
    .getHandle(started.workflowId, started.runId)
    .result();
  expect(outcome).toMatchObject({ provinceId: 'ca-mau', year, units: 4, recipients: [board] });
  expect(await stack.mailbox.waitFor(isSummary)).toHaveLength(1);

  await stack.db.report.create({
    data: {
      delegationId: missingReport,
      filedAt: new Date(),
      dueAt: new Date(`${year}-03-26T03:00:00Z`),
      late: true,
      workingDaysLate: 100,
      content: {},
    },
  });
  const changed = (await (await compile()).json()) as { workflowId: string; runId: string };
  await stack.env.client.workflow.getHandle(changed.workflowId, changed.runId).result();
  const mails = await stack.mailbox.waitFor(isSummary, 2);
  expect(mails.some((m) => m.text?.includes('đã nhận 5/5 đoàn đến hạn'))).toBe(true);
});

test('a finished run replays against the current workflow code (determinism)', async () => {
  const handle = stack.env.client.workflow.getHandle(`annual-summary-ca-mau-${year}`);
  const history = await handle.fetchHistory();
  const bundle = process.env.WORKFLOW_BUNDLE_PATH;
  await expect(
    Worker.runReplayHistory(
      bundle
        ? { workflowBundle: { codePath: bundle } }
        : { workflowsPath: require.resolve('../../workflows') },
      history,
      handle.workflowId,
    ),
  ).resolves.toBeUndefined();
});

test('refusals: a future year, an unknown province, a year not compiled', async () => {
  const post = (body: unknown) =>
    fetch(`${stack.baseUrl}/api/annual-summaries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asBoard },
      body: JSON.stringify(body),
    });
  const future = await post({ provinceId: 'ca-mau', year: year + 5 });
  expect(future.status).toBe(422);
  expect(((await future.json()) as { errors: { rule: string; field: string }[] }).errors).toEqual([
    expect.objectContaining({ rule: 'R-ANNUAL-REPORT', field: 'year' }),
  ]);
  expect((await post({ provinceId: 'khong-co', year })).status).toBe(404);
  expect((await get(`/api/annual-summaries/ca-mau/${year - 3}`)).status).toBe(404);
  expect((await get('/api/annual-summaries/ca-mau/hai-nghin')).status).toBe(422);
});
