// The proposal form over plain HTTP (no browser, no script): drafts seen and changed only by the
// staff of their unit, the live check (R-NOTICE, the team-size escalation, R-DUPLICATE), rows
// added without the script, a refused submission that keeps what was typed, and a returned
// proposal amended beside the reviewers' comments and sent on through the workflow.
import { demoEmail } from '../../prisma/seedDemo';
import { DelegationDriver } from '../support/delegationDriver';
import { startTestStack, type TestStack } from '../support/testStack';
import { sessionOf, type TestSession } from '../support/testCredentials';
import { isoIn, proposalFormOf, vn } from './proposalFormFields';

let stack: TestStack;
let drive: DelegationDriver;
let an: TestSession;
let binh: TestSession;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  drive = new DelegationDriver(stack);
  an = await sessionOf(stack.db, 'an');
  binh = await sessionOf(stack.db, 'binh');
});
afterAll(() => stack?.stop());

function withMembers(form: URLSearchParams, count: number): URLSearchParams {
  for (let i = 1; i < count; i++) {
    form.set(`members.${i}.name`, `Thành viên ${i}`);
    form.set(`members.${i}.email`, `thanh.vien.${i}@camau.gov.vn`);
    form.set(`members.${i}.position`, 'Chuyên viên');
  }
  return form;
}

const post = (path: string, s: TestSession, body: URLSearchParams, lang?: 'en') =>
  fetch(`${stack.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      cookie: lang ? `${s.cookie}; lang=${lang}` : s.cookie,
      'content-type': 'application/x-www-form-urlencoded',
      'x-csrf-token': s.csrfToken,
    },
    body,
    redirect: 'manual',
  });
const page = async (path: string, s: TestSession, lang?: 'en') => {
  const res = await fetch(`${stack.baseUrl}${path}`, {
    headers: { cookie: lang ? `${s.cookie}; lang=${lang}` : s.cookie },
    redirect: 'manual',
  });
  return { status: res.status, html: await res.text() };
};
const locationOf = (res: Response) => res.headers.get('location') ?? '';

interface LiveCheck {
  errors: { rule: string; field: string }[];
  warnings: { rule: string; field: string; earlierDelegationId: string; title: string }[];
  workingDaysToDeparture: number | null;
  noticeWorkingDays: number | null;
  earliestDeparture: string | null;
  teamSizeCap: { head: number; deputy: number } | null;
  teamSize: { cap: number; size: number; exceeds: boolean } | null;
  escalation: { message: string; messageVi: string } | null;
}
const check = async (s: TestSession, form: URLSearchParams, query = '') => {
  const res = await post(`/api/proposals/check${query}`, s, form);
  expect(res.status).toBe(200);
  return (await res.json()) as LiveCheck;
};

test('a draft is saved, listed, reopened, saved over and deleted by its unit’s staff only', async () => {
  const form = proposalFormOf(an, { title: 'Bản nháp học tập' });
  form.set('departureDate', 'chưa rõ');
  const saved = await post('/delegations/drafts', an, form);
  expect(saved.status).toBe(303);
  const [, id] = /^\/delegations\/drafts\/([^?]+)\?saved=1$/.exec(locationOf(saved)) ?? [];
  if (!id) throw new Error(`unexpected location ${locationOf(saved)}`);

  // Reopened with what was typed, even what the rules would refuse.
  const reopened = await page(`/delegations/drafts/${id}?saved=1`, an);
  expect(reopened.status).toBe(200);
  expect(reopened.html).toContain('Đã lưu nháp lúc');
  expect(reopened.html).toContain('value="Bản nháp học tập"');
  expect(reopened.html).toContain('value="chưa rõ"');
  expect(reopened.html).toContain(`name="draftId" value="${id}"`);
  expect(reopened.html).toContain(`formaction="/delegations/drafts/${id}"`);
  expect((await page('/delegations/drafts', an)).html).toContain(`/delegations/drafts/${id}"`);
  expect((await page('/delegations/new', an)).html).toContain(`/delegations/drafts/${id}"`);

  // Another unit's staff neither sees, reopens, saves over nor deletes it.
  expect((await page('/delegations/drafts', binh)).html).not.toContain(id);
  expect((await page(`/delegations/drafts/${id}`, binh)).status).toBe(404);
  const foreign = proposalFormOf(binh, { unitId: 'so-nong-nghiep', title: 'Ghi đè' });
  expect((await post(`/delegations/drafts/${id}`, binh, foreign)).status).toBe(404);
  expect((await post(`/delegations/drafts/${id}/delete`, binh, foreign)).status).toBe(404);
  // Nor saves a draft for a unit not its own.
  expect((await post('/delegations/drafts', binh, proposalFormOf(binh))).status).toBe(422);

  const over = proposalFormOf(an, { title: 'Bản nháp đã sửa' });
  const again = await post(`/delegations/drafts/${id}`, an, over);
  expect(locationOf(again)).toBe(`/delegations/drafts/${id}?saved=1`);
  expect((await page(`/delegations/drafts/${id}`, an)).html).toContain('value="Bản nháp đã sửa"');
  expect(await stack.db.proposalDraft.count()).toBe(1);

  const deleted = await post(`/delegations/drafts/${id}/delete`, an, new URLSearchParams({}));
  expect([deleted.status, locationOf(deleted)]).toEqual([303, '/delegations/drafts']);
  expect((await page(`/delegations/drafts/${id}`, an)).status).toBe(404);
  expect((await page('/delegations/drafts', an)).html).toContain('Đơn vị chưa có bản nháp nào.');
});

