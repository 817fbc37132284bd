// The web app in a real browser (Debian's chromium): the unit's staff signs in through the
// emailed link, writes a proposal that the live check first flags (R-NOTICE) and then passes,
// submits it; a committee member approves from the emailed link on a phone; the dashboard
// shows the new stage. Then the trip happens (time skipped on the test server), the staff files
// the report with an attachment, a provincial leader rates it, and the dashboards show each
// step. Screenshots of the main pages go to artifacts/screenshots/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoEmail } from '../../prisma/seedDemo';
import { pdfBytes } from '../attachments/fileFixtures';
import { DelegationDriver } from '../support/delegationDriver';
import { actionLinkIn, type ReceivedEmail } from '../support/mailbox';
import { startTestStack, type TestStack } from '../support/testStack';
import { axeViolationsOf } from './axeViolations';
import { openBrowser, screenshotDir, type OpenBrowser } from './browser';

let stack: TestStack;
const browsers: OpenBrowser[] = [];

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  await mkdir(screenshotDir, { recursive: true });
});
afterAll(async () => {
  for (const b of browsers) await b.close();
  await stack?.stop();
});

/** A day `days` after today in Vietnam, yyyy-mm-dd. */
const isoIn = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** The same day written dd/mm/yyyy, as the form expects. */
const vnDateIn = (days: number) => isoIn(days).split('-').reverse().join('/');

/** The delegation the first test gets approved, for the second to carry through the trip. */
let approved: { id: string; title: string; returnDate: string; staff: Page } | undefined;

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });

async function signIn(page: Page, personId: string): Promise<void> {
  await page.goto(`${stack.baseUrl}/`);
  expect(new URL(page.url()).pathname).toBe('/auth/sign-in');
  await page.getByLabel('Thư điện tử').fill(demoEmail(personId));
  await page.getByRole('button').click();
  const mails = await stack.mailbox.waitFor(
    (m: ReceivedEmail) =>
      m.to.some((t) => t.address === demoEmail(personId)) &&
      (m.text ?? '').includes('/auth/sign-in/'),
  );
  const link = /(https?:\/\/\S+\/auth\/sign-in\/[A-Za-z0-9_-]+)/.exec(
    mails[mails.length - 1]?.text ?? '',
  )?.[1];
  if (!link) throw new Error('no sign-in link in the email');
  await page.goto(link);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading').first().waitFor();
}

async function fillProposal(page: Page, title: string, departure: string, back: string) {
  const f = (name: string, value: string) => page.locator(`[name="${name}"]`).fill(value);
  await f('title', title);
  await f('purpose', 'Học cách giải quyết thủ tục hành chính trực tuyến');
  await f('studyContent', 'Số hóa hồ sơ, kết nối dữ liệu dân cư');
  await f('studyPlan', 'Ngày 1: làm việc với trung tâm; ngày 2: khảo sát bộ phận một cửa');
  await f('problems.0.statement', 'Tỷ lệ hồ sơ trực tuyến thấp');
  await f('problems.0.indicator', 'Tỷ lệ hồ sơ trực tuyến toàn trình');
  await f('problems.0.baseline', '18%');
  await f('problems.0.target', '50%');
  await f('destinations.0.province', 'Đà Nẵng');
  await f('destinations.0.hostBody', 'Trung tâm Phục vụ hành chính công thành phố Đà Nẵng');
  await f('destinations.0.goodPracticeJustification', 'Dẫn đầu cả nước về chuyển đổi số');
  await f('destinations.0.topics', 'chuyển đổi số, thủ tục hành chính');
  await f('destinations.0.daysOnSite', '2');
  await f('members.0.name', 'Nguyễn Văn Trưởng');
  await f('members.0.email', 'truong@camau.gov.vn');
  await f('members.0.position', 'Giám đốc Sở');
  await page.locator('[name="members.0.isKeyLeader"]').check();
  await page.locator('[name="leader"][value="0"]').check();
  await f('funding.source', 'Ngân sách nhà nước');
  await f('funding.amountVnd', '85000000');
  await f('returnDate', back);
  await f('departureDate', departure);
}

