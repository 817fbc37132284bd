// Keyboard only, in Debian's chromium: a person signs in, adds a row to the proposal form and a
// committee member approves from the emailed link without touching a mouse, and every control
// they pass on the way shows where the focus is.
import type { Page } from 'playwright-core';
import { demoEmail } from '../../prisma/seedDemo';
import { proposalFor } from '../fixtures/proposals';
import { DelegationDriver } from '../support/delegationDriver';
import { sessionOf } from '../support/testCredentials';
import { startTestStack, type TestStack } from '../support/testStack';
import { openBrowser, type OpenBrowser } from './browser';

let stack: TestStack;
let browser: OpenBrowser;

beforeAll(async () => {
  stack = await startTestStack('time-skipping');
  browser = await openBrowser({ width: 390, height: 844 });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/**
 * Presses Tab until the control `selector` has the focus, checking that each control reached on
 * the way draws a visible focus indicator. Fails when it is not reached within `most` presses.
 */
async function tabTo(page: Page, selector: string, most = 80): Promise<void> {
  const passed: string[] = [];
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    if ((await focused.count()) === 0) break; // past the last control, into the browser's own
    // Runs in the page; the test's types know no DOM.
    const { outline, name } = await focused.evaluate((el) => {
      const style = (
        globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string } }
      ).getComputedStyle(el);
      const { tagName, name: field } = el as unknown as { tagName: string; name?: string };
      return { outline: style.outlineStyle, name: `${tagName} ${field ?? ''}` };
    });
    passed.push(name);
    expect([name, outline]).not.toEqual([name, 'none']);
    if ((await page.locator(`${selector}:focus`).count()) === 1) return;
  }
  throw new Error(`${selector} is not reached with Tab; passed ${passed.join(', ')}`);
}

test('sign-in from the emailed link with the keyboard alone', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${stack.baseUrl}/auth/sign-in`);
  await tabTo(page, 'input[name="email"]');
  await page.keyboard.type(demoEmail('an'));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Vui lòng kiểm tra hộp thư' }).waitFor();
  const mails = await stack.mailbox.waitFor((m) => m.to.some((t) => t.address === demoEmail('an')));
  const link = /(https?:\/\/\S+\/auth\/sign-in\/[A-Za-z0-9_-]+)/.exec(
    mails[mails.length - 1]?.text ?? '',
  )?.[1];
  if (!link) throw new Error('no sign-in link in the email');
  await page.goto(link);
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Đã đăng nhập' }).waitFor();
  await page.close();
});

test('a member row is added from the keyboard and takes the focus', async () => {
  const s = await sessionOf(stack.db, 'an');
  const [name, value] = s.cookie.split('=') as [string, string];
  await browser.context.addCookies([{ name, value, url: stack.baseUrl }]);
  const page = await browser.context.newPage();
  await page.goto(`${stack.baseUrl}/delegations/new`);
  await page.locator('button[data-add="members"]:not([hidden])').waitFor();
  await tabTo(page, 'button[data-add="members"]', 200);
  await page.keyboard.press('Enter');
  expect(await page.locator('[name="members.10.name"]:focus').count()).toBe(1);
  await page.close();
});

test('a committee member approves from the emailed link with the keyboard alone', async () => {
  const drive = new DelegationDriver(stack);
  const proposal = proposalFor({ unitId: 'so-noi-vu', title: 'Đoàn duyệt bằng bàn phím' });
  const created = await drive.submit(proposal);
  expect(created.status).toBe(201);
  const link = await drive.linkFor('cuong', proposal.title);
  await browser.context.clearCookies();
  const page = await browser.context.newPage();
  await page.goto(link);
  // Tab enters the group of choices at its first; the arrows move within it.
  await tabTo(page, 'input[name="decision"]', 200);
  await page.keyboard.press('Space');
  const chosen = await page.locator('input[name="decision"]:checked').getAttribute('value');
  expect(chosen).toBe('approve');
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Đã ghi nhận' }).waitFor();
  await drive.waitForStage(created.body.id, 'awaiting_departure');
  await page.close();
});