test('the live check: R-NOTICE with the working days, the escalation of a large team, R-DUPLICATE', async () => {
  const soon = proposalFormOf(an);
  soon.set('departureDate', vn(isoIn(2)));
  soon.set('returnDate', vn(isoIn(4)));
  const notice = await check(an, soon);
  expect(notice.errors.map((x) => [x.rule, x.field])).toEqual([['R-NOTICE', 'departureDate']]);
  expect(notice.workingDaysToDeparture).toBeLessThan(notice.noticeWorkingDays ?? 0);
  expect(notice.earliestDeparture && notice.earliestDeparture > isoIn(2)).toBe(true);

  // Eleven members under the head: not a refusal, but the standing committee decides.
  const large = await check(an, withMembers(proposalFormOf(an), 11));
  expect(large.errors).toEqual([]);
  expect(large.teamSize).toEqual({ cap: 10, size: 11, exceeds: true });
  expect(large.escalation?.messageVi).toContain('R-TEAM-SIZE');
  expect(large.escalation?.message).toContain('standing committee');
  // Eight under a deputy head is over its cap of seven.
  const deputy = withMembers(proposalFormOf(an), 8);
  deputy.set('leaderRank', 'deputy');
  const overDeputy = await check(an, deputy);
  expect(overDeputy.teamSize).toEqual({ cap: 7, size: 8, exceeds: true });
  const small = await check(an, proposalFormOf(an));
  expect([small.teamSize?.exceeds, small.escalation]).toEqual([false, null]);

  // Another unit already plans Đà Nẵng on the same topic: a warning on the form's row, not a
  // refusal, with the earlier delegation's title but no link (Sở Nội vụ may not read it).
  const earlier = proposalFormOf(binh, { unitId: 'so-nong-nghiep', title: 'Đoàn Sở Nông nghiệp' });
  earlier.set('destinations.0.topics', 'chuyển đổi số');
  const submitted = await post('/delegations/new', binh, earlier);
  expect(submitted.status).toBe(303);
  const earlierId = locationOf(submitted).split('/').pop();
  const mine = proposalFormOf(an);
  mine.delete('destinations.0.province');
  mine.set('destinations.2.province', 'Đà Nẵng');
  for (const f of ['hostBody', 'goodPracticeJustification', 'topics', 'daysOnSite'])
    mine.set(`destinations.2.${f}`, proposalFormOf(an).get(`destinations.0.${f}`) ?? '');
  for (const f of ['hostBody', 'goodPracticeJustification', 'topics', 'daysOnSite'])
    mine.delete(`destinations.0.${f}`);
  const dup = await check(an, mine);
  expect(dup.errors).toEqual([]);
  expect(dup.warnings).toEqual([
    expect.objectContaining({
      rule: 'R-DUPLICATE',
      field: 'destinations.2.topics.0',
      earlierDelegationId: earlierId,
      title: 'Đoàn Sở Nông nghiệp',
      href: null,
    }),
  ]);
});

