// The auditor's API on the real Temporal dev server, PostgreSQL, SMTP and HTTP: a delegation is
// returned, amended and approved from emailed links, then read back as a timeline (JSON, CSV,
// HTML), downloaded as a raw history and replayed, by id and by visibility query.
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { eventIdOf, eventTypeName } from '../../api/audit/historyEvents';
import type { Timeline } from '../../api/audit/timelineEntry';
import { temporalCliPath } from '../../scripts/temporalBinaries';
import { DelegationDriver } from '../support/delegationDriver';
import { apiKeyHeaders, type Headers } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';
import { settledHistory } from '../support/settledHistory';

let stack: TestStack;
let drive: DelegationDriver;
let auditor: Headers;
let id: string;
const title = 'Đoàn kiểm toán nhật ký';

beforeAll(async () => {
  stack = await startTestStack('dev-server');
  drive = new DelegationDriver(stack);
  auditor = await apiKeyHeaders(stack.db, { role: 'auditor' });
  const proposal = await drive.proposal({ title });
  id = (await drive.submit(proposal)).body.id;
  await drive.postForm(await drive.linkFor('cuong', title), {
    decision: 'return',
    comment: 'Bổ sung kế hoạch chi tiết.',
  });
  await drive.waitForStage(id, 'amendment_requested');
  const amended = { ...proposal, studyPlan: `${proposal.studyPlan} Ngày 3: tổng kết.` };
  await drive.postJson(`/api/delegations/${id}/amendments`, {
    basedOnVersion: 1,
    proposal: amended,
  });
  await drive.waitForStage(id, 'committee_review');
  await drive.postForm(await drive.linkFor('cuong', title, 2), { decision: 'approve' });
  await drive.waitForStage(id, 'awaiting_departure');
});
afterAll(() => stack?.stop());

