// The delegation page over plain HTTP against the real stack (time-skipping Temporal, PostgreSQL):
// what each role sees, the report form posted as multipart/form-data with an attachment (refused
// without the CSRF token, refused with each problem named by field and rule while keeping what
// was typed and storing nothing, filed through the workflow otherwise), and the leadership's
// review form, including segregation of duties.
import { proposalSchema } from '../../domain/proposal';
import { demoEmail } from '../../prisma/seedDemo';
import { exeBytes, pdfBytes } from '../attachments/fileFixtures';
import { proposalFor } from '../fixtures/proposals';
import { DelegationDriver, reportBody } from '../support/delegationDriver';
import { startTestStack, type TestStack } from '../support/testStack';
import { sessionOf, type TestSession } from '../support/testCredentials';

const maxBytes = 4096;
let stack: TestStack;
let drive: DelegationDriver;
/** One delegation of the demo unit (staff: an), carried from the report to the review. */
let id: string;

beforeAll(async () => {
  process.env.ATTACHMENT_MAX_BYTES = String(maxBytes);
  stack = await startTestStack('time-skipping');
  drive = new DelegationDriver(stack);
  const title = 'Đoàn báo cáo trên trang đoàn';
  const proposal = await drive.proposal({ unitId: 'so-noi-vu', title });
  const created = await drive.submit(proposal);
  id = created.body.id;
  await drive.postForm(await drive.linkFor('cuong', title), { decision: 'approve' });
  await drive.waitForStage(id, 'awaiting_departure');
  await drive.skipUntil(`${proposal.returnDate}T23:59:59.999+07:00`);
  await drive.waitForStage(id, 'report_due');
});
afterAll(async () => {
  delete process.env.ATTACHMENT_MAX_BYTES;
  await stack?.stop();
});

const page = async (path: string, s: TestSession, lang?: 'en') => {
  const cookie = lang ? `${s.cookie}; lang=${lang}` : s.cookie;
  const res = await fetch(`${stack.baseUrl}${path}`, { headers: { cookie } });
  return { status: res.status, html: await res.text() };
};

/** The report form as a browser sends it: the token first, the typed fields, then the files. */
function reportForm(
  csrf: string | undefined,
  fields: Record<string, string>,
  files: { bytes: Buffer; name: string; type: string }[] = [],
): FormData {
  const form = new FormData();
  if (csrf) form.append('_csrf', csrf);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files)
    form.append('file', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
  return form;
}

const typedReport = {
  learned_0: reportBody.problems[0]?.learned ?? '',
  measured_0: '22%',
  plan_0: 'Áp dụng tại 5 sở trong quý I.',
  goodExperiences: reportBody.goodExperiences,
  effectivePractices: reportBody.effectivePractices,
  recommendations: reportBody.recommendations,
};

const post = (path: string, s: TestSession, body: FormData | URLSearchParams) =>
  fetch(`${stack.baseUrl}${path}`, {
    method: 'POST',
    headers: { cookie: s.cookie },
    body,
    redirect: 'manual',
  });

const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

test('each role sees what is theirs: the unit its report form, the auditor the timeline, another unit nothing', async () => {
  const an = await sessionOf(stack.db, 'an');
  const staff = await page(`/delegations/${id}`, an);
  expect(staff.status).toBe(200);
  expect(staff.html).toContain('<strong id="stage">Chờ báo cáo kết quả</strong>');
  expect(staff.html).toMatch(/Hạn nộp báo cáo: <strong>\d{2}\/\d{2}\/\d{4}<\/strong>/);
  expect(staff.html).toContain(`action="/delegations/${id}/report" enctype="multipart/form-data"`);
  expect(staff.html).toContain(`name="_csrf" value="${an.csrfToken}"`);
  expect(staff.html).toContain('type="file" id="r-file" name="file" multiple');
  expect(staff.html).toContain('Lê Văn Cường');
  expect(staff.html).not.toContain('id="timeline"');
  const english = await page(`/delegations/${id}`, an, 'en');
  expect(english.html).toContain('<strong id="stage">Report due</strong>');
  expect(english.html).toContain('File the report');
  expect(english.html).toMatch(/Report due: <strong>/);

  const leader = await page(`/delegations/${id}`, await sessionOf(stack.db, 'hai'));
  expect(leader.status).toBe(200);
  expect(leader.html).not.toContain('id="report-form"');
  expect(leader.html).not.toContain('id="review-form"');

  const auditor = await page(`/delegations/${id}`, await sessionOf(stack.db, 'minh'));
  expect(auditor.html).toContain('<h2 id="timeline">Dòng thời gian</h2>');
  expect(auditor.html).toContain(`href="/audit/delegations/${id}"`);
  expect(auditor.html).not.toContain('id="report-form"');

  expect((await page(`/delegations/${id}`, await sessionOf(stack.db, 'binh'))).status).toBe(404);
});