test('without the script, “add a member” posts the form back with one more row and keeps what was typed', async () => {
  const form = proposalFormOf(an, { title: 'Đoàn cần thêm dòng' });
  form.set('addRow', 'members');
  const more = await post('/delegations/new', an, form);
  expect(more.status).toBe(200);
  const html = await more.text();
  expect(html).toContain('name="members.10.name"');
  expect(html).not.toContain('name="members.11.name"');
  expect(html).toContain('value="Đoàn cần thêm dòng"');
  expect(html).toContain('formaction="/delegations/new#row-members-11"');
  expect(await stack.db.delegation.count({ where: { title: 'Đoàn cần thêm dòng' } })).toBe(0);

  // Again: the blank row just added is posted back, so the rows keep growing.
  form.set('members.10.name', '');
  const twice = await post('/delegations/new', an, form);
  expect(await twice.text()).toContain('name="members.11.name"');
  const destination = proposalFormOf(an);
  destination.set('addRow', 'destinations');
  expect(await (await post('/delegations/new', an, destination)).text()).toContain(
    'name="destinations.3.province"',
  );
});

test('a refused submission keeps every value and names each field and rule, in English too; a submitted draft is gone', async () => {
  const form = proposalFormOf(an, { title: '' });
  form.set('members.4.name', 'Trần Văn Phó');
  form.set('members.4.email', 'khong-phai-email');
  form.set('members.4.position', 'Phó Giám đốc');
  const refused = await post('/delegations/new', an, form);
  expect(refused.status).toBe(422);
  const html = await refused.text();
  expect(html).toMatch(/data-field-error="title">R-[A-Z-]+:/);
  expect(html).toContain('data-field-error="members.4.email">R-MEMBERS:');
  expect(html).toContain('value="Trần Văn Phó"');
  expect(html).toContain('value="khong-phai-email"');
  expect(html).toContain('value="85.000.000"');
  expect(html).toContain('Đề xuất chưa được gửi');

  // A schema error does not hide the rules: both are named at once.
  const days = proposalFormOf(an, { title: '' });
  days.set('destinations.0.daysOnSite', '5');
  const both = await (await post('/delegations/new', an, days)).text();
  expect(both).toMatch(/data-field-error="title">R-[A-Z-]+:/);
  expect(both).toContain('data-field-error="destinations.0.daysOnSite">R-DAYS-PER-DESTINATION:');

  const english = await (await post('/delegations/new', an, form, 'en')).text();
  expect(english).toContain('The proposal was not sent');
  expect(english).toContain('<label for="f-title">Title</label>');

  // Submitting the form of a draft sends the proposal and deletes the draft.
  const draft = await post('/delegations/drafts', an, proposalFormOf(an, { title: 'Từ bản nháp' }));
  const draftId = locationOf(draft).split('/').pop()?.split('?')[0] ?? '';
  const fromDraft = proposalFormOf(an, { title: 'Từ bản nháp' });
  fromDraft.set('draftId', draftId);
  const sent = await post('/delegations/new', an, fromDraft);
  expect(sent.status).toBe(303);
  expect(locationOf(sent)).toMatch(/^\/delegations\/[0-9a-f-]{36}$/);
  expect(await stack.db.proposalDraft.findUnique({ where: { id: draftId } })).toBeNull();
});

