// The proposal form in a real browser (Debian's chromium) with its script: rows added with the
// buttons, the live R-DUPLICATE warning and the team-size escalation as the person types, a
// draft saved and reopened, and a returned proposal amended beside the reviewers' comments.
// Screenshots of the form and the amendment page go to artifacts/screenshots/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { proposalFor } from '../fixtures/proposals';
import { DelegationDriver } from '../support/delegationDriver';
import { sessionOf } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';
import { openBrowser, screenshotDir, type OpenBrowser } from './browser';

let stack: TestStack;
let drive: DelegationDriver;
let browser: OpenBrowser;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  drive = new DelegationDriver(stack);
  browser = await openBrowser();
  await mkdir(screenshotDir, { recursive: true });
  const s = await sessionOf(stack.db, 'an');
  const [name, value] = s.cookie.split('=') as [string, string];
  await browser.context.addCookies([{ name, value, url: stack.baseUrl }]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });

/** A day `days` after today in Vietnam, dd/mm/yyyy as the form expects. */
const vnDateIn = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .split('-')
    .reverse()
    .join('/');

const fieldOf = (page: Page, name: string) => page.locator(`[name="${name}"]`);

async function fillGeneral(page: Page): Promise<void> {
  const f = (name: string, value: string) => fieldOf(page, name).fill(value);
  await f('title', 'Học tập cải cách hành chính ở hai tỉnh');
  await f('purpose', 'Học cách giải quyết thủ tục hành chính trực tuyến');
  await f('studyContent', 'Số hóa hồ sơ, kết nối dữ liệu dân cư');
  await f('studyPlan', 'Ngày 1: Hà Nội; ngày 2: Đà Nẵng');
  await f('problems.0.statement', 'Tỷ lệ hồ sơ trực tuyến thấp');
  await f('problems.0.indicator', 'Tỷ lệ hồ sơ trực tuyến toàn trình');
  await f('problems.0.baseline', '18%');
  await f('problems.0.target', '50%');
  await f('destinations.0.province', 'Hà Nội');
  await f('destinations.0.hostBody', 'Văn phòng UBND thành phố Hà Nội');
  await f('destinations.0.goodPracticeJustification', 'Mô hình một cửa liên thông');
  await f('destinations.0.topics', 'một cửa liên thông');
  await f('destinations.0.daysOnSite', '1');
  await f('departureDate', vnDateIn(40));
  await f('returnDate', vnDateIn(43));
  await f('funding.source', 'Ngân sách nhà nước');
  await f('funding.amountVnd', '120000000');
  for (let i = 0; i < 7; i++) {
    await f(`members.${i}.name`, `Thành viên ${i + 1}`);
    await f(`members.${i}.email`, `thanh.vien.${i + 1}@camau.gov.vn`);
    await f(`members.${i}.position`, i === 0 ? 'Phó Giám đốc Sở' : 'Chuyên viên');
  }
  await page.locator('[name="leader"][value="0"]').check();
  await fieldOf(page, 'leaderRank').selectOption('deputy');
}