const get = (path: string) => fetch(`${stack.baseUrl}${path}`, { headers: auditor });
const post = (path: string, body: unknown) =>
  fetch(`${stack.baseUrl}${path}`, {
    method: 'POST',
    headers: { ...auditor, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

test('the timeline shows decisions (who, when, from where, why), emails, deadlines with their calendar and policy, in Vietnam time', async () => {
  const res = await get(`/api/delegations/${id}/timeline`);
  expect(res.status).toBe(200);
  const t = (await res.json()) as Timeline;
  expect(t).toMatchObject({
    delegationId: id,
    workflowId: `delegation-${id}`,
    lang: 'vi',
    timeZone: 'Asia/Ho_Chi_Minh',
    historyAvailable: true,
  });
  const kinds = t.entries.map((e) => e.kind);
  expect(kinds[0]).toBe('submitted');
  expect(kinds).toEqual(
    expect.arrayContaining([
      'policy',
      'stage',
      'decision',
      'email',
      'deadline',
      'proposal_version',
    ]),
  );

  const decisions = t.entries.filter((e) => e.kind === 'decision');
  expect(decisions).toHaveLength(2);
  expect(decisions[0]).toMatchObject({
    actor: { id: 'cuong', name: 'Lê Văn Cường' },
    comment: 'Bổ sung kế hoạch chi tiết.',
    userAgent: 'jest-phone',
    ip: expect.stringMatching(/127\.0\.0\.1/),
    summary: 'Lê Văn Cường: Trả lại để chỉnh sửa — Cấp ủy trực tiếp xem xét, phiên bản 1',
  });
  // Read from both sources: the audit record and the history event of the activity that wrote it.
  expect(decisions[0]?.source).toEqual({
    audit: expect.objectContaining({ seq: expect.any(Number) }),
    historyEventId: expect.any(Number),
  });

  const deadline = t.entries.find((e) => e.kind === 'deadline');
  expect(deadline?.details).toMatchObject({
    calendarVersion: expect.any(String),
    policyVersionId: expect.any(String),
    dueDate: expect.any(String),
  });
  expect(t.entries.find((e) => e.kind === 'email')?.to?.length).toBeGreaterThan(0);

  for (const e of t.entries) {
    const local = new Date(Date.parse(e.at) + 7 * 3_600_000).toISOString();
    expect(e.localTime).toBe(
      `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 19)}`,
    );
  }

  const en = (await (await get(`/api/delegations/${id}/timeline?lang=en`)).json()) as Timeline;
  expect(en.entries.filter((e) => e.kind === 'decision').map((e) => e.summary)).toEqual([
    'Lê Văn Cường: Return for changes — Direct party committee review, version 1',
    'Lê Văn Cường: Approve — Direct party committee review, version 2',
  ]);
});

test('the timeline as CSV and as a page, Vietnamese by default and English on request', async () => {
  const csv = await get(`/api/delegations/${id}/timeline.csv`);
  expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
  // Bytes, not text(): a text decoder would swallow the byte-order mark that Excel needs.
  const text = Buffer.from(await csv.arrayBuffer()).toString('utf8');
  expect(text.startsWith('\uFEFFThời gian (giờ Việt Nam),Thời điểm UTC,Loại,Nội dung')).toBe(true);
  expect(text).toContain('Lê Văn Cường: Trả lại để chỉnh sửa');

  const vi = await get(`/audit/delegations/${id}`);
  expect(vi.status).toBe(200);
  const viPage = await vi.text();
  expect(viPage).toContain('<html lang="vi">');
  expect(viPage).toContain(`Nhật ký kiểm toán: ${title}`);
  const enPage = await (await get(`/audit/delegations/${id}?lang=en`)).text();
  expect(enPage).toContain('<html lang="en">');
  expect(enPage).toContain(`Audit timeline: ${title}`);
  expect(enPage).toContain('Return for changes');

  expect((await fetch(`${stack.baseUrl}/api/delegations/${id}/timeline`)).status).toBe(401);
  expect((await get('/api/delegations/no-such-delegation/timeline')).status).toBe(404);
});

test("the raw history is the Temporal CLI's JSON and replays against the current code, by id and by query", async () => {
  // A decision answers before the next stage's activities have run: both reads wait for those.
  await settledHistory(stack.env.client.workflow.getHandle(`delegation-${id}`));
  const res = await get(`/api/delegations/${id}/history`);
  expect(res.status).toBe(200);
  const downloaded = historyFromJSON(await res.json());
  const { stdout } = await promisify(execFile)(temporalCliPath(), [
    'workflow',
    'show',
    '--workflow-id',
    `delegation-${id}`,
    '--output',
    'json',
    '--address',
    stack.env.address,
  ]);
  const shown = historyFromJSON(JSON.parse(stdout));
  const outline = (h: typeof shown) =>
    (h.events ?? []).map((e) => `${eventIdOf(e)} ${eventTypeName(e)}`);
  expect(outline(downloaded)).toEqual(outline(shown));

  const byId = await post('/api/audit/replay', { delegationIds: [id, 'no-such-delegation'] });
  expect(await byId.json()).toEqual({
    results: [
      {
        workflowId: `delegation-${id}`,
        runId: expect.any(String),
        events: expect.any(Number),
        identical: true,
      },
    ],
    notFound: ['no-such-delegation'],
  });

  // Visibility is eventually consistent: the stage search attribute may lag the read model.
  let workflowIds: string[] = [];
  for (let i = 0; i < 50 && !workflowIds.includes(`delegation-${id}`); i++) {
    const byQuery = (await (
      await post('/api/audit/replay', { query: "DelegationStage='awaiting_departure'" })
    ).json()) as { results: { workflowId: string; identical: boolean }[] };
    expect(byQuery.results.every((r) => r.identical)).toBe(true);
    workflowIds = byQuery.results.map((r) => r.workflowId);
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(workflowIds).toContain(`delegation-${id}`);

  expect((await post('/api/audit/replay', { query: 'DelegationStage =' })).status).toBe(422);
});