test('a multipart report without the CSRF token is refused before anything is stored', async () => {
  const an = await sessionOf(stack.db, 'an');
  const pdf = { bytes: pdfBytes(), name: 'bao-cao.pdf', type: 'application/pdf' };
  const res = await post(
    `/delegations/${id}/report`,
    an,
    reportForm(undefined, typedReport, [pdf]),
  );
  expect(res.status).toBe(403);
  expect(await stack.db.attachment.count({ where: { delegationId: id } })).toBe(0);
  expect(await stack.db.report.count({ where: { delegationId: id } })).toBe(0);
});

test('bad input is named by field and rule, keeps what was typed, and stores nothing', async () => {
  const an = await sessionOf(stack.db, 'an');
  const exe = { bytes: exeBytes(), name: 'bao-cao.pdf.exe', type: 'application/pdf' };
  const bad = await post(
    `/delegations/${id}/report`,
    an,
    reportForm(an.csrfToken, { ...typedReport, learned_0: '   ' }, [exe]),
  );
  expect(bad.status).toBe(422);
  const html = await bad.text();
  expect(html).toContain('data-field-error="learned_0">R-REPORT: Chưa điền mục này.');
  expect(html).toContain(
    'data-field-error="file">R-REPORT: bao-cao.pdf.exe: Tệp đính kèm không phải PDF',
  );
  expect(html).toContain('Các tệp sau chưa được lưu, xin chọn lại: bao-cao.pdf.exe');
  expect(html).toContain(`${escaped(typedReport.goodExperiences)}</textarea>`);
  expect(html).toContain('value="22%"');
  expect(html).toContain('aria-invalid="true" aria-describedby="r-learned_0-err"');

  // Too large: the fields before the file were read, so the token and the typed text survive.
  const big = { bytes: pdfBytes(maxBytes + 1), name: 'quet.pdf', type: 'application/pdf' };
  const tooLarge = await post(
    `/delegations/${id}/report`,
    an,
    reportForm(an.csrfToken, typedReport, [big]),
  );
  expect(tooLarge.status).toBe(422);
  const again = await tooLarge.text();
  expect(again).toContain('data-field-error="file">R-REPORT: Tệp đính kèm lớn hơn');
  expect(again).toContain(`${escaped(typedReport.recommendations)}</textarea>`);

  expect(await stack.db.attachment.count({ where: { delegationId: id } })).toBe(0);
  expect(await stack.db.report.count({ where: { delegationId: id } })).toBe(0);
});

test('the report with an attachment is filed through the workflow; the page shows it, the leader gets the review form', async () => {
  const an = await sessionOf(stack.db, 'an');
  const name = 'Báo cáo chuyến đi.pdf';
  const pdf = { bytes: pdfBytes(2048), name, type: 'application/pdf' };
  const res = await post(
    `/delegations/${id}/report`,
    an,
    reportForm(an.csrfToken, typedReport, [pdf]),
  );
  expect([res.status, res.headers.get('location')]).toEqual([303, `/delegations/${id}`]);
  await drive.waitForStage(id, 'accountability_review');

  const report = await stack.db.report.findUniqueOrThrow({
    where: { delegationId: id },
    include: { attachments: true },
  });
  expect(report.filedById).toBe('an');
  expect(report.attachments.map((a) => [a.filename, a.contentType, a.size])).toEqual([
    [name, 'application/pdf', 2048],
  ]);

  const staff = await page(`/delegations/${id}`, an);
  expect(staff.html).not.toContain('id="report-form"');
  expect(staff.html).toContain('<p id="report-filed">Nộp ngày');
  expect(staff.html).toContain(
    `href="/api/attachments/${report.attachments[0]?.id}" download>${name}</a> (PDF, 2 KB)`,
  );
  expect(staff.html).not.toContain('id="review-form"');

  const leader = await page(`/delegations/${id}`, await sessionOf(stack.db, 'hai'));
  expect(leader.html).toContain(`<form method="post" action="/delegations/${id}/review">`);
  expect(leader.html).toContain('báo cáo ghi nhận <strong>22%</strong>');
});