test('rows added with the buttons, the live duplicate warning and escalation, a draft saved and reopened', async () => {
  // Sở Nông nghiệp already plans Đà Nẵng on digital transformation.
  const earlier = await drive.submit(
    proposalFor({ unitId: 'so-nong-nghiep', title: 'Đoàn Sở Nông nghiệp đi Đà Nẵng' }),
  );
  expect(earlier.status).toBe(201);

  const page = await browser.context.newPage();
  await page.goto(`${stack.baseUrl}/delegations/new`);
  // With the script, the buttons that post the form for a row are gone.
  expect(await page.locator('#more-rows').count()).toBe(0);
  await fillGeneral(page);

  await page.getByRole('button', { name: 'Thêm điểm đến' }).click();
  const newDestination = fieldOf(page, 'destinations.3.province');
  // The new row is numbered, labelled, and has the focus.
  expect(await page.locator('#row-destinations-3 legend').textContent()).toContain('Địa điểm 4');
  expect(await page.locator('[name="destinations.3.province"]:focus').count()).toBe(1);
  await newDestination.fill('Đà Nẵng');
  await page.getByLabel('Cơ quan đón đoàn').nth(3).fill('Trung tâm Phục vụ hành chính công');
  await fieldOf(page, 'destinations.3.goodPracticeJustification').fill('Dẫn đầu chuyển đổi số');
  await fieldOf(page, 'destinations.3.topics').fill('chuyển đổi số');
  await fieldOf(page, 'destinations.3.daysOnSite').fill('1');
  const duplicate = page.locator('#live-duplicate-list li[data-rule="R-DUPLICATE"]');
  await duplicate.waitFor({ timeout: 15000 });
  expect(await duplicate.textContent()).toContain('Đoàn Sở Nông nghiệp đi Đà Nẵng');

  // An eighth member under a deputy head: over the cap of 7, the standing committee decides.
  await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  expect(await page.locator('#row-members-10 legend').textContent()).toContain('Thành viên 11');
  await fieldOf(page, 'members.10.name').fill('Thành viên 8');
  await fieldOf(page, 'members.10.email').fill('thanh.vien.8@camau.gov.vn');
  await fieldOf(page, 'members.10.position').fill('Chuyên viên');
  const cap = page.locator('#team-cap');
  await cap.filter({ hasText: 'R-TEAM-SIZE' }).waitFor({ timeout: 15000 });
  expect(await cap.textContent()).toContain('Số thành viên tối đa với cấp trưởng đoàn này: 7.');
  expect(await cap.textContent()).toContain('Thường trực Tỉnh ủy quyết định');
  await page.locator('#live-ok').waitFor({ timeout: 15000 });
  await shot(page, 'proposal-form-live');

  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await page.waitForURL(/\/delegations\/drafts\/[^/?]+\?saved=1$/);
  expect(await page.getByRole('status').textContent()).toContain('Đã lưu nháp');
  await page.reload();
  expect(await fieldOf(page, 'destinations.3.province').inputValue()).toBe('Đà Nẵng');
  expect(await fieldOf(page, 'members.10.name').inputValue()).toBe('Thành viên 8');
  expect(await fieldOf(page, 'leaderRank').inputValue()).toBe('deputy');
  // The reopened draft is checked at once.
  await duplicate.waitFor({ timeout: 15000 });
  await cap.filter({ hasText: 'R-TEAM-SIZE' }).waitFor({ timeout: 15000 });
  await shot(page, 'proposal-draft-reopened');
  await page.close();
});

test('a returned proposal is amended beside the reviewers’ comments and resubmitted', async () => {
  const proposal = proposalFor({ unitId: 'so-noi-vu', title: 'Đoàn cần bổ sung kế hoạch' });
  const sent = await drive.submit(proposal);
  expect(sent.status).toBe(201);
  const id = sent.body.id;
  await drive.postForm(await drive.linkFor('cuong', proposal.title), {
    decision: 'return',
    comment: 'Đề nghị bổ sung chương trình ngày thứ ba.',
  });
  await drive.waitForStage(id, 'amendment_requested');

  const page = await browser.context.newPage();
  await page.goto(`${stack.baseUrl}/delegations/${id}/amend`);
  const comments = page.getByRole('complementary', { name: 'Ý kiến của người xét duyệt' });
  expect(await comments.textContent()).toContain('Đề nghị bổ sung chương trình ngày thứ ba.');
  expect(await comments.textContent()).toContain('Lê Văn Cường');
  expect(await fieldOf(page, 'title').inputValue()).toBe(proposal.title);
  await page.locator('#live-ok').waitFor({ timeout: 15000 });
  await shot(page, 'proposal-amend');

  // On a wide screen the comments sit beside the form and stay in view while it scrolls.
  await page.setViewportSize({ width: 1400, height: 900 });
  await fieldOf(page, 'funding.source').scrollIntoViewIfNeeded();
  const [aside, form] = await Promise.all([
    comments.boundingBox(),
    page.locator('#proposal-form').boundingBox(),
  ]);
  if (!aside || !form) throw new Error('the comments or the form are not shown');
  expect(aside.x).toBeGreaterThanOrEqual(form.x + form.width);
  expect(aside.y).toBeGreaterThanOrEqual(0);
  expect(aside.y).toBeLessThan(900);
  await shot(page, 'proposal-amend-wide');

  await fieldOf(page, 'studyPlan').fill(`${proposal.studyPlan} Ngày 3: tổng kết.`);
  await page.getByRole('button', { name: 'Gửi lại đề xuất' }).click();
  await page.waitForURL(`${stack.baseUrl}/delegations/${id}`);
  const view = await drive.waitForStage(id, 'committee_review');
  expect(view.proposalVersion).toBe(2);
  await page.close();
});