test('a returned proposal is amended beside the reviewers’ comments and goes through the workflow again', async () => {
  const title = 'Đoàn bị trả lại để bổ sung';
  const sent = await post('/delegations/new', an, proposalFormOf(an, { title }));
  expect(sent.status).toBe(303);
  const id = locationOf(sent).split('/').pop() as string;
  expect((await page(`/delegations/${id}/amend`, an)).status).toBe(409);
  expect((await page(`/delegations/${id}`, an)).html).not.toContain('amend-link');

  const cuong = await drive.linkFor('cuong', title);
  await drive.postForm(cuong, { decision: 'return', comment: 'Bổ sung kế hoạch ngày thứ ba.' });
  await drive.waitForStage(id, 'amendment_requested');

  // The unit's email and its delegation page lead to the amend form.
  const toUnit = await stack.mailbox.waitFor(
    (m) =>
      m.to.some((t) => t.address === demoEmail('an')) &&
      (m.text ?? '').includes(`${stack.baseUrl}/delegations/${id}\n`),
  );
  expect(toUnit.length).toBeGreaterThan(0);
  expect((await page(`/delegations/${id}`, an)).html).toContain(
    `id="amend-link" href="/delegations/${id}/amend"`,
  );

  const amend = await page(`/delegations/${id}/amend`, an);
  expect(amend.status).toBe(200);
  expect(amend.html).toContain('Ý kiến của người xét duyệt');
  expect(amend.html).toContain('Lê Văn Cường');
  expect(amend.html).toContain('Bổ sung kế hoạch ngày thứ ba.');
  expect(amend.html).toContain(`value="${title}"`);
  expect(amend.html).toContain('name="basedOnVersion" value="1"');
  expect(amend.html).toContain(`action="/delegations/${id}/amend"`);
  expect((await page(`/delegations/${id}/amend`, an, 'en')).html).toContain(
    'What the reviewers asked',
  );
  // Another unit's staff does not learn it exists.
  expect((await page(`/delegations/${id}/amend`, binh)).status).toBe(404);

  // Judged as an amendment, the proposal is not a duplicate of itself (as a new one would be).
  const amended = proposalFormOf(an, { title });
  amended.set('basedOnVersion', '1');
  const duplicatesOf = async (query: string) =>
    (await check(an, amended, query)).warnings.map((w) => w.earlierDelegationId);
  expect(await duplicatesOf('')).toContain(id);
  expect(await duplicatesOf(`?amending=${id}`)).not.toContain(id);

  const bad = new URLSearchParams(amended);
  bad.set('studyPlan', '');
  const refused = await post(`/delegations/${id}/amend`, an, bad);
  expect(refused.status).toBe(422);
  const refusedHtml = await refused.text();
  expect(refusedHtml).toMatch(/data-field-error="studyPlan">R-/);
  expect(refusedHtml).toContain('Bổ sung kế hoạch ngày thứ ba.');

  const plan = 'Ngày 1: làm việc; ngày 2: khảo sát; ngày 3: tổng kết';
  amended.set('studyPlan', plan);
  const resubmitted = await post(`/delegations/${id}/amend`, an, amended);
  expect([resubmitted.status, locationOf(resubmitted)]).toEqual([303, `/delegations/${id}`]);
  const view = await drive.waitForStage(id, 'committee_review');
  expect(view.proposalVersion).toBe(2);
  const row = await stack.db.delegation.findUniqueOrThrow({ where: { id } });
  expect((row.proposal as { studyPlan: string }).studyPlan).toBe(plan);

  // The same version again: the workflow refuses, and the form says why.
  const stale = await post(`/delegations/${id}/amend`, an, amended);
  expect(stale.status).toBe(409);
  expect(await stale.text()).toContain('không còn chờ chỉnh sửa');
});