test('the review form names a missing choice and keeps the text; a complete review is recorded', async () => {
  const hai = await sessionOf(stack.db, 'hai');
  const typed = {
    _csrf: hai.csrfToken,
    outcome_0: 'partly',
    evidence_0: 'Tỷ lệ hồ sơ trực tuyến tăng từ 18% lên 22%.',
    comment: 'Cần đẩy nhanh ở cấp huyện.',
  };
  const missing = await post(`/delegations/${id}/review`, hai, new URLSearchParams(typed));
  expect(missing.status).toBe(422);
  const html = await missing.text();
  expect(html).toContain('data-field-error="rating">R-ACCOUNTABILITY: Chưa chọn.');
  expect(html).toContain(`${typed.evidence_0}</textarea>`);
  expect(html).toContain('value="partly" checked');
  expect(await stack.db.review.count({ where: { delegationId: id } })).toBe(0);

  const done = await post(
    `/delegations/${id}/review`,
    hai,
    new URLSearchParams({ ...typed, rating: 'good' }),
  );
  expect([done.status, done.headers.get('location')]).toEqual([303, `/delegations/${id}`]);
  const review = await stack.db.review.findUniqueOrThrow({ where: { delegationId: id } });
  expect([review.reviewerId, review.rating]).toEqual(['hai', 'good']);
  await drive.waitForStage(id, 'closed');
  const shown = await page(`/delegations/${id}`, hai);
  expect(shown.html).toContain('<strong id="review-rating">Hoàn thành tốt</strong>');
  expect(shown.html).toContain('Giải quyết một phần');
  expect(shown.html).not.toContain('id="review-form"');
});

test('a leader who travels in the delegation is told why and cannot review it', async () => {
  const proposal = proposalSchema.parse(
    proposalFor({ unitId: 'so-nong-nghiep', title: 'Đoàn có lãnh đạo tỉnh đi cùng' }),
  );
  const members = proposal.members.map((m, i) => (i === 1 ? { ...m, email: demoEmail('hai') } : m));
  // The read model alone decides what the page offers and who may review: no workflow needed.
  const row = await stack.db.delegation.create({
    data: {
      unitId: proposal.unitId,
      year: Number(proposal.departureDate.slice(0, 4)),
      title: proposal.title,
      stage: 'accountability_review',
      proposal: { ...proposal, members },
      departureDate: new Date(proposal.departureDate),
      returnDate: new Date(proposal.returnDate),
      memberCount: members.length,
      leaderRank: proposal.leaderRank,
      submittedAt: new Date(),
    },
  });
  const hai = await sessionOf(stack.db, 'hai');
  const shown = await page(`/delegations/${row.id}`, hai);
  expect(shown.html).toContain(
    'Anh/chị là thành viên của đoàn này nên không được cho ý kiến hoặc đánh giá.',
  );
  expect(shown.html).not.toContain('id="review-form"');
  const refused = await post(
    `/delegations/${row.id}/review`,
    hai,
    new URLSearchParams({
      _csrf: hai.csrfToken,
      outcome_0: 'resolved',
      evidence_0: 'Đạt mục tiêu.',
      rating: 'excellent',
    }),
  );
  expect(refused.status).toBe(403);
  expect(await refused.text()).toContain('role="alert">Anh/chị là thành viên của đoàn này');
  expect(await stack.db.review.count({ where: { delegationId: row.id } })).toBe(0);
});