test('staff proposes in the browser (live R-NOTICE, then accepted); a committee member approves on a phone; the dashboard shows the stage', async () => {
  const staff = await openBrowser();
  browsers.push(staff);
  const page = await staff.context.newPage();
  await signIn(page, 'an');
  await page.goto(`${stack.baseUrl}/`);
  expect(new URL(page.url()).pathname).toBe('/dashboard');
  await shot(page, 'dashboard-before');

  await page.getByRole('link', { name: 'Lập đề xuất đoàn mới' }).click();
  const title = 'Học tập chuyển đổi số qua trình duyệt';
  await fillProposal(page, title, vnDateIn(3), vnDateIn(5));
  const notice = page.locator('#live-violations li[data-rule="R-NOTICE"]');
  await notice.waitFor({ timeout: 15000 });
  expect(await notice.textContent()).toContain('ngày làm việc');
  expect(await page.locator('#team-cap').textContent()).toContain('10');
  await shot(page, 'proposal-live-notice');

  await page.locator('[name="departureDate"]').fill(vnDateIn(40));
  await page.locator('[name="returnDate"]').fill(vnDateIn(43));
  await page.locator('#live-ok').waitFor({ timeout: 15000 });
  expect(await page.locator('#notice-days').textContent()).toMatch(/Còn \d+ ngày làm việc/);
  // The script wrote the amount as Vietnamese read it.
  expect(await page.locator('[name="funding.amountVnd"]').inputValue()).toBe('85.000.000');
  await page.getByRole('button', { name: 'Gửi đề xuất' }).click();
  await page.waitForURL(/\/delegations\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split('/').pop() as string;
  expect(await page.locator('#stage').textContent()).toBe('Cấp ủy trực tiếp xem xét');
  await shot(page, 'delegation-submitted');

  const phone = await openBrowser({ width: 390, height: 844 });
  browsers.push(phone);
  const mobile = await phone.context.newPage();
  const mails = await stack.mailbox.waitFor(
    (m) => m.to.some((t) => t.address === demoEmail('cuong')) && m.subject.includes(title),
  );
  await mobile.goto(actionLinkIn(mails[mails.length - 1] as ReceivedEmail));
  await shot(mobile, 'action-link-phone');
  await mobile.getByLabel('Đồng ý', { exact: true }).check();
  await mobile.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await mobile.getByRole('heading', { name: 'Đã ghi nhận' }).waitFor();
  await shot(mobile, 'action-recorded-phone');

  for (let i = 0; i < 100; i++) {
    const row = await stack.db.delegation.findUniqueOrThrow({ where: { id } });
    if (row.stage === 'awaiting_departure') break;
    await new Promise((r) => setTimeout(r, 150));
  }
  await page.goto(`${stack.baseUrl}/dashboard`);
  const section = page.getByRole('heading', { name: 'Chờ khởi hành', level: 3 });
  await section.waitFor();
  expect(await page.getByRole('link', { name: title }).count()).toBe(1);
  await shot(page, 'dashboard-after');
  await page.goto(`${stack.baseUrl}/delegations/${id}`);
  expect(await page.locator('#stage').textContent()).toBe('Chờ khởi hành');
  expect(await page.content()).toContain('Lê Văn Cường');
  await shot(page, 'delegation-approved');
  approved = { id, title, returnDate: isoIn(43), staff: page };
});

test('after the trip the staff files the report with an attachment, a provincial leader rates it, and the dashboards show each step', async () => {
  if (!approved) throw new Error('the first test did not get its delegation approved');
  const { id, title, returnDate, staff: page } = approved;
  const drive = new DelegationDriver(stack);
  await drive.skipUntil(`${returnDate}T23:59:59.999+07:00`);
  await drive.waitForStage(id, 'report_due');

  await page.goto(`${stack.baseUrl}/dashboard`);
  await page.getByRole('heading', { name: 'Chờ báo cáo kết quả', level: 3 }).waitFor();
  await shot(page, 'dashboard-report-due');
  await page.getByRole('link', { name: title }).click();
  expect(await page.locator('#stage').textContent()).toBe('Chờ báo cáo kết quả');
  await page.getByLabel('Những điều học được').fill('Quy trình số hóa hồ sơ từ đầu vào.');
  await page.getByLabel(/^Giá trị đo được hiện nay/).fill('22%');
  await page.getByLabel(/^Kế hoạch đạt mục tiêu/).fill('Áp dụng tại 5 sở trong quý I.');
  await page.getByLabel('Kinh nghiệm hay').fill('Bộ phận một cửa hướng dẫn nộp trực tuyến.');
  await page.getByLabel('Cách làm hiệu quả').fill('Kết nối dữ liệu dân cư.');
  await page.getByLabel('Đề xuất, kiến nghị').fill('Đầu tư máy quét cho cấp huyện.');
  const file = 'Báo cáo kết quả chuyến đi.pdf';
  await page.getByLabel('Chọn tệp').setInputFiles({
    name: file,
    mimeType: 'application/pdf',
    buffer: pdfBytes(3000),
  });
  await shot(page, 'report-form');
  expect(await axeViolationsOf(page)).toEqual([]);
  await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
  await page.waitForURL(`${stack.baseUrl}/delegations/${id}`);
  await drive.waitForStage(id, 'accountability_review');
  await page.reload();
  expect(await page.locator('#stage').textContent()).toBe('Đánh giá trách nhiệm giải trình');
  expect(await page.locator('#report-filed').textContent()).toContain('Nguyễn Văn An');
  expect(await page.locator('#report-attachments a').textContent()).toBe(file);
  await shot(page, 'delegation-report-filed');
  await page.goto(`${stack.baseUrl}/dashboard`);
  await page.getByRole('heading', { name: 'Đánh giá trách nhiệm giải trình', level: 3 }).waitFor();
  expect(await page.getByRole('link', { name: title }).count()).toBe(1);
  await shot(page, 'dashboard-report-filed');

  const leader = await openBrowser();
  browsers.push(leader);
  const review = await leader.context.newPage();
  await signIn(review, 'hai');
  await review.goto(`${stack.baseUrl}/dashboard`);
  await review.getByRole('link', { name: title }).first().click();
  await review.locator('#review-form').waitFor();
  expect(await review.content()).toContain('báo cáo ghi nhận <strong>22%</strong>');
  await review.getByLabel('Giải quyết một phần').check();
  await review.getByLabel('Minh chứng (số liệu đo được)').fill('Tỷ lệ trực tuyến từ 18% lên 22%.');
  await review.getByLabel('Hoàn thành tốt', { exact: true }).check();
  await review.getByLabel('Nhận xét').fill('Cần đẩy nhanh ở cấp huyện.');
  await shot(review, 'review-form');
  expect(await axeViolationsOf(review)).toEqual([]);
  await review.getByRole('button', { name: 'Ghi nhận đánh giá' }).click();
  await review.waitForURL(`${stack.baseUrl}/delegations/${id}`);
  await drive.waitForStage(id, 'closed');
  await review.reload();
  expect(await review.locator('#stage').textContent()).toBe('Đã kết thúc');
  expect(await review.locator('#review-rating').textContent()).toBe('Hoàn thành tốt');
  await shot(review, 'delegation-reviewed');

  await page.goto(`${stack.baseUrl}/dashboard`);
  await page.getByRole('heading', { name: 'Đã kết thúc', level: 3 }).waitFor();
  expect(await page.getByRole('link', { name: title }).count()).toBe(1);
  await shot(page, 'dashboard-closed');
});
